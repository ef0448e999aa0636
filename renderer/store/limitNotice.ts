import type { ExchangeLimit, MeasureLimit } from '../../shared/format/activitySchema';
import type { SavedViewLimit } from '../../shared/format/mapSchema';
import type { GraphLimit } from '../../shared/format/strategyFile';
import type { VoteResultLimit } from '../../shared/format/workshopSchema';
import { formatCount } from '../../shared/i18n/formatNumbers';
import type { Language } from '../../shared/model/graph';
import type { Notice } from './types';

/** A limit of a strategy file, which an edit that would pass it is refused for. */
export type FileLimit =
  GraphLimit | ExchangeLimit | MeasureLimit | SavedViewLimit | VoteResultLimit;

/** Why an edit was refused whole: the limit of a file it would have passed, in numbers. */
export function limitNotice(passed: FileLimit, language: Language): Notice {
  return {
    tone: 'error',
    key: `limitPassed.${passed.limit}`,
    values: { maximum: formatCount(passed.maximum, language) },
  };
}
