import type { Language } from '../model/graph';
import { en, type MessageKey } from './en';
import { ko } from './ko';

export type { MessageKey };
const MESSAGES: Record<Language, Record<MessageKey, string>> = { en, ko };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const messages = MESSAGES[language];
  return (key, values) => {
    const text = messages[key];
    return values
      ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))
      : text;
  };
}

/** The language the app starts in when the user has not chosen one. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'ko';
}
