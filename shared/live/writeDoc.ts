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
  type SharedMetaKey,
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
 * cannot overwrite someone else's concurrent edit of it. Returns whether anything was written.
 */
function writeNode(nodes: Y.Map<Y.Map<unknown>>, node: StrategyNode, base?: StrategyNode): boolean {
  const current = nodes.get(node.id);
  const data = current instanceof Y.Map ? current.get(NODE_KEYS.data) : undefined;
  if (
    !(current instanceof Y.Map) ||
    !(data instanceof Y.Map) ||
    current.get('kind') !== node.kind
  ) {
    nodes.set(node.id, newNodeMap(node));
    return true;
  }
  let written = false;
  const before = base?.kind === node.kind ? base : undefined;
  const edited = (was: unknown, now: unknown) => !before || !sameJson(was, now);
  for (const axis of ['x', 'y'] as const) {
    const value = node.position[axis];
    if (current.get(NODE_KEYS[axis]) !== value && edited(before?.position[axis], value)) {
      current.set(NODE_KEYS[axis], value);
      written = true;
    }
  }
  const fields = node.data as Record<string, unknown>;
  const baseFields = before?.data as Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (!sameJson(data.get(key), value) && edited(baseFields?.[key], value)) {
      data.set(key, value);
      written = true;
    }
  }
  for (const key of [...data.keys()])
    if (fields[key] === undefined && edited(baseFields?.[key], undefined)) {
      data.delete(key);
      written = true;
    }
  return written;
}

function writeEdge(edges: Y.Map<unknown>, edge: StrategyEdge): boolean {
  const plain = { id: edge.id, kind: edge.kind, source: edge.source, target: edge.target };
  if (sameJson(edges.get(edge.id), plain)) return false;
  edges.set(edge.id, plain);
  return true;
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
 * ones changed from `base` where it is known (see EditBase). Returns the fields written.
 */
export function writeMeta(
  doc: Y.Doc,
  meta: SharedMeta,
  origin: unknown,
  base?: Partial<SharedMeta>,
): SharedMetaKey[] {
  const map = metaOf(doc);
  const changed = SHARED_META_KEYS.filter(
    (key) =>
      !sameJson(map.get(key), meta[key]) &&
      (!base || !(key in base) || !sameJson(base[key], meta[key])),
  );
  if (changed.length === 0) return changed;
  doc.transact(() => {
    for (const key of changed) map.set(key, meta[key]);
  }, origin);
  return changed;
}

const utf8 = new TextEncoder();

/**
 * About what a value takes in a Yjs update: its JSON as UTF-8. Yjs encodes a card in about
 * 1.3 times that, and at most about 2.3 times (a list of short decimals such as 0.1).
 */
export function jsonBytes(value: unknown): number {
  return utf8.encode(JSON.stringify(value)).byteLength;
}

/**
 * Whether the strategy, counted as seedDoc counts its parts, takes more than `limit` bytes.
 * It stops counting there, so a large strategy is not encoded whole only to be told it is.
 */
export function strategyBytesPass(strategy: Strategy, limit: number): boolean {
  let total = jsonBytes(SHARED_META_KEYS.map((key) => strategy[key]));
  for (const records of [strategy.nodes, strategy.edges])
    for (const record of records) {
      if (total > limit) return true;
      total += jsonBytes(record);
    }
  return total > limit;
}

/**
 * Makes the document hold exactly this strategy, writing only the differences: the host
 * shares their copy, and a document already holding most of it (shared before) changes little.
 *
 * With `maxBytes`, one call writes about that much (by jsonBytes; a single card larger than that
 * goes alone); called again, with the strategy as it is then, it goes on where the document
 * still differs. Cards come before relationships, so none is written before both its ends.
 * Returns how much of the strategy (of its cards and relationships) the document now holds as
 * given: 1 once it holds all of it.
 */
export function seedDoc(
  doc: Y.Doc,
  strategy: Strategy,
  origin: unknown,
  maxBytes = Number.POSITIVE_INFINITY,
): number {
  const measured = Number.isFinite(maxBytes);
  const records = strategy.nodes.length + strategy.edges.length;
  let written = 0;
  let gone = records;
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
    const changedMeta = writeMeta(doc, strategy, origin);
    if (measured && changedMeta.length > 0)
      written += jsonBytes(changedMeta.map((key) => strategy[key]));
    // The host's copy is the session's: what it holds is there again, whoever deleted it.
    for (const [index, node] of strategy.nodes.entries()) {
      if (written >= maxBytes) return void (gone = index);
      const wasRemoved = removed.has(node.id);
      if (wasRemoved) removed.delete(node.id);
      if ((writeNode(nodes, node) || wasRemoved) && measured) written += jsonBytes(node);
    }
    for (const [index, edge] of strategy.edges.entries()) {
      if (written >= maxBytes) return void (gone = strategy.nodes.length + index);
      if (writeEdge(edges, edge) && measured) written += jsonBytes(edge);
    }
  }, origin);
  return records === 0 || gone === records ? 1 : gone / records;
}
