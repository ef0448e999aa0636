import { spanOf } from '../../../shared/i18n/formatNumbers';
import type { Translate } from '../../../shared/i18n/translate';

const IN_STAGE = { day: 'daysInStage', month: 'monthsInStage', year: 'yearsInStage' } as const;

/** "12 days in stage", "5 months in stage", "7 years in stage": not "2,556 days". */
export function timeInStage(days: number, t: Translate): string {
  const { unit, count } = spanOf(days);
  return t(IN_STAGE[unit], { count });
}
