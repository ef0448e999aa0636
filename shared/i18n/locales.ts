import type { Language } from '../model/graph';

/** The locale each language's dates, numbers, plurals and sorting follow. */
export const LOCALES: Record<Language, string> = { en: 'en-GB', ko: 'ko-KR' };
