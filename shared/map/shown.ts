import type { StrategyGraph } from '../model/graph';
import { edgeFilter, hidesAnything, nodeFilter, type MapFilter } from './filters';
import { focusedNodeIds, type MapFocus } from './focus';

export interface ShownParts {
  nodeIds: Set<string>;
  edgeIds: Set<string>;
}

/**
 * What the map shows of a graph under a filter and a focus: the nodes the filter lets through,
 * narrowed by the focus (walked through what the filter shows), plus `keep` (the selection, so
 * a node just added or chosen stays in sight), and the relationships of a shown kind between
 * shown nodes. Null when nothing is hidden. A focus on a node no longer in the graph is ignored.
 */
export function shownParts(
  graph: StrategyGraph,
  filter: MapFilter,
  focus: MapFocus | null,
  keep: readonly string[] = [],
): ShownParts | null {
  const filtering = hidesAnything(filter);
  const focused = focus !== null && graph.nodes.some((node) => node.id === focus.nodeId);
  if (!filtering && !focused) return null;
  const passesNode = nodeFilter(graph, filter);
  const passesEdge = edgeFilter(filter);
  const nodeIds = focused
    ? focusedNodeIds(graph, focus.nodeId, focus.depth, { node: passesNode, edge: passesEdge })
    : new Set(graph.nodes.filter(passesNode).map((node) => node.id));
  if (keep.length > 0) {
    const present = new Set(graph.nodes.map((node) => node.id));
    for (const id of keep) if (present.has(id)) nodeIds.add(id);
  }
  const edgeIds = new Set<string>();
  for (const edge of graph.edges)
    if (passesEdge(edge) && nodeIds.has(edge.source) && nodeIds.has(edge.target))
      edgeIds.add(edge.id);
  return { nodeIds, edgeIds };
}
