import { goalTree } from '../layout/layoutByKind';
import type { StrategyEdge, StrategyGraph, StrategyNode } from '../model/graph';

/** How many relationships away from the focused node the map still shows. */
export const FOCUS_DEPTHS = [1, 2, 3] as const;
export type FocusDepth = (typeof FOCUS_DEPTHS)[number];

export interface MapFocus {
  nodeId: string;
  depth: FocusDepth;
}

export function isFocusDepth(value: unknown): value is FocusDepth {
  return (FOCUS_DEPTHS as readonly unknown[]).includes(value);
}

export interface FocusLimits {
  /** Nodes the walk may reach; the focused node is shown whatever this says. */
  node?: (node: StrategyNode) => boolean;
  /** Relationships the walk may follow. */
  edge?: (edge: StrategyEdge) => boolean;
}

/** A goal's subgoals, their subgoals and so on, along the subgoal tree. */
function subgoalsOf(graph: StrategyGraph, goalId: string): string[] {
  const goals = graph.nodes.filter((node) => node.kind === 'goal');
  const { children } = goalTree(goals, graph);
  const found: string[] = [];
  const pending = [...(children.get(goalId) ?? [])];
  const seen = new Set([goalId]);
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    found.push(id);
    pending.push(...(children.get(id) ?? []));
  }
  return found;
}

/**
 * The nodes a focus shows: the node and those up to `depth` relationships away, in either
 * direction. A goal counts with its whole subgoal tree, so focusing on a direction also shows
 * what serves its tasks. `limits` keep the walk to what a filter shows. Empty when the node is
 * not in the graph.
 */
export function focusedNodeIds(
  graph: StrategyGraph,
  nodeId: string,
  depth: number,
  limits: FocusLimits = {},
): Set<string> {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const origin = byId.get(nodeId);
  if (!origin) return new Set();
  const allowed = (id: string) => {
    const node = byId.get(id);
    return !!node && (!limits.node || limits.node(node));
  };
  const neighbours = new Map<string, string[]>();
  const join = (from: string, to: string) => {
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  };
  for (const edge of graph.edges) {
    if (limits.edge && !limits.edge(edge)) continue;
    join(edge.source, edge.target);
    join(edge.target, edge.source);
  }
  const shown = new Set([nodeId]);
  if (origin.kind === 'goal')
    for (const id of subgoalsOf(graph, nodeId)) if (allowed(id)) shown.add(id);
  let frontier = [...shown];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const other of neighbours.get(id) ?? [])
        if (!shown.has(other) && allowed(other)) {
          shown.add(other);
          next.push(other);
        }
    frontier = next;
  }
  return shown;
}
