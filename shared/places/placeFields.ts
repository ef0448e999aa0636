import { countryLabel } from '../model/countries';
import type { Language } from '../model/graph';
import type { HomeCity } from '../model/strategyDetails';
import { regionOfCountry } from '../model/regions';
import { formatCount } from '../i18n/formatNumbers';
import { translator } from '../i18n/translate';
import type { Place } from './place';

/**
 * What choosing a place sets on a partner city. The Korean name is only set when known, so a
 * name the officer typed in Korean is not wiped by a city the gazetteer names in Latin only.
 */
export function partnerCityFieldsOf(place: Place): Record<string, string | number> {
  const region = regionOfCountry(place.country);
  return {
    name: place.name,
    ...(place.nameKo ? { nameKo: place.nameKo } : {}),
    country: place.country,
    ...(region ? { region } : {}),
    latitude: place.latitude,
    longitude: place.longitude,
  };
}

export function homeCityOf(place: Place): HomeCity {
  return {
    name: place.name,
    nameKo: place.nameKo,
    country: place.country,
    latitude: place.latitude,
    longitude: place.longitude,
  };
}

/** The name of a place in a UI language: the Korean one in Korean, where there is one. */
export function placeName(place: Pick<Place, 'name' | 'nameKo'>, language: Language): string {
  return language === 'ko' && place.nameKo ? place.nameKo : place.name;
}

/**
 * "Busan, South Korea, population 3,678,555": a suggestion as it is listed and read, its name
 * in the language of the field it is offered in.
 */
export function placeOptionText(
  place: Place,
  language: Language,
  nameLanguage: Language = language,
): string {
  const t = translator(language);
  const values = {
    name: placeName(place, nameLanguage),
    country: countryLabel(place.country, language),
    population: formatCount(place.population, language),
  };
  return t(place.population > 0 ? 'cityOption' : 'cityOptionNoPopulation', values);
}
