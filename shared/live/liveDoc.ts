import type * as Y from 'yjs';
import type { StrategyMeta } from '../model/graph';

/**
 * The shape of a shared strategy's Y.Doc. Each node is a map of its own with its fields in a
 * nested map, so two people editing different fields of one node both keep their edit, and
 * an edit to the same field converges on one value everywhere. Edges never change piecemeal
 * (a relationship is replaced whole), so each is one plain value.
 *
 *   nodes:    Y.Map<id, Y.Map{ kind, x, y, data: Y.Map<field, JSON> }>
 *   edges:    Y.Map<id, { id, kind, source, target }>
 *   meta:     Y.Map<key, JSON>   (see SHARED_META_KEYS)
 *   removed:  Y.Map<id, true>    nodes someone deleted: a late edit of one cannot bring it back
 *   workshop: Y.Map<key, JSON>   the room's workshop: timer, running vote and each person's dots,
 *                                private idea round and who added which idea in it, ended votes
 *                                (flat keys, each checked when read: see workshopDoc.ts)
 */
export const DOC_MAPS = {
  nodes: 'nodes',
  edges: 'edges',
  meta: 'meta',
  removed: 'removed',
  workshop: 'workshop',
} as const;

/**
 * The strategy record's fields everyone shares. Its id, dates and where each person's canvas
 * looks stay personal: the id is the shared document's name, and each copy dates its own saves.
 */
export const SHARED_META_KEYS = [
  'title',
  'titleKo',
  'organization',
  'author',
  'pipeline',
  'filters',
  'views',
  'details',
  'home',
  'asOf',
  'activity',
] as const satisfies readonly (keyof StrategyMeta)[];
export type SharedMetaKey = (typeof SHARED_META_KEYS)[number];
export type SharedMeta = Pick<StrategyMeta, SharedMetaKey>;

export const NODE_KEYS = { kind: 'kind', x: 'x', y: 'y', data: 'data' } as const;

export function nodesOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(DOC_MAPS.nodes);
}

export function edgesOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(DOC_MAPS.edges);
}

export function removedOf(doc: Y.Doc): Y.Map<true> {
  return doc.getMap(DOC_MAPS.removed);
}

export function metaOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(DOC_MAPS.meta);
}

export function workshopOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(DOC_MAPS.workshop);
}

/** Whether anyone has put a strategy into the document yet. */
export function isEmptyDoc(doc: Y.Doc): boolean {
  return nodesOf(doc).size === 0 && edgesOf(doc).size === 0 && metaOf(doc).size === 0;
}

/** Plain values (JSON) compared by content, whatever order their keys were written in. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  if (keys.length !== Object.keys(right).filter((key) => right[key] !== undefined).length)
    return false;
  return keys.every((key) => sameJson(left[key], right[key]));
}
