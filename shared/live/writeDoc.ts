import * as Y from 'yjs';
import { EMPTY_CHANGE, type GraphChange } from '../model/change';
import type { Strategy, StrategyEdge, StrategyNode } from '../model/graph';
import {
  NODE_KEYS,
  SHARED_META_KEYS,
  edgesOf,
  metaOf,
  nodesOf,
  removedOf,
  sameJson,
  type SharedMeta,
} from './liveDoc';

function newNodeMap(node: StrategyNode): Y.Map<unknown> {
  const data = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(node.data))
    if (value !== undefined) data.set(key, value);
  const map = new Y.Map<unknown>();
  map.set(NODE_KEYS.kind, node.kind);
  map.set(NODE_KEYS.x, node.position.x);
  map.set(NODE_KEYS.y, node.position.y);
  map.set(NODE_KEYS.data, data);
  return map;
}

/**
 * What the person editing last had of the document, before their edit: a field their edit left
 * as it was there is not theirs to write, even where the document has moved on since (a peer's
 * change on its way to their screen).
 */
export interface EditBase {
  node(id: string): StrategyNode | undefined;
  meta(): Partial<SharedMeta>;
}

/**
 * Writes only what differs from the document, field by field, and of that only what this user
 * changed from `base` where it is known: a field they did not touch is not written, so it
 * cannot overwrite someone else's concurrent edit of it.
 */
function writeNode(nodes: Y.Map<Y.Map<unknown>>, node: StrategyNode, base?: StrategyNode): void {
  const current = nodes.get(node.id);
  const data = current instanceof Y.Map ? current.get(NODE_KEYS.data) : undefined;
  if (
    !(current instanceof Y.Map) ||
    !(data instanceof Y.Map) ||
    current.get('kind') !== node.kind
  ) {
    nodes.set(node.id, newNodeMap(node));
    return;
  }
  const before = base?.kind === node.kind ? base : undefined;
  const edited = (was: unknown, now: unknown) => !before || !sameJson(was, now);
  for (const axis of ['x', 'y'] as const) {
    const value = node.position[axis];
    if (current.get(NODE_KEYS[axis]) !== value && edited(before?.position[axis], value))
      current.set(NODE_KEYS[axis], value);
  }
  const fields = node.data as Record<string, unknown>;
  const baseFields = before?.data as Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (!sameJson(data.get(key), value) && edited(baseFields?.[key], value)) data.set(key, value);
  }
  for (const key of [...data.keys()])
    if (fields[key] === undefined && edited(baseFields?.[key], undefined)) data.delete(key);
}

function writeEdge(edges: Y.Map<unknown>, edge: StrategyEdge): void {
  const plain = { id: edge.id, kind: edge.kind, source: edge.source, target: edge.target };
  if (!sameJson(edges.get(edge.id), plain)) edges.set(edge.id, plain);
}

/**
 * One user action as one transaction, so it travels, merges and undoes as one. Returns what the
 * document refused: edits of nodes someone else deleted meanwhile (the person editing had not
 * yet heard of it), and relationships to them. A deletion stays a deletion; only undoing it,
 * which lifts its mark in `removed`, brings a node back.
 */
export function applyChangeToDoc(
  doc: Y.Doc,
  change: GraphChange,
  origin: unknown,
  base?: EditBase,
): GraphChange {
  const refused: GraphChange = { ...EMPTY_CHANGE, removeNodeIds: [], removeEdgeIds: [] };
  doc.transact(() => {
    const nodes = nodesOf(doc);
    const edges = edgesOf(doc);
    const removed = removedOf(doc);
    for (const id of change.removeEdgeIds) edges.delete(id);
    for (const id of change.removeNodeIds) {
      if (nodes.has(id)) removed.set(id, true);
      nodes.delete(id);
    }
    for (const node of change.putNodes) {
      if (!nodes.has(node.id) && removed.has(node.id)) refused.removeNodeIds.push(node.id);
      else writeNode(nodes, node, base?.node(node.id));
    }
    for (const edge of change.putEdges) {
      if (nodes.has(edge.source) && nodes.has(edge.target)) writeEdge(edges, edge);
      else refused.removeEdgeIds.push(edge.id);
    }
  }, origin);
  return refused;
}

/**
 * The shared fields of a strategy record that differ from the document, and of those only the
 * ones changed from `base` where it is known (see EditBase).
 */
export function writeMeta(
  doc: Y.Doc,
  meta: SharedMeta,
  origin: unknown,
  base?: Partial<SharedMeta>,
): void {
  const map = metaOf(doc);
  const changed = SHARED_META_KEYS.filter(
    (key) =>
      !sameJson(map.get(key), meta[key]) &&
      (!base || !(key in base) || !sameJson(base[key], meta[key])),
  );
  if (changed.length === 0) return;
  doc.transact(() => {
    for (const key of changed) map.set(key, meta[key]);
  }, origin);
}

/**
 * Makes the document hold exactly this strategy, writing only the differences: the host
 * shares their copy, and a document already holding most of it (shared before) changes little.
 */
export function seedDoc(doc: Y.Doc, strategy: Strategy, origin: unknown): void {
  doc.transact(() => {
    const nodes = nodesOf(doc);
    const edges = edgesOf(doc);
    const nodeIds = new Set(strategy.nodes.map((node) => node.id));
    const edgeIds = new Set(strategy.edges.map((edge) => edge.id));
    for (const id of [...edges.keys()]) if (!edgeIds.has(id)) edges.delete(id);
    const removed = removedOf(doc);
    for (const id of [...nodes.keys()])
      if (!nodeIds.has(id)) {
        nodes.delete(id);
        removed.set(id, true);
      }
    // The host's copy is the session's: what it holds is there again, whoever deleted it.
    for (const node of strategy.nodes) {
      removed.delete(node.id);
      writeNode(nodes, node);
    }
    for (const edge of strategy.edges) writeEdge(edges, edge);
    writeMeta(doc, strategy, origin);
  }, origin);
}
