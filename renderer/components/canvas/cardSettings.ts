import { createContext, useContext } from 'react';
import type { Translate } from '../../../shared/i18n/translate';
import type { Language } from '../../../shared/model/graph';

/** What every card and edge on the canvas draws with, besides its own data. */
export interface CardSettings {
  t: Translate;
  language: Language;
  stalledAfterDays: number;
  today: () => string;
}

/**
 * Given once by the canvas rather than read from the app store by each card and edge: hundreds
 * of store subscriptions would each be checked on every edit.
 */
export const CardSettingsContext = createContext<CardSettings | null>(null);

export function useCardSettings(): CardSettings {
  const settings = useContext(CardSettingsContext);
  if (!settings) throw new Error('cards are drawn inside the canvas');
  return settings;
}
