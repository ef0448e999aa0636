import type { Language } from '../../../shared/model/graph';
import { translator } from '../../../shared/i18n/translate';

export function untitledTitle(language: Language): string {
  return translator(language)('untitledStrategy');
}
