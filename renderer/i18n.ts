import { useMemo } from 'react';
import { translator, type Translate } from '../shared/i18n/translate';
import { selectLanguage } from './store/selectors';
import { useApp } from './store/StoreContext';
import type { Message } from './store/types';

export function useT(): Translate {
  const language = useApp(selectLanguage);
  return useMemo(() => translator(language), [language]);
}

export function formatMessage(t: Translate, message: Message): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {}))
    values[name] = typeof value === 'object' ? formatMessage(t, value) : value;
  return t(message.key, values);
}
