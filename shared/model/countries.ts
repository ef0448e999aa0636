import countries from 'i18n-iso-countries';
import englishNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import koreanNames from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import { LOCALES } from '../i18n/locales';
import type { Language } from './graph';

// Only the two languages the app speaks: every other locale would be shipped for nothing.
countries.registerLocale(englishNames);
countries.registerLocale(koreanNames);

/**
 * Names shown instead of the standard's, where its name is not the one officers use (the
 * formal "Russian Federation") or its Korean spelling is not the standard one (폴랜드).
 */
const SHOWN_NAMES: Record<Language, Record<string, string>> = {
  en: {
    BN: 'Brunei',
    IR: 'Iran',
    LA: 'Laos',
    MD: 'Moldova',
    RU: 'Russia',
    SY: 'Syria',
    TW: 'Taiwan',
    TZ: 'Tanzania',
    US: 'United States',
    VE: 'Venezuela',
  },
  ko: {
    AE: '아랍에미리트',
    CZ: '체코',
    ET: '에티오피아',
    KG: '키르기스스탄',
    PL: '폴란드',
    PT: '포르투갈',
    RU: '러시아',
    TM: '투르크메니스탄',
    TW: '대만',
    ZA: '남아프리카공화국',
  },
};

/** Other names people write for a country, besides the standard's names and the shown ones. */
const ALIASES: Record<string, readonly string[]> = {
  AE: ['UAE', '아랍에미리트연합', '아랍 에미리트'],
  CN: ["People's Republic of China", '중화인민공화국'],
  GB: ['England', 'Britain', '잉글랜드'],
  KP: ['DPRK', '조선민주주의인민공화국'],
  KR: ['Korea', '한국', '남한'],
  LA: ['Lao PDR', 'Laos'],
  MM: ['Burma', '버마'],
  PH: ['필리핀공화국'],
  TR: ['튀르키예', 'Turkiye'],
  US: ['미합중국'],
  VN: ['Viet Nam', '월남'],
};

/** Case, accents, spaces and punctuation do not tell names apart: "Côte d'Ivoire" = "cote divoire". */
function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s.,'’()\-_/&]+/g, '');
}

const CODES = new Set(Object.keys(countries.getAlpha2Codes()));

let byName: Map<string, string> | null = null;

/** Every name of every country, either language, built on first use. */
function namesIndex(): Map<string, string> {
  if (byName) return byName;
  const index = new Map<string, string>();
  const add = (name: string, code: string) => {
    const key = normalise(name);
    if (key !== '' && !index.has(key)) index.set(key, code);
  };
  for (const language of ['en', 'ko'] as const) {
    for (const [code, name] of Object.entries(SHOWN_NAMES[language])) add(name, code);
    for (const [code, names] of Object.entries(countries.getNames(language, { select: 'all' })))
      for (const name of names) add(name, code);
  }
  for (const [code, names] of Object.entries(ALIASES)) for (const name of names) add(name, code);
  for (const code of CODES) {
    const alpha3 = countries.alpha2ToAlpha3(code);
    if (alpha3) add(alpha3, code);
  }
  byName = index;
  return index;
}

/** True for an ISO 3166-1 alpha-2 code the standard assigns, written in capitals. */
export function isCountryCode(value: string): boolean {
  return CODES.has(value);
}

/**
 * The ISO 3166-1 alpha-2 code of a country given by its code (two or three letters) or its
 * name in English or Korean, or null when the text names no country known.
 */
export function countryCodeOf(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (/^[a-z]{2}$/i.test(trimmed)) {
    const code = trimmed.toUpperCase();
    if (CODES.has(code)) return code;
  }
  return namesIndex().get(normalise(trimmed)) ?? null;
}

/** A country's name in a language, or undefined for a code the standard does not assign. */
export function countryName(code: string, language: Language): string | undefined {
  if (!CODES.has(code)) return undefined;
  return SHOWN_NAMES[language][code] ?? countries.getName(code, language) ?? undefined;
}

/**
 * A stored country as people read it: a code by its name in the language; text stored before
 * countries were codes, which named no country known, as it was written.
 */
export function countryLabel(value: string, language: Language): string {
  return countryName(value, language) ?? value;
}

export interface CountryOption {
  code: string;
  name: string;
}

const optionLists = new Map<Language, readonly CountryOption[]>();

/** Every country, by name in the language, in that language's alphabetical order. */
export function countryOptions(language: Language): readonly CountryOption[] {
  let list = optionLists.get(language);
  if (!list) {
    const collator = new Intl.Collator(LOCALES[language]);
    list = [...CODES]
      .map((code) => ({ code, name: countryName(code, language) ?? code }))
      .sort((a, b) => collator.compare(a.name, b.name));
    optionLists.set(language, list);
  }
  return list;
}
