import {
  actualsOf,
  expectedAt,
  measureShownName,
  measuresOf,
  measureStatus,
} from '../activity/measures';
import type { Language, StrategyGraph } from '../model/graph';
import { displayName } from '../model/nodes';
import { translator } from '../i18n/translate';
import { toCsv } from './csv';

const orBlank = (value: number | null) => value ?? '';
/** A point on the line between two years is a fraction; two decimals are enough to read it. */
const rounded = (value: number | null) => (value === null ? '' : Math.round(value * 100) / 100);

/**
 * Every goal's measures, one row per year with an actual (typed in, or counted from the
 * strategy up to its as-of day), each with the value the line expects that year and the
 * status it gave then; a measure with no actual yet has one row without a year. A chart in a
 * spreadsheet reads straight from it.
 */
export function measuresCsv(graph: StrategyGraph, language: Language, asOf: string): string {
  const t = translator(language);
  const header = [
    t('kind.goal'),
    t('measureCol.measure'),
    t('field.unit'),
    t('measureSource'),
    t('field.baselineYear'),
    t('field.baselineValue'),
    t('field.targetYear'),
    t('field.targetValue'),
    t('field.year'),
    t('field.value'),
    t('measureCol.expected'),
    t('measureCol.status'),
  ];
  const rows = graph.nodes.flatMap((goal) =>
    measuresOf(goal).flatMap((measure) => {
      const about = [
        displayName(goal, language),
        measureShownName(measure, language),
        measure.unit,
        t(`option.${measure.source}`),
        orBlank(measure.baselineYear),
        orBlank(measure.baselineValue),
        orBlank(measure.targetYear),
        orBlank(measure.targetValue),
      ];
      const actuals = actualsOf(measure, graph, asOf);
      if (actuals.length === 0)
        return [[...about, '', '', '', t(`status.${measureStatus(measure, actuals).status}`)]];
      return actuals.map((actual, i) => [
        ...about,
        actual.year,
        actual.value,
        rounded(expectedAt(measure, actual.year)),
        t(`status.${measureStatus(measure, actuals.slice(0, i + 1)).status}`),
      ]);
    }),
  );
  return toCsv([header, ...rows]);
}
