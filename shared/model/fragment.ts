import type { Position, StrategyEdge, StrategyGraph, StrategyNode } from './graph';

/** Some nodes and the edges among them: what is copied, pasted and duplicated. */
export interface GraphFragment {
  nodes: StrategyNode[];
  edges: StrategyEdge[];
}

/** The given nodes with the edges whose both ends are among them; edges leaving the set stay. */
export function fragmentOf(graph: StrategyGraph, nodeIds: Iterable<string>): GraphFragment {
  const chosen = new Set(nodeIds);
  return {
    nodes: graph.nodes.filter((node) => chosen.has(node.id)),
    edges: graph.edges.filter((edge) => chosen.has(edge.source) && chosen.has(edge.target)),
  };
}

/**
 * A copy of a fragment to add to a graph: every node and edge under a new id (so it can go into
 * the strategy it came from, or another), the edges rewired to the copies, moved by `offset`.
 */
export function copyOfFragment(
  fragment: GraphFragment,
  offset: Position,
  newId: (prefix: string) => string,
): GraphFragment {
  const ids = new Map(fragment.nodes.map((node) => [node.id, newId(node.kind)]));
  return {
    nodes: fragment.nodes.map(
      (node) =>
        ({
          ...node,
          id: ids.get(node.id)!,
          position: { x: node.position.x + offset.x, y: node.position.y + offset.y },
        }) as StrategyNode,
    ),
    edges: fragment.edges.flatMap((edge) => {
      const source = ids.get(edge.source);
      const target = ids.get(edge.target);
      return source && target ? [{ ...edge, id: newId('e'), source, target }] : [];
    }),
  };
}
