import { translator, type Translate } from '../i18n/translate';
import type { Language } from './graph';
import type { NodeKind } from './vocabulary';

/** A name in both languages; either, or both, may be empty. */
export interface Names {
  en: string;
  ko: string;
}

/** What to show of a name in a UI language. */
export interface ShownName {
  /** The name shown; '' when it has none in either language. */
  text: string;
  /** The language `text` is written in. */
  language: Language;
  /** Shown in the other language, for want of a name in the UI language. */
  untranslated: boolean;
  /** No name in either language: its kind is shown instead, and nothing is stored for it. */
  empty: boolean;
}

const otherLanguage = (language: Language): Language => (language === 'ko' ? 'en' : 'ko');

/**
 * The one rule for showing a name: the UI language's name; where that is empty, the other
 * language's, marked untranslated; where both are, nothing, so the kind is shown instead.
 */
export function shownName(names: Names, language: Language): ShownName {
  if (names[language].trim() !== '')
    return { text: names[language], language, untranslated: false, empty: false };
  const other = otherLanguage(language);
  if (names[other].trim() !== '')
    return { text: names[other], language: other, untranslated: true, empty: false };
  return { text: '', language, untranslated: false, empty: true };
}

/** Anything with a name: a node of a kind, or the strategy itself. */
export type NamedThing = NodeKind | 'strategy';

/** The name as plain text: the thing's kind ("Untitled partner city") when it has no name. */
export function nameText(name: ShownName, thing: NamedThing, t: Translate): string {
  return name.empty ? t(`untitled.${thing}`) : name.text;
}

/** The name as screen readers should say it: including that it is not translated, where not. */
export function accessibleName(name: ShownName, thing: NamedThing, t: Translate): string {
  const text = nameText(name, thing, t);
  return name.untranslated ? t('untranslatedName', { name: text }) : text;
}

/** The language a name is missing in while the other has it, or null (both, or neither). */
export function missingLanguage(names: Names): Language | null {
  const hasEn = names.en.trim() !== '';
  const hasKo = names.ko.trim() !== '';
  if (hasEn === hasKo) return null;
  return hasEn ? 'ko' : 'en';
}

/** A strategy's title in both languages. */
export function strategyNames(meta: { title: string; titleKo?: string }): Names {
  return { en: meta.title, ko: meta.titleKo ?? '' };
}

/** A strategy's title as plain text in a UI language, by the same rule as node names. */
export function strategyTitle(
  meta: { title: string; titleKo?: string },
  language: Language,
): string {
  return nameText(shownName(strategyNames(meta), language), 'strategy', translator(language));
}

/** A thing kept in both languages, in the order a UI language reads it: its own first. */
export function pairInLanguageOrder<T>(english: T, korean: T, language: Language): [T, T] {
  return language === 'ko' ? [korean, english] : [english, korean];
}

const KOREAN_FIRST: Record<string, string> = { title: 'titleKo', name: 'nameKo' };

/**
 * Fields in the order a UI language reads them: in Korean, each Korean name field comes before
 * its English one.
 */
export function inLanguageOrder<F extends { key: string }>(
  fields: readonly F[],
  language: Language,
): F[] {
  if (language !== 'ko') return [...fields];
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const ordered: F[] = [];
  for (const field of fields) {
    if (ordered.includes(field)) continue;
    const korean = byKey.get(KOREAN_FIRST[field.key] ?? '');
    if (korean) ordered.push(korean);
    ordered.push(field);
  }
  return ordered;
}
