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
 * Writes only what differs from the document, field by field: a field this user did not touch
 * is not written, so it cannot overwrite someone else's concurrent edit of it.
 */
function writeNode(nodes: Y.Map<Y.Map<unknown>>, node: StrategyNode): void {
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
  if (current.get(NODE_KEYS.x) !== node.position.x) current.set(NODE_KEYS.x, node.position.x);
  if (current.get(NODE_KEYS.y) !== node.position.y) current.set(NODE_KEYS.y, node.position.y);
  const fields = node.data as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (!sameJson(data.get(key), value)) data.set(key, value);
  }
  for (const key of [...data.keys()]) if (fields[key] === undefined) data.delete(key);
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
export function applyChangeToDoc(doc: Y.Doc, change: GraphChange, origin: unknown): GraphChange {
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
      else writeNode(nodes, node);
    }
    for (const edge of change.putEdges) {
      if (nodes.has(edge.source) && nodes.has(edge.target)) writeEdge(edges, edge);
      else refused.removeEdgeIds.push(edge.id);
    }
  }, origin);
  return refused;
}

/** The shared fields of a strategy record that differ from the document. */
export function writeMeta(doc: Y.Doc, meta: SharedMeta, origin: unknown): void {
  const map = metaOf(doc);
  const changed = SHARED_META_KEYS.filter((key) => !sameJson(map.get(key), meta[key]));
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
