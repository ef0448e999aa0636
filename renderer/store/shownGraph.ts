import { hidesAnything, SHOW_EVERYTHING, type MapFilter } from '../../shared/map/filters';
import type { MapFocus } from '../../shared/map/focus';
import { shownParts } from '../../shared/map/shown';
import { strategyGraphOf, type FlowEdge, type FlowNode } from './flow';
import { selectSelectedNodeIds } from './selectors';
import type { AppState } from './types';

/** What the canvas is given of the open strategy under its focus and filters. */
export interface ShownGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** How many nodes the strategy has in all. */
  total: number;
}

interface Entry {
  edges: FlowEdge[];
  focus: MapFocus | null;
  filter: MapFilter;
  shown: ShownGraph;
}

const cache = new WeakMap<FlowNode[], Entry>();

export const selectMapFilter = (s: AppState): MapFilter => s.openMeta?.filters ?? SHOW_EVERYTHING;

/**
 * The nodes and edges the map shows, worked out once per change of the graph, focus or filters.
 * With nothing hidden they are the store's own lists; otherwise the same node and edge objects,
 * fewer of them, so cards that stay do not redraw. Selected nodes are always shown.
 */
export function selectShownGraph(state: AppState): ShownGraph {
  const { nodes, edges, mapFocus } = state;
  const filter = selectMapFilter(state);
  const known = cache.get(nodes);
  if (known && known.edges === edges && known.focus === mapFocus && known.filter === filter)
    return known.shown;
  // Most of the time nothing is hidden: no work per edit then, not even a look at the graph.
  const parts =
    mapFocus || hidesAnything(filter)
      ? shownParts(strategyGraphOf(nodes, edges), filter, mapFocus, selectSelectedNodeIds(state))
      : null;
  const shown: ShownGraph = parts
    ? {
        nodes: nodes.filter((node) => parts.nodeIds.has(node.id)),
        edges: edges.filter((edge) => parts.edgeIds.has(edge.id)),
        total: nodes.length,
      }
    : { nodes, edges, total: nodes.length };
  cache.set(nodes, { edges, focus: mapFocus, filter, shown });
  return shown;
}
