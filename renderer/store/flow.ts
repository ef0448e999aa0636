import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layoutByKind';
import type { GraphChange } from '../../shared/model/change';
import type { NodeDataByKind } from '../../shared/model/fields';
import type { Point } from '../../shared/layout/edgeGeometry';
import type { StrategyEdge, StrategyGraph, StrategyNode } from '../../shared/model/graph';
import type { EdgeKind, NodeKind } from '../../shared/model/vocabulary';

/** React Flow's view of a node: the domain node plus view state (selection, measured size). */
export type FlowNode = { [K in NodeKind]: Node<NodeDataByKind[K], K> }[NodeKind];

/** How an edge runs between its cards, worked out for the whole graph (see useEdgeRoutes). */
export interface EdgeRoute {
  /** How far the edge bows off the straight line, to go round cards in its way. */
  bend: number;
  /** Where it crosses over when it runs in steps instead. */
  stepY?: number;
  /** Where it joins the trunk of a bundle, when it is bundled. */
  junction?: Point;
  /** The bundle's size, on the one edge that draws it. */
  count?: number;
  /** Where its name goes, when the middle of its line is under a card or a name (see edgeNames). */
  name?: Point;
}

export type FlowEdge = Edge<{ kind: EdgeKind; route?: EdgeRoute }, 'relation'>;

/** Every card has the same size (see .node-card), with one handle centred on its top and bottom. */
export const HANDLE_SIZE = 9;
const CARD_SIZE = { width: NODE_WIDTH, height: NODE_HEIGHT };
const CARD_HANDLES: NodeHandle[] = [
  {
    type: 'target',
    position: Position.Top,
    x: (NODE_WIDTH - HANDLE_SIZE) / 2,
    y: -HANDLE_SIZE / 2,
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  },
  {
    type: 'source',
    position: Position.Bottom,
    x: (NODE_WIDTH - HANDLE_SIZE) / 2,
    y: NODE_HEIGHT - HANDLE_SIZE / 2,
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  },
];

/**
 * Size and handles are given up front: React Flow otherwise draws every node once, off screen
 * included, to measure it before it can fit the view, which makes opening a large strategy slow.
 */
export function toFlowNode(node: StrategyNode): FlowNode {
  return {
    id: node.id,
    type: node.kind,
    position: node.position,
    data: node.data,
    measured: CARD_SIZE,
    handles: CARD_HANDLES,
  } as FlowNode;
}

export function toStrategyNode(node: FlowNode): StrategyNode {
  return { id: node.id, kind: node.type, position: node.position, data: node.data } as StrategyNode;
}

export function toFlowEdge(edge: StrategyEdge): FlowEdge {
  return {
    id: edge.id,
    type: 'relation',
    source: edge.source,
    target: edge.target,
    data: { kind: edge.kind },
  };
}

export function toStrategyEdge(edge: FlowEdge): StrategyEdge {
  return { id: edge.id, kind: edge.data!.kind, source: edge.source, target: edge.target };
}

const indexCache = new WeakMap<readonly { id: string }[], Map<string, unknown>>();

/**
 * Applies puts and removes to a list of view records. Unchanged records keep their identity,
 * so memoized node and edge components do not re-render; changed ones keep their view state.
 */
function applyToList<D extends { id: string }, F extends { id: string }>(
  list: F[],
  puts: readonly D[],
  removes: readonly string[],
  toView: (record: D, previous: F | undefined) => F,
): F[] {
  if (puts.length === 0 && removes.length === 0) return list;
  const index = indexById(list);
  if (removes.length === 0 && puts.every((record) => index.has(record.id)))
    return replaceInPlace(list, index, puts, toView);
  const removed = new Set(removes);
  const put = new Map(puts.map((record) => [record.id, record]));
  const next: F[] = [];
  for (const item of list) {
    if (removed.has(item.id) && !put.has(item.id)) continue;
    const record = put.get(item.id);
    if (record) {
      next.push(toView(record, item));
      put.delete(item.id);
    } else next.push(item);
  }
  for (const record of put.values()) next.push(toView(record, undefined));
  return next;
}

/**
 * The common case of an edit (typing, a move, a stage change): a few records replaced where
 * they stand, in a natively copied list rather than one rebuilt item by item.
 */
function replaceInPlace<D extends { id: string }, F extends { id: string }>(
  list: F[],
  index: Map<string, F>,
  puts: readonly D[],
  toView: (record: D, previous: F | undefined) => F,
): F[] {
  const next = list.slice();
  for (const record of puts) {
    const previous = index.get(record.id)!;
    next[next.indexOf(previous)] = toView(record, previous);
  }
  return next;
}

/**
 * A renamed card keeps its position object: what is worked out from where cards are (edge
 * routes, the overview's picture) is kept by its identity, and a change read from a shared
 * document brings every value as a new object.
 */
const keptPosition = (previous: StrategyNode['position'], next: StrategyNode['position']) =>
  previous.x === next.x && previous.y === next.y ? previous : next;

export function applyChangeToFlow(
  nodes: FlowNode[],
  edges: FlowEdge[],
  change: GraphChange,
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  return {
    nodes: applyToList(nodes, change.putNodes, change.removeNodeIds, (node, previous) =>
      previous
        ? // The kind changes too when an idea is converted.
          ({
            ...previous,
            type: node.kind,
            position: keptPosition(previous.position, node.position),
            data: node.data,
          } as FlowNode)
        : toFlowNode(node),
    ),
    edges: applyToList(edges, change.putEdges, change.removeEdgeIds, (edge, previous) =>
      previous
        ? { ...previous, source: edge.source, target: edge.target, data: { kind: edge.kind } }
        : toFlowEdge(edge),
    ),
  };
}

/** Id → item for a list, computed once per list identity. */
export function indexById<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  let index = indexCache.get(list) as Map<string, T> | undefined;
  if (!index) {
    index = new Map();
    for (const item of list) index.set(item.id, item);
    indexCache.set(list, index);
  }
  return index;
}

const graphCache = new WeakMap<FlowNode[], WeakMap<FlowEdge[], StrategyGraph>>();

/** The domain graph behind the view, computed once per pair of node and edge lists. */
export function strategyGraphOf(nodes: FlowNode[], edges: FlowEdge[]): StrategyGraph {
  let byEdges = graphCache.get(nodes);
  if (!byEdges) graphCache.set(nodes, (byEdges = new WeakMap()));
  let graph = byEdges.get(edges);
  if (!graph)
    byEdges.set(
      edges,
      (graph = { nodes: nodes.map(toStrategyNode), edges: edges.map(toStrategyEdge) }),
    );
  return graph;
}
