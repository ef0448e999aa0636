import { useEffect, useId, useMemo, useRef, useState, type InputHTMLAttributes } from 'react';
import { countryLabel } from '../../../shared/model/countries';
import type { Language } from '../../../shared/model/graph';
import { translator } from '../../../shared/i18n/translate';
import { normaliseName } from '../../../shared/places/normalise';
import type { Place } from '../../../shared/places/place';
import { placeOptionText } from '../../../shared/places/placeFields';
import { useGazetteer } from '../../places/GazetteerContext';
import './CityCombobox.css';
import { isComposingKey, isEnterToAct } from '../enterKey';
import { useListPlacement } from '../listPlacement';

/** A partner city of the strategy, offered before the world's cities. */
export interface PartnerOption {
  id: string;
  name: string;
  nameKo: string;
  country: string;
}

const NO_PLACES: readonly Place[] = [];
/** The list's tallest, as in CityCombobox.css. */
const LIST_MAX_HEIGHT = 260;

type Suggestion = { partner: PartnerOption } | { place: Place; text: string };

interface CityComboboxProps {
  label: string;
  value: string;
  language: Language;
  /** Text typed, kept as the field's value whether or not a city is chosen. */
  onInput(text: string): void;
  onPlace(place: Place): void;
  partners?: readonly PartnerOption[];
  onPartner?(partnerId: string): void;
  inputProps?: InputHTMLAttributes<HTMLInputElement> & { 'data-field'?: string };
  limit?: number;
  /** The language of the names the field holds: a Korean name field lists Korean names. */
  nameLanguage?: Language;
}

function partnerMatches(partners: readonly PartnerOption[], typed: string): PartnerOption[] {
  const text = normaliseName(typed);
  if (!text) return [...partners];
  return partners.filter((partner) =>
    [partner.name, partner.nameKo].some((name) => {
      const key = normaliseName(name);
      return key.startsWith(text) || key.includes(` ${text}`);
    }),
  );
}

/**
 * A city name field that suggests the cities it may mean as it is typed, the best first, and
 * fills the rest in when one is chosen. What is typed stays a plain name until then.
 */
export function CityCombobox({
  label,
  value,
  language,
  onInput,
  onPlace,
  partners = [],
  onPartner,
  inputProps,
  limit = 8,
  nameLanguage = language,
}: CityComboboxProps) {
  const t = translator(language);
  const gazetteer = useGazetteer();
  const id = useId();
  const listId = `${id}-list`;
  const statusId = `${id}-status`;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const [result, setResult] = useState<{ query: string; places: Place[]; failed: boolean }>();
  const searching = open && normaliseName(query) !== '';

  const answered = result?.query === query;

  // Typed before the list was read: the answer comes when it is.
  useEffect(() => {
    if (!searching || answered) return;
    let current = true;
    gazetteer.search(query, limit).then(
      (found) => current && setResult({ query, places: found, failed: false }),
      () => current && setResult({ query, places: [], failed: true }),
    );
    return () => {
      current = false;
    };
  }, [gazetteer, query, searching, answered, limit]);

  /** What was typed becomes the query, with its suggestions at once when the list is read. */
  const ask = (text: string) => {
    setQuery(text);
    const found = normaliseName(text) ? gazetteer.searchNow(text, limit) : null;
    if (found) setResult({ query: text, places: found, failed: false });
  };

  // The last answer stays listed while the next is on its way, so the list does not flicker.
  const places = searching && result ? result.places : NO_PLACES;
  const state = !searching
    ? 'idle'
    : result?.query !== query
      ? 'loading'
      : result.failed
        ? 'failed'
        : 'done';

  // Made once per answer, not again on every render while it is listed.
  const placeTexts = useMemo(
    () => places.map((place) => placeOptionText(place, language, nameLanguage)),
    [places, language, nameLanguage],
  );
  const suggestions: Suggestion[] = [
    ...(open && onPartner ? partnerMatches(partners, query).map((partner) => ({ partner })) : []),
    ...places.map((place, i) => ({ place, text: placeTexts[i]! })),
  ];
  const shown = open && suggestions.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;
  const field = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const placed = useListPlacement({
    open: shown,
    fieldRef: field,
    listRef: list,
    maxHeight: LIST_MAX_HEIGHT,
    optionsKey: suggestions.length,
    activeOptionId: active >= 0 ? optionId(active) : undefined,
  });

  const choose = (suggestion: Suggestion) => {
    setOpen(false);
    setActive(-1);
    if ('place' in suggestion) onPlace(suggestion.place);
    else onPartner?.(suggestion.partner.id);
  };

  const optionText = (suggestion: Suggestion) => {
    if ('place' in suggestion) return suggestion.text;
    const { name, nameKo, country } = suggestion.partner;
    const shownName = (language === 'ko' ? nameKo || name : name || nameKo) || '?';
    return t('partnerCityOption', { name: shownName, country: countryLabel(country, language) });
  };

  const status =
    open && state === 'loading' && places.length === 0
      ? t('gazetteerLoading')
      : open && state === 'failed'
        ? t('gazetteerFailed')
        : open && state === 'done' && suggestions.length === 0
          ? t('cityNoMatch', { query: query.trim() })
          : '';

  return (
    <div className="field city-combobox">
      <label htmlFor={id}>{label}</label>
      {/* What the list opens against: below the hint, which it would hide, or above the field. */}
      <div ref={field} className="city-combobox-field">
        <input
          {...inputProps}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls={listId}
          aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
          value={value}
          onChange={(event) => {
            const text = event.target.value;
            onInput(text);
            ask(text);
            setActive(-1);
            setOpen(true);
          }}
          onKeyDown={(event) => {
            // Keys that end or drop a syllable being composed belong to the input method.
            const composing = isComposingKey(event);
            if (!composing && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
              event.preventDefault();
              if (!open) {
                ask(value);
                setOpen(true);
                return;
              }
              const count = suggestions.length;
              if (count === 0) return;
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((at) => (at < 0 && step < 0 ? count - 1 : (at + step + count) % count));
            } else if (isEnterToAct(event) && shown && active >= 0) {
              event.preventDefault();
              choose(suggestions[active]!);
            } else if (!composing && event.key === 'Escape' && open) {
              // Closes the list only; the editor's Escape (clear the selection) waits.
              event.preventDefault();
              event.stopPropagation();
              setOpen(false);
              setActive(-1);
            }
            inputProps?.onKeyDown?.(event);
          }}
          onFocus={(event) => {
            // The list is read while the user reaches for the keys, not after the first one.
            gazetteer.prepare();
            inputProps?.onFocus?.(event);
          }}
          onBlur={(event) => {
            setOpen(false);
            setActive(-1);
            inputProps?.onBlur?.(event);
          }}
        />
        <ul
          ref={list}
          id={listId}
          role="listbox"
          aria-label={t('citySuggestions')}
          className={placed.opensUp ? 'city-suggestions opens-up' : 'city-suggestions'}
          style={placed.style}
          hidden={!shown}
          // The query the listed cities answer, for measuring how soon they follow the typing.
          data-results-for={result?.query}
        >
          {shown &&
            suggestions.map((suggestion, i) => (
              <li
                key={'place' in suggestion ? `place-${suggestion.place.id}` : suggestion.partner.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                // Keeps focus in the field, so choosing does not count as leaving it.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(suggestion)}
              >
                {optionText(suggestion)}
              </li>
            ))}
        </ul>
        <p className="field-hint" id={statusId} role="status">
          {status}
        </p>
      </div>
    </div>
  );
}
