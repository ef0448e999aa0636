import type { ExchangeLimit } from '../../shared/format/activitySchema';
import type { GraphLimit } from '../../shared/format/strategyFile';
import { formatCount } from '../../shared/i18n/formatNumbers';
import type { Language } from '../../shared/model/graph';
import type { Notice } from './types';

/** Why an addition was refused whole: the limit of a file it would have passed, in numbers. */
export function limitNotice(passed: GraphLimit | ExchangeLimit, language: Language): Notice {
  return {
    tone: 'error',
    key: `limitPassed.${passed.limit}`,
    values: { maximum: formatCount(passed.maximum, language) },
  };
}
