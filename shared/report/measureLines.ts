import type { Actual, Measure } from '../activity/types';
import { measureShownName, measureStatus, type MeasureStatus } from '../activity/measures';
import { formatCount } from '../i18n/formatNumbers';
import type { Translate } from '../i18n/translate';
import type { Language } from '../model/graph';

/** A measure as the inspector, the printed plan and its Word copy name it, never blank. */
export function measureName(measure: Measure, language: Language, t: Translate): string {
  return measureShownName(measure, language) || t('untitledMeasure');
}

/**
 * The lines under a measure's chart in the printed plan and its Word copy: baseline and target,
 * then the latest actual beside what the line expects by then. Every value is written with the
 * reader's thousands separators, as the chart's dots are.
 */
export function measureLines(
  measure: Measure,
  actuals: readonly Actual[],
  language: Language,
  t: Translate,
): { status: MeasureStatus; facts: string; progress: string | null } {
  const { status, latest, expected } = measureStatus(measure, actuals);
  const amount = (value: number | null) => (value === null ? '—' : formatCount(value, language));
  const year = (value: number | null) => (value === null ? '—' : String(value));
  const facts = [
    `${t('field.baselineYear')}: ${year(measure.baselineYear)}`,
    `${t('field.baselineValue')}: ${amount(measure.baselineValue)}`,
    `${t('field.targetYear')}: ${year(measure.targetYear)}`,
    `${t('field.targetValue')}: ${amount(measure.targetValue)}${measure.unit ? ` (${measure.unit})` : ''}`,
  ].join(' · ');
  const progress =
    latest && expected !== null
      ? t('measureLine', {
          value: formatCount(latest.value, language),
          year: latest.year,
          expected: formatCount(Math.round(expected * 10) / 10, language),
        })
      : null;
  return { status, facts, progress };
}
