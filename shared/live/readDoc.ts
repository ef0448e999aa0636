import * as Y from 'yjs';
import type { z } from 'zod';
import { homeCitySchema, strategyDetailsSchema } from '../model/strategyDetails';
import { activitySettingsSchema, asOfSchema } from '../format/activitySchema';
import { mapFilterSchema, savedViewsSchema } from '../format/mapSchema';
import { edgeSchema, nodeSchema, pipelineSettingsSchema } from '../format/nodeSchema';
import type { GraphChange } from '../model/change';
import { fieldValueSchema, STRATEGY_FIELDS } from '../model/fields';
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
 * back. Records that fail the rules are left out and reported; what was read before stays.
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

  function flush(): DocReading {
    const change: GraphChange = {
      putNodes: [],
      removeNodeIds: [],
      putEdges: [],
      removeEdgeIds: [],
    };
    const problems: LiveProblem[] = [];
    const metaPatch: Partial<SharedMeta> = {};
    let nodeSetChanged = false;

    for (const id of touchedNodes) {
      const value = nodesOf(doc).get(id);
      if (value === undefined) {
        if (nodes.delete(id)) {
          change.removeNodeIds.push(id);
          nodeSetChanged = true;
        }
        continue;
      }
      const node = parseNode(id, value);
      if (isProblem(node)) {
        problems.push(node);
        continue;
      }
      if (!nodes.has(id)) nodeSetChanged = true;
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
      else validEdges.set(id, edge);
    }
    const reconsidered = nodeSetChanged
      ? new Set([...touchedEdges, ...validEdges.keys(), ...shownEdges.keys()])
      : touchedEdges;
    for (const id of reconsidered) {
      const edge = validEdges.get(id);
      const shown = edge && nodes.has(edge.source) && nodes.has(edge.target) ? edge : undefined;
      const before = shownEdges.get(id);
      if (shown && shown !== before) {
        shownEdges.set(id, shown);
        change.putEdges.push(shown);
      } else if (!shown && before) {
        shownEdges.delete(id);
        change.removeEdgeIds.push(id);
      }
    }

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

  return {
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
