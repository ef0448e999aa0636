import type { StrategyEdge, StrategyGraph, StrategyNode } from './graph';

/**
 * One user action's effect on a strategy's graph, as records to write and records to remove.
 * The same value drives the view, the undo history and the database write.
 */
export interface GraphChange {
  putNodes: StrategyNode[];
  removeNodeIds: string[];
  putEdges: StrategyEdge[];
  removeEdgeIds: string[];
}

export const EMPTY_CHANGE: GraphChange = {
  putNodes: [],
  removeNodeIds: [],
  putEdges: [],
  removeEdgeIds: [],
};

export function isEmptyChange(change: GraphChange): boolean {
  return (
    change.putNodes.length === 0 &&
    change.removeNodeIds.length === 0 &&
    change.putEdges.length === 0 &&
    change.removeEdgeIds.length === 0
  );
}

export interface GraphLookup {
  node(id: string): StrategyNode | undefined;
  edge(id: string): StrategyEdge | undefined;
}

export function lookupOf(graph: StrategyGraph): GraphLookup {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges = new Map(graph.edges.map((e) => [e.id, e]));
  return { node: (id) => nodes.get(id), edge: (id) => edges.get(id) };
}

function invertSide<T extends { id: string }>(
  puts: readonly T[],
  removes: readonly string[],
  before: (id: string) => T | undefined,
): { put: T[]; remove: string[] } {
  const put: T[] = [];
  const remove: string[] = [];
  for (const record of puts) {
    const previous = before(record.id);
    if (previous) put.push(previous);
    else remove.push(record.id);
  }
  for (const id of removes) {
    const previous = before(id);
    if (previous) put.push(previous);
  }
  return { put, remove };
}

/** The change that undoes `change`, given the graph as it was before `change`. */
export function invertChange(change: GraphChange, before: GraphLookup): GraphChange {
  const nodes = invertSide(change.putNodes, change.removeNodeIds, before.node);
  const edges = invertSide(change.putEdges, change.removeEdgeIds, before.edge);
  return {
    putNodes: nodes.put,
    removeNodeIds: nodes.remove,
    putEdges: edges.put,
    removeEdgeIds: edges.remove,
  };
}

function mergeSide<T extends { id: string }>(
  first: { put: readonly T[]; remove: readonly string[] },
  second: { put: readonly T[]; remove: readonly string[] },
): { put: T[]; remove: string[] } {
  const outcome = new Map<string, T | null>();
  for (const record of first.put) outcome.set(record.id, record);
  for (const id of first.remove) outcome.set(id, null);
  for (const record of second.put) outcome.set(record.id, record);
  for (const id of second.remove) outcome.set(id, null);
  const put: T[] = [];
  const remove: string[] = [];
  for (const [id, record] of outcome) {
    if (record) put.push(record);
    else remove.push(id);
  }
  return { put, remove };
}

/** One change with the effect of `first` followed by `second`. */
export function mergeChanges(first: GraphChange, second: GraphChange): GraphChange {
  const nodes = mergeSide(
    { put: first.putNodes, remove: first.removeNodeIds },
    { put: second.putNodes, remove: second.removeNodeIds },
  );
  const edges = mergeSide(
    { put: first.putEdges, remove: first.removeEdgeIds },
    { put: second.putEdges, remove: second.removeEdgeIds },
  );
  return {
    putNodes: nodes.put,
    removeNodeIds: nodes.remove,
    putEdges: edges.put,
    removeEdgeIds: edges.remove,
  };
}

export function applyChange(graph: StrategyGraph, change: GraphChange): StrategyGraph {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges = new Map(graph.edges.map((e) => [e.id, e]));
  for (const id of change.removeNodeIds) nodes.delete(id);
  for (const node of change.putNodes) nodes.set(node.id, node);
  for (const id of change.removeEdgeIds) edges.delete(id);
  for (const edge of change.putEdges) edges.set(edge.id, edge);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Removing nodes also removes every edge that touches them, so no edge is left dangling. */
export function deletionChange(
  graph: StrategyGraph,
  nodeIds: Iterable<string>,
  edgeIds: Iterable<string>,
): GraphChange {
  const doomedNodes = new Set(nodeIds);
  const doomedEdges = new Set(edgeIds);
  for (const edge of graph.edges) {
    if (doomedNodes.has(edge.source) || doomedNodes.has(edge.target)) doomedEdges.add(edge.id);
  }
  return {
    putNodes: [],
    removeNodeIds: graph.nodes.filter((n) => doomedNodes.has(n.id)).map((n) => n.id),
    putEdges: [],
    removeEdgeIds: graph.edges.filter((e) => doomedEdges.has(e.id)).map((e) => e.id),
  };
}
