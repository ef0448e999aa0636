import type { Language } from '../model/graph';
import { en, type MessageKey } from './en';
import { ko } from './ko';
import { resolveKoreanParticles } from './koreanParticles';
import { LOCALES } from './locales';
import type { MessageText } from './messageText';

export type { MessageKey };
const MESSAGES: Record<Language, Record<MessageKey, MessageText>> = { en, ko };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const PLURAL_RULES: Record<Language, Intl.PluralRules> = {
  en: new Intl.PluralRules(LOCALES.en),
  ko: new Intl.PluralRules(LOCALES.ko),
};

/** The form of a message for a count; plain texts have one form for every count. */
export function textFor(text: MessageText, language: Language, count: unknown): string {
  if (typeof text === 'string') return text;
  return text[PLURAL_RULES[language].select(Number(count ?? 0))] ?? text.other;
}

const translators = new Map<Language, Translate>();

export function translator(language: Language): Translate {
  const known = translators.get(language);
  if (known) return known;
  const messages = MESSAGES[language];
  const translate: Translate = (key, values) => {
    const text = textFor(messages[key], language, values?.count);
    if (!values) return text;
    const filled = text.replace(/\{(\w+)\}/g, (_, name: string) =>
      String(values[name] ?? `{${name}}`),
    );
    return language === 'ko' ? resolveKoreanParticles(filled) : filled;
  };
  translators.set(language, translate);
  return translate;
}

/** The language the app starts in when the user has not chosen one. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'ko';
}

/** Whether a text, built at run time, names a message. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
