import { asOfDate, activitySettingsOf } from '../../shared/activity/asOf';
import { goalStatus, type MeasureStatus } from '../../shared/activity/measures';
import { strategyGraphOf } from './flow';
import type { AppState } from './types';

const clocks = new Map<string, () => string>();

/**
 * The day analysis reads the open strategy as of, as a clock like `today`: its as-of date when
 * it has one. One function per date, so subscribers re-render only when the date changes.
 */
export const selectAsOfClock = (s: AppState): (() => string) => {
  const asOf = s.openMeta?.asOf;
  if (!asOf) return s.today;
  let clock = clocks.get(asOf);
  if (!clock) {
    clock = () => asOf;
    clocks.set(asOf, clock);
  }
  return clock;
};

/** The as-of day itself: a string, equal from one render to the next within a day. */
export const selectAsOf = (s: AppState) => asOfDate(s.openMeta, s.today());
export const selectStoredAsOf = (s: AppState) => s.openMeta?.asOf ?? '';
export const selectActivitySettings = (s: AppState) => activitySettingsOf(s.openMeta);

type Statuses = Map<string, MeasureStatus | null>;
const statusCache = new WeakMap<
  AppState['nodes'],
  WeakMap<AppState['edges'], [string, Statuses]>
>();

/** Every goal's status, worked out once per graph and as-of day, however many cards ask. */
function goalStatuses(s: AppState): Statuses {
  const asOf = asOfDate(s.openMeta, s.today());
  let byEdges = statusCache.get(s.nodes);
  if (!byEdges) statusCache.set(s.nodes, (byEdges = new WeakMap()));
  const cached = byEdges.get(s.edges);
  if (cached && cached[0] === asOf) return cached[1];
  const graph = strategyGraphOf(s.nodes, s.edges);
  const statuses: Statuses = new Map(
    graph.nodes
      .filter((n) => n.kind === 'goal' && (n.data.measures?.length ?? 0) > 0)
      .map((n) => [n.id, goalStatus(n, graph, asOf)]),
  );
  byEdges.set(s.edges, [asOf, statuses]);
  return statuses;
}

export const selectGoalStatus = (goalId: string) => (s: AppState) =>
  goalStatuses(s).get(goalId) ?? null;
