import type { Language } from '../../../shared/model/graph';
import { countryLabel } from '../../../shared/model/countries';
import type { HomeCity } from '../../../shared/model/strategyDetails';
import { translator } from '../../../shared/i18n/translate';
import { homeCityOf, placeName } from '../../../shared/places/placeFields';
import { CityCombobox } from './CityCombobox';

interface HomeCityFieldProps {
  value: HomeCity | null;
  onChange(home: HomeCity | null): void;
  language: Language;
}

/**
 * The city whose diplomacy the strategy plans, chosen from the world's cities. A name typed
 * and not chosen is kept, unplaced: its country and coordinates were the previous city's.
 */
export function HomeCityField({ value, onChange, language }: HomeCityFieldProps) {
  const t = translator(language);
  const typed = (text: string) => {
    if (!text.trim()) return onChange(null);
    onChange({
      name: language === 'ko' ? (value?.name ?? '') : text,
      nameKo: language === 'ko' ? text : (value?.nameKo ?? ''),
      country: '',
      latitude: null,
      longitude: null,
    });
  };
  const placed =
    value && value.country
      ? [
          countryLabel(value.country, language),
          value.latitude !== null && value.longitude !== null
            ? t('homeCityCoordinates', { latitude: value.latitude, longitude: value.longitude })
            : '',
        ]
          .filter(Boolean)
          .join(' · ')
      : '';
  return (
    <div className="home-city-field">
      <CityCombobox
        label={t('homeCity')}
        value={value ? placeName(value, language) : ''}
        language={language}
        onInput={typed}
        onPlace={(place) => onChange(homeCityOf(place))}
      />
      {placed && <p className="field-hint">{placed}</p>}
      {value && (
        <button type="button" onClick={() => onChange(null)}>
          {t('homeCityClear')}
        </button>
      )}
    </div>
  );
}
