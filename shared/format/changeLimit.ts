import { isPartner } from '../activity/exchangeLog';
import type { GraphChange, GraphLookup } from '../model/change';
import type { StrategyNode } from '../model/graph';
import {
  exchangeLimitPassed,
  measureLimitPassed,
  type ExchangeLimit,
  type MeasureLimit,
} from './activitySchema';
import { graphLimitPassed, type GraphLimit } from './strategyFile';

/** How many more records of one side a change leaves: puts of new ids less removals. */
function growth(
  puts: readonly { id: string }[],
  removes: readonly string[],
  existed: (id: string) => boolean,
): number {
  const removed = new Set(removes.filter(existed));
  let added = -removed.size;
  // Removals are applied before puts, so a record removed and put again still counts.
  for (const id of new Set(puts.map((record) => record.id)))
    if (!existed(id) || removed.has(id)) added += 1;
  return added;
}

const exchangeCount = (node: StrategyNode | undefined): number =>
  node && isPartner(node) ? (node.data.exchanges?.length ?? 0) : 0;

const measureCount = (node: StrategyNode | undefined): number =>
  node?.kind === 'goal' ? (node.data.measures?.length ?? 0) : 0;

/** The lists inside a card that a file bounds, each with its own limit. */
const CARD_LISTS = [
  { count: exchangeCount, passed: exchangeLimitPassed },
  { count: measureCount, passed: measureLimitPassed },
];

/**
 * The limit of a strategy file that `change` would pass, or null when the strategy it leaves
 * still fits a file. Only growth is refused: a count the change keeps or lowers passes, so a
 * strategy already past a limit (from a merge of two people's additions, say) can still be
 * edited and trimmed. `graph` gives the counts before the change and `before` its records.
 */
export function changeLimitPassed(
  graph: { nodes: readonly unknown[]; edges: readonly unknown[] },
  change: GraphChange,
  before: GraphLookup,
): GraphLimit | ExchangeLimit | MeasureLimit | null {
  const nodes = growth(change.putNodes, change.removeNodeIds, (id) => !!before.node(id));
  const edges = growth(change.putEdges, change.removeEdgeIds, (id) => !!before.edge(id));
  // Each count is checked alone, so one already past its limit does not refuse the other's.
  const passed =
    (nodes > 0 && graphLimitPassed({ nodes: graph.nodes, edges: [] }, { nodes, edges: 0 })) ||
    (edges > 0 && graphLimitPassed({ nodes: [], edges: graph.edges }, { nodes: 0, edges }));
  if (passed) return passed;
  const removed = new Set(change.removeNodeIds);
  for (const node of change.putNodes)
    for (const list of CARD_LISTS) {
      const count = list.count(node);
      const long = list.passed(count);
      if (!long) continue;
      const previous = removed.has(node.id) ? 0 : list.count(before.node(node.id));
      if (count > previous) return long;
    }
  return null;
}
