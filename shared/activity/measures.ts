import type { Language, StrategyGraph, StrategyNode } from '../model/graph';
import { STAGES, type MeasureSource } from '../model/vocabulary';
import { furthestStageIndex } from '../pipeline/analysis';
import { yearOf } from './dates';
import type { Actual, Measure } from './types';

type ProjectNode = Extract<StrategyNode, { kind: 'project' }>;

/**
 * A measure's actuals with `entry` recorded: one actual a year, so an entry for a year already
 * recorded replaces it (`actualOfYear` says so before); kept in year order.
 */
export function withActual(measure: Measure, entry: Actual): Measure {
  const others = measure.actuals.filter((actual) => actual.year !== entry.year);
  return { ...measure, actuals: [...others, entry].sort((a, b) => a.year - b.year) };
}

/** The actual recorded for `year`, which an entry for that year would replace. */
export function actualOfYear(measure: Measure, year: number): Actual | undefined {
  return measure.actuals.find((actual) => actual.year === year);
}

/** A measure's name in the language read, or in the other one; '' when it has none. */
export function measureShownName(measure: Measure, language: Language): string {
  return language === 'ko' ? measure.nameKo || measure.name : measure.name || measure.nameKo;
}
const AWARD = STAGES.indexOf('award');

/**
 * The year a project first reached the award stage or a later one, from its stage history; a
 * project at award or beyond with no dated step counts from its start year. Null if it never did.
 */
export function awardYearOf(project: ProjectNode): number | null {
  if (furthestStageIndex(project.data) < AWARD) return null;
  const reached = project.data.history.find((change) => STAGES.indexOf(change.to) >= AWARD);
  return reached ? yearOf(reached.date) : project.data.startYear;
}

/** The year a project began: its start year, or else the first step of its record. */
function startYearOf(project: ProjectNode): number | null {
  const first = project.data.history[0];
  return project.data.startYear ?? (first ? yearOf(first.date) : null);
}

function projectsOf(graph: StrategyGraph): ProjectNode[] {
  return graph.nodes.filter((n): n is ProjectNode => n.kind === 'project');
}

/** The years a computed measure covers: from its baseline (or first event) to the as-of year. */
function yearsFrom(first: number | null, lastYear: number): number[] {
  if (first === null || first > lastYear) return [];
  return Array.from({ length: lastYear - first + 1 }, (_, i) => first + i);
}

const minOf = (values: readonly (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length > 0 ? Math.min(...known) : null;
};

/*
 * What a computed measure counts. Awards are counted in the year they happen (a yearly flow);
 * partner cities with a project and budget awarded add up over the years (a stock), since a
 * target for them names a level to reach, not a yearly amount.
 */
function computedActuals(
  source: Exclude<MeasureSource, 'manual'>,
  graph: StrategyGraph,
  fromYear: number | null,
  lastYear: number,
): Actual[] {
  const projects = projectsOf(graph);
  if (source === 'partnersWithProject') {
    const cities = new Set(graph.nodes.filter((n) => n.kind === 'partnerCity').map((n) => n.id));
    const started = new Map(projects.map((p) => [p.id, startYearOf(p)]));
    const firstYearOf = new Map<string, number>();
    for (const edge of graph.edges) {
      const [project, city] = cities.has(edge.target)
        ? [edge.source, edge.target]
        : [edge.target, edge.source];
      const year = started.get(project);
      if (!cities.has(city) || year === undefined || year === null) continue;
      firstYearOf.set(city, Math.min(year, firstYearOf.get(city) ?? year));
    }
    const years = [...firstYearOf.values()];
    return yearsFrom(fromYear ?? minOf(years), lastYear).map((year) => ({
      year,
      value: years.filter((y) => y <= year).length,
    }));
  }
  const awarded = projects
    .map((p) => ({ year: awardYearOf(p), budget: p.data.budgetKrw ?? 0 }))
    .filter((a): a is { year: number; budget: number } => a.year !== null);
  return yearsFrom(fromYear ?? minOf(awarded.map((a) => a.year)), lastYear).map((year) => ({
    year,
    value:
      source === 'projectsAwarded'
        ? awarded.filter((a) => a.year === year).length
        : awarded.filter((a) => a.year <= year).reduce((sum, a) => sum + a.budget, 0),
  }));
}

/** A measure's yearly values up to the as-of year, oldest first. */
export function actualsOf(measure: Measure, graph: StrategyGraph, asOf: string): Actual[] {
  const lastYear = yearOf(asOf);
  if (measure.source !== 'manual')
    return computedActuals(measure.source, graph, measure.baselineYear, lastYear);
  return measure.actuals.filter((a) => a.year <= lastYear).sort((a, b) => a.year - b.year);
}

/**
 * Where the measure should be in a year: on the straight line from baseline to target, held
 * at the baseline before it and at the target after it. Null without both ends.
 */
export function expectedAt(measure: Measure, year: number): number | null {
  const { baselineYear: y0, baselineValue: v0, targetYear: y1, targetValue: v1 } = measure;
  if (y0 === null || v0 === null || y1 === null || v1 === null) return null;
  if (year >= y1) return v1;
  if (year <= y0 || y1 <= y0) return year <= y0 ? v0 : v1;
  return v0 + ((v1 - v0) * (year - y0)) / (y1 - y0);
}

export type MeasureStatus = 'onTrack' | 'atRisk' | 'offTrack' | 'noTarget' | 'noData';

/** How far behind the line a measure may fall, as a share of the whole way, and be at risk only. */
export const AT_RISK_SHARE = 0.1;

/**
 * The rule: take the latest actual up to the as-of year and the value the straight line from
 * baseline to target expects that year. At or past the line is on track; behind it by no more
 * than a tenth of the way from baseline to target is at risk; further behind is off track.
 * "Behind" follows the target's direction, so a measure meant to fall is on track when low.
 * A target equal to its baseline (hold a level) has no way to share: any shortfall is off track.
 */
export function measureStatus(
  measure: Measure,
  actuals: readonly Actual[],
): { status: MeasureStatus; latest: Actual | null; expected: number | null } {
  const latest = actuals.at(-1) ?? null;
  if (measure.targetValue === null || measure.baselineValue === null)
    return { status: 'noTarget', latest, expected: null };
  if (!latest) return { status: 'noData', latest, expected: null };
  const expected = expectedAt(measure, latest.year);
  if (expected === null) return { status: 'noTarget', latest, expected };
  const way = measure.targetValue - measure.baselineValue;
  const direction = way < 0 ? -1 : 1;
  const behind = (expected - latest.value) * direction;
  const status =
    behind <= 0
      ? 'onTrack'
      : way !== 0 && behind <= Math.abs(way) * AT_RISK_SHARE
        ? 'atRisk'
        : 'offTrack';
  return { status, latest, expected };
}

const MONEY_UNITS = new Set(['krw', 'won', '원', '₩']);

/**
 * Whether a measure's values are sums of money, read and explained as amounts in won; any
 * other unit (cities, projects, visits) is a plain number.
 */
export function countsMoney(measure: Pick<Measure, 'unit' | 'source'>): boolean {
  return measure.source === 'budgetAwarded' || MONEY_UNITS.has(measure.unit.trim().toLowerCase());
}

export function measuresOf(node: StrategyNode): readonly Measure[] {
  return node.kind === 'goal' ? (node.data.measures ?? []) : [];
}

const SEVERITY: readonly MeasureStatus[] = ['offTrack', 'atRisk', 'onTrack'];

/** A goal's status: that of its worst measure that can be judged; null when none can. */
export function goalStatus(
  goal: StrategyNode,
  graph: StrategyGraph,
  asOf: string,
): MeasureStatus | null {
  const statuses = measuresOf(goal).map((m) => measureStatus(m, actualsOf(m, graph, asOf)).status);
  return SEVERITY.find((s) => statuses.includes(s)) ?? null;
}
