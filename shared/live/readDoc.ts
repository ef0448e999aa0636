import * as Y from 'yjs';
import type { z } from 'zod';
import { homeCitySchema, strategyDetailsSchema } from '../model/strategyDetails';
import { activitySettingsSchema, asOfSchema } from '../format/activitySchema';
import { mapFilterSchema, savedViewsSchema } from '../format/mapSchema';
import { edgeSchema, nodeSchema, pipelineSettingsSchema } from '../format/nodeSchema';
import { MAX_EDGES, MAX_NODES } from '../format/strategyFile';
import { isEdgeAllowed } from '../model/edgeRules';
import type { GraphChange } from '../model/change';
import { fieldValueSchema, STRATEGY_FIELDS } from '../model/fields';
import type { EditBase } from './writeDoc';
import type { StrategyEdge, StrategyGraph, StrategyNode } from '../model/graph';
import {
  NODE_KEYS,
  SHARED_META_KEYS,
  edgesOf,
  metaOf,
  nodesOf,
  type SharedMeta,
  type SharedMetaKey,
} from './liveDoc';

/** Something a peer put in the document that no copy of the app could have written. */
export interface LiveProblem {
  part: 'node' | 'edge' | 'meta';
  key: string;
  detail: string;
}

/** What changed in the document, as the store applies it. */
export interface DocReading {
  change: GraphChange;
  meta: Partial<SharedMeta>;
  problems: LiveProblem[];
}

const META_SCHEMAS: Record<SharedMetaKey, z.ZodType> = {
  title: fieldValueSchema(STRATEGY_FIELDS.title),
  titleKo: fieldValueSchema(STRATEGY_FIELDS.titleKo),
  organization: fieldValueSchema(STRATEGY_FIELDS.organization),
  author: fieldValueSchema(STRATEGY_FIELDS.author),
  pipeline: pipelineSettingsSchema,
  filters: mapFilterSchema,
  views: savedViewsSchema,
  details: strategyDetailsSchema,
  home: homeCitySchema.nullable(),
  asOf: asOfSchema,
  activity: activitySettingsSchema,
};

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
}

/** A node as stored in the document, checked by the same rules as a node in a file. */
function parseNode(id: string, value: unknown): StrategyNode | LiveProblem {
  if (!(value instanceof Y.Map)) return { part: 'node', key: id, detail: 'not a map' };
  const data = value.get(NODE_KEYS.data);
  const candidate = {
    id,
    kind: value.get(NODE_KEYS.kind),
    position: { x: value.get(NODE_KEYS.x), y: value.get(NODE_KEYS.y) },
    data: data instanceof Y.Map ? Object.fromEntries(data.entries()) : data,
  };
  const parsed = nodeSchema.safeParse(candidate);
  return parsed.success
    ? (parsed.data as StrategyNode)
    : { part: 'node', key: id, detail: firstIssue(parsed.error) };
}

function parseEdge(id: string, value: unknown): StrategyEdge | LiveProblem {
  const parsed = edgeSchema.safeParse(value);
  if (!parsed.success) return { part: 'edge', key: id, detail: firstIssue(parsed.error) };
  if (parsed.data.id !== id) return { part: 'edge', key: id, detail: 'id differs from its key' };
  return parsed.data as StrategyEdge;
}

const isProblem = (value: object): value is LiveProblem => 'part' in value;

/**
 * Reads a shared document into the graph the store shows. It keeps what it last read, so that
 * each transaction becomes a change naming only the records it touched (the others keep their
 * objects, and their cards are not drawn again), and so that an edge whose end is missing (one
 * person deleted a node while another linked to it) stays out of the graph until the end is
 * back. Records that fail the rules are left out and reported; what was read before stays. So
 * does an edge the relationship rules do not allow between its ends' kinds (two people, one
 * converting an idea while the other links it), and a record beyond a file's limits.
 */
export function createDocReader(doc: Y.Doc) {
  const nodes = new Map<string, StrategyNode>();
  /** Valid edges in the document, shown or not. */
  const validEdges = new Map<string, StrategyEdge>();
  /** The edges the graph shows: valid, with both ends present. */
  const shownEdges = new Map<string, StrategyEdge>();
  const meta: Partial<SharedMeta> = {};

  const touchedNodes = new Set<string>();
  const touchedEdges = new Set<string>();
  const touchedMeta = new Set<string>();

  function readMetaKey(key: string, problems: LiveProblem[]): [SharedMetaKey, unknown] | null {
    const schema = META_SCHEMAS[key as SharedMetaKey];
    if (!schema) return null;
    const value = metaOf(doc).get(key);
    if (value === undefined) return null;
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      problems.push({ part: 'meta', key, detail: firstIssue(parsed.error) });
      return null;
    }
    return [key as SharedMetaKey, parsed.data];
  }

  /**
   * Shows the edge `id` where it is valid, both its ends are shown and the rules allow it
   * between their kinds; otherwise takes it out of the graph. One the rules refuse is reported
   * when it is written or when it stops being allowed, not each time it is seen again.
   */
  function showEdgeIfAllowed(id: string, change: GraphChange, problems: LiveProblem[]): void {
    const edge = validEdges.get(id);
    const source = edge && nodes.get(edge.source);
    const target = edge && nodes.get(edge.target);
    const allowed = !!source && !!target && isEdgeAllowed(edge!.kind, source.kind, target.kind);
    const before = shownEdges.get(id);
    if (allowed && edge !== before) {
      shownEdges.set(id, edge!);
      change.putEdges.push(edge!);
      return;
    }
    if (allowed) return;
    if (source && target && (before || touchedEdges.has(id)))
      problems.push({
        part: 'edge',
        key: id,
        detail: `${edge!.kind} may not run from ${source.kind} to ${target.kind}`,
      });
    if (before) {
      shownEdges.delete(id);
      change.removeEdgeIds.push(id);
    }
  }

  function flush(): DocReading {
    const change: GraphChange = {
      putNodes: [],
      removeNodeIds: [],
      putEdges: [],
      removeEdgeIds: [],
    };
    const problems: LiveProblem[] = [];
    const metaPatch: Partial<SharedMeta> = {};
    /** Whether a node came, went or changed kind: each edge is then seen afresh. */
    let endsChanged = false;

    for (const id of touchedNodes) {
      const value = nodesOf(doc).get(id);
      if (value === undefined) {
        if (nodes.delete(id)) {
          change.removeNodeIds.push(id);
          endsChanged = true;
        }
        continue;
      }
      const node = parseNode(id, value);
      const before = nodes.get(id);
      if (isProblem(node)) {
        problems.push(node);
        continue;
      }
      if (!before && nodes.size >= MAX_NODES) {
        problems.push({ part: 'node', key: id, detail: `more than ${MAX_NODES} nodes` });
        continue;
      }
      if (before?.kind !== node.kind) endsChanged = true;
      nodes.set(id, node);
      change.putNodes.push(node);
    }

    for (const id of touchedEdges) {
      const value = edgesOf(doc).get(id);
      if (value === undefined) {
        validEdges.delete(id);
        continue;
      }
      const edge = parseEdge(id, value);
      if (isProblem(edge)) problems.push(edge);
      else if (!validEdges.has(id) && validEdges.size >= MAX_EDGES)
        problems.push({ part: 'edge', key: id, detail: `more than ${MAX_EDGES} edges` });
      else validEdges.set(id, edge);
    }
    const reconsidered = endsChanged
      ? new Set([...touchedEdges, ...validEdges.keys(), ...shownEdges.keys()])
      : touchedEdges;
    for (const id of reconsidered) showEdgeIfAllowed(id, change, problems);

    for (const key of touchedMeta) {
      const read = readMetaKey(key, problems);
      if (!read) continue;
      (metaPatch as Record<string, unknown>)[read[0]] = read[1];
      (meta as Record<string, unknown>)[read[0]] = read[1];
    }

    touchedNodes.clear();
    touchedEdges.clear();
    touchedMeta.clear();
    return { change, meta: metaPatch, problems };
  }

  const editBase: EditBase = { node: (id) => nodes.get(id), meta: () => meta };

  return {
    /**
     * What was last read, which is what the store shows but for others' changes still on their
     * way: the base a local edit was made on.
     */
    editBase,
    /** Reads the whole document afresh. */
    readAll(): { graph: StrategyGraph; meta: Partial<SharedMeta>; problems: LiveProblem[] } {
      nodes.clear();
      validEdges.clear();
      shownEdges.clear();
      for (const id of nodesOf(doc).keys()) touchedNodes.add(id);
      for (const id of edgesOf(doc).keys()) touchedEdges.add(id);
      for (const key of SHARED_META_KEYS) touchedMeta.add(key);
      const { problems } = flush();
      return {
        graph: { nodes: [...nodes.values()], edges: [...shownEdges.values()] },
        meta: { ...meta },
        problems,
      };
    },
    /**
     * The graph as last read, where the document holds a record that the rules refuse, with
     * `local`'s copy of it: a copy brought up to date with the session keeps its last good
     * version of what a peer broke (reported when read), as one reading all along would have.
     * Every change since must have been read (see observeDoc).
     */
    keepLastGood(local: StrategyGraph): StrategyGraph {
      let kept = false;
      for (const node of local.nodes)
        if (!nodes.has(node.id) && nodesOf(doc).has(node.id)) {
          nodes.set(node.id, node);
          kept = true;
        }
      for (const edge of local.edges)
        if (!validEdges.has(edge.id) && edgesOf(doc).has(edge.id)) {
          validEdges.set(edge.id, edge);
          kept = true;
        }
      // Edges waiting for a node kept here, or kept themselves, are shown now.
      const unused = { putNodes: [], removeNodeIds: [], putEdges: [], removeEdgeIds: [] };
      if (kept) for (const id of validEdges.keys()) showEdgeIfAllowed(id, unused, []);
      return { nodes: [...nodes.values()], edges: [...shownEdges.values()] };
    },
    /**
     * The graph as last read, without reading the document again: what `readAll` would give
     * while every transaction since is flushed (see observeDoc), at no cost per node.
     */
    current(): { graph: StrategyGraph; meta: Partial<SharedMeta> } {
      return {
        graph: { nodes: [...nodes.values()], edges: [...shownEdges.values()] },
        meta: { ...meta },
      };
    },
    noteNodeEvents(events: Y.YEvent<Y.AbstractType<unknown>>[]): void {
      for (const event of events) {
        if (event.path.length === 0) for (const key of event.keys.keys()) touchedNodes.add(key);
        else touchedNodes.add(String(event.path[0]));
      }
    },
    noteEdgeEvents(events: Y.YEvent<Y.AbstractType<unknown>>[]): void {
      for (const event of events)
        if (event.path.length === 0) for (const key of event.keys.keys()) touchedEdges.add(key);
    },
    noteMetaEvents(events: Y.YEvent<Y.AbstractType<unknown>>[]): void {
      for (const event of events)
        if (event.path.length === 0) for (const key of event.keys.keys()) touchedMeta.add(key);
    },
    flush,
  };
}

export type DocReader = ReturnType<typeof createDocReader>;

/**
 * Notes in `reader` what each transaction changed in the strategy, and calls `onTransaction`
 * with its origin once the transaction is over, for those that changed it. Returns a stop.
 */
export function noteTransactions(
  doc: Y.Doc,
  reader: DocReader,
  onTransaction: (origin: unknown) => void,
): () => void {
  let touched = false;
  const onNodes = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    touched = true;
    reader.noteNodeEvents(events);
  };
  const onEdges = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    touched = true;
    reader.noteEdgeEvents(events);
  };
  const onMeta = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    touched = true;
    reader.noteMetaEvents(events);
  };
  // Deep observers run while a transaction is cleaned up, before afterTransaction: by then
  // every map's events of the transaction have been noted.
  const afterTransaction = (transaction: Y.Transaction) => {
    if (!touched) return;
    touched = false;
    onTransaction(transaction.origin);
  };
  nodesOf(doc).observeDeep(onNodes);
  edgesOf(doc).observeDeep(onEdges);
  metaOf(doc).observeDeep(onMeta);
  doc.on('afterTransaction', afterTransaction);
  return () => {
    nodesOf(doc).unobserveDeep(onNodes);
    edgesOf(doc).unobserveDeep(onEdges);
    metaOf(doc).unobserveDeep(onMeta);
    doc.off('afterTransaction', afterTransaction);
  };
}

/**
 * Calls `onReading` once per transaction that changed the strategy, with its origin, so the
 * caller can pass over its own writes. The reader follows every transaction, own ones too.
 */
export function observeDoc(
  doc: Y.Doc,
  reader: DocReader,
  onReading: (reading: DocReading, origin: unknown) => void,
): () => void {
  return noteTransactions(doc, reader, (origin) => onReading(reader.flush(), origin));
}
