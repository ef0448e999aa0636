import { z } from 'zod';
import { isEdgeAllowed } from '../model/edgeRules';
import { fieldErrorOf, fieldValueSchema, STRATEGY_FIELDS, type FieldError } from '../model/fields';
import type { Strategy, StrategyEdge, StrategyNode } from '../model/graph';
import type { EdgeKind, NodeKind } from '../model/vocabulary';
import { recordAt, type DamagedRecord } from './recordPlace';
import { mapFilterSchema, savedViewsSchema } from './mapSchema';
import { edgeSchema, nodeSchema, pipelineSettingsSchema } from './nodeSchema';
import {
  BILINGUAL_UPGRADE,
  PIPELINE_UPGRADE,
  WORKSHOP_UPGRADE,
  ACTIVITY_UPGRADE,
  PLACES_UPGRADE,
  type RecordUpgrade,
} from './recordUpgrades';
import { activitySettingsSchema, asOfSchema } from './activitySchema';
import { voteResultsSchema } from './workshopSchema';
import { EMPTY_DETAILS, homeCitySchema, strategyDetailsSchema } from '../model/strategyDetails';

/**
 * The strategy file: one JSON document holding a whole strategy. Its `version` grows whenever
 * the document's shape changes; MIGRATIONS lift an older document one version at a time.
 */
export const STRATEGY_FILE_FORMAT = 'city-diplomacy-workbench/strategy';
export const STRATEGY_FILE_VERSION = 5;
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_NODES = 50_000;
export const MAX_EDGES = 200_000;

/** A limit of the strategy file that adding to a strategy would pass, and what it allows. */
export interface GraphLimit {
  limit: 'nodes' | 'edges';
  maximum: number;
}

/**
 * The limit a strategy would pass with `added` more nodes and edges, or null when it would still
 * fit a file. Additions are checked before they are made: past a limit, the app would call its
 * own record damaged and export a file that its import refuses.
 */
export function graphLimitPassed(
  graph: { nodes: readonly unknown[]; edges: readonly unknown[] },
  added: { nodes: number; edges: number },
): GraphLimit | null {
  if (graph.nodes.length + added.nodes > MAX_NODES) return { limit: 'nodes', maximum: MAX_NODES };
  if (graph.edges.length + added.edges > MAX_EDGES) return { limit: 'edges', maximum: MAX_EDGES };
  return null;
}

/** A document's strategy and its nodes lifted by a record upgrade; the rest is left to the schema. */
function upgradeDocument(
  document: Record<string, unknown>,
  upgrade: RecordUpgrade,
): Record<string, unknown> {
  const strategy = document.strategy;
  if (typeof strategy !== 'object' || strategy === null) return document;
  const lifted = upgrade.strategy(strategy) as Record<string, unknown>;
  const nodes = lifted.nodes;
  return {
    ...document,
    strategy: { ...lifted, nodes: Array.isArray(nodes) ? nodes.map(upgrade.node) : nodes },
  };
}

const MIGRATIONS: Record<number, (document: Record<string, unknown>) => Record<string, unknown>> = {
  // 2 added the pipeline: a strategy's gates and stall threshold, a project's history,
  // funding lines and checked gate items. Version 1 projects start with an empty record.
  1: (document) => upgradeDocument(document, PIPELINE_UPGRADE),
  // 3 keeps names in two languages with nothing stored for the user: the placeholder names of
  // new nodes are emptied, the strategy gets a Korean title, and countries become ISO codes.
  2: (document) => upgradeDocument(document, BILINGUAL_UPGRADE),
  // 4 brings workshops: ideas, a node kind version 3 readers must refuse, and kept votes.
  // It also brings exchange logs on partners, measures on goals and a strategy's as-of date.
  3: (document) => upgradeDocument(upgradeDocument(document, WORKSHOP_UPGRADE), ACTIVITY_UPGRADE),
  // 5 brings places and the plan's cover: coordinates on partner cities, the home city, and
  // the strategy's details (department, plan period, version, date, classification).
  4: (document) => upgradeDocument(document, PLACES_UPGRADE),
};

/** A strategy's own fields, without its nodes and edges: as a file holds them, and as stored. */
export const strategyMetaSchema = z.object({
  title: fieldValueSchema(STRATEGY_FIELDS.title),
  titleKo: fieldValueSchema(STRATEGY_FIELDS.titleKo).default(''),
  organization: fieldValueSchema(STRATEGY_FIELDS.organization).default(''),
  author: fieldValueSchema(STRATEGY_FIELDS.author).default(''),
  createdAt: z.string(),
  updatedAt: z.string(),
  pipeline: pipelineSettingsSchema,
  // Added within version 3 with defaults, so files written before them read unchanged.
  filters: mapFilterSchema,
  views: savedViewsSchema,
  votes: voteResultsSchema,
  asOf: asOfSchema.optional(),
  activity: activitySettingsSchema.optional(),
  // A strategy kept from before version 5 may have neither; it is written out as it is.
  details: strategyDetailsSchema.default(EMPTY_DETAILS),
  home: homeCitySchema.nullable().default(null),
});

const documentSchema = z.object({
  format: z.literal(STRATEGY_FILE_FORMAT),
  version: z.literal(STRATEGY_FILE_VERSION),
  exportedAt: z.string(),
  strategy: strategyMetaSchema.extend({
    nodes: z.array(nodeSchema).max(MAX_NODES),
    edges: z.array(edgeSchema).max(MAX_EDGES),
  }),
});

export type ImportedStrategy = Omit<Strategy, 'id'>;

/**
 * Why a file's content was refused, by the record it is in where there is one (see recordAt):
 * the app says it in the user's language.
 */
export type FileFault =
  /** A field breaks its rule (an impossible date, a text too long). */
  | { code: 'field'; at: DamagedRecord; error: FieldError; maximum?: number }
  /** A value is not of the shape the app writes (a kind it does not know, a place not a number). */
  | { code: 'value'; at: DamagedRecord }
  /** A list holds more than a strategy may: more nodes, or more exchanges in a partner's log. */
  | { code: 'tooMany'; at: DamagedRecord; maximum: number }
  | { code: 'version' }
  | { code: 'noUpgrade'; version: number }
  | { code: 'duplicateId'; at: DamagedRecord }
  /** A relationship's end is not a node in the file. */
  | { code: 'missingEnd'; at: DamagedRecord }
  /** A relationship joins two kinds of node it may not join. */
  | { code: 'notAllowed'; at: DamagedRecord; kind: EdgeKind; source: NodeKind; target: NodeKind };

export type FileProblem =
  | { code: 'tooLarge' }
  | { code: 'notJson' }
  | { code: 'notStrategyFile' }
  | { code: 'newerVersion'; version: number }
  | { code: 'invalid'; fault: FileFault };

export type ParseResult =
  { ok: true; strategy: ImportedStrategy } | { ok: false; problem: FileProblem };

export function serializeStrategy(
  strategy: Strategy,
  exportedAt: string,
  { indented = true }: { indented?: boolean } = {},
): string {
  const { id: _id, ...rest } = strategy;
  const document = {
    format: STRATEGY_FILE_FORMAT,
    version: STRATEGY_FILE_VERSION,
    exportedAt,
    strategy: rest,
  };
  return indented ? JSON.stringify(document, null, 2) : JSON.stringify(document);
}

/** How many bytes a text takes in UTF-8, as a file holds it, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * A strategy's file as exported: indented, for people to read, unless that would make it larger
 * than the app opens, then without indents; null when even that would be too large. A file the
 * app could not import again is no copy.
 */
export function strategyFileText(
  strategy: Strategy,
  exportedAt: string,
  maxBytes = MAX_FILE_BYTES,
): string | null {
  for (const indented of [true, false]) {
    const text = serializeStrategy(strategy, exportedAt, { indented });
    if (utf8Length(text) <= maxBytes) return text;
  }
  return null;
}

/** Where a schema issue is, and what is wrong there: field rules name their errors by code. */
function faultOf(issue: z.core.$ZodIssue, strategy: unknown): FileFault {
  const [top, ...inStrategy] = issue.path;
  // An issue outside the strategy (its format, its date of export) is the file's own.
  const at = top === 'strategy' ? recordAt(strategy, inStrategy) : recordAt(null, issue.path);
  if (issue.code === 'too_big' && issue.origin === 'array')
    return { code: 'tooMany', at, maximum: Number(issue.maximum) };
  const error = fieldErrorOf(issue);
  if (!error) return { code: 'value', at };
  if (error === 'tooLong' && issue.code === 'too_big')
    return { code: 'field', at, error, maximum: Number(issue.maximum) };
  return { code: 'field', at, error };
}

/** Problems zod cannot see: ids must be unique and every edge must join two nodes it may join. */
function integrityFault(strategy: {
  nodes: readonly StrategyNode[];
  edges: readonly StrategyEdge[];
}): FileFault | null {
  const { nodes, edges } = strategy;
  const kinds = new Map<string, StrategyNode['kind']>();
  for (const [i, node] of nodes.entries()) {
    if (kinds.has(node.id))
      return { code: 'duplicateId', at: recordAt(strategy, ['nodes', i, 'id']) };
    kinds.set(node.id, node.kind);
  }
  const edgeIds = new Set<string>();
  for (const [i, edge] of edges.entries()) {
    if (edgeIds.has(edge.id))
      return { code: 'duplicateId', at: recordAt(strategy, ['edges', i, 'id']) };
    edgeIds.add(edge.id);
    const source = kinds.get(edge.source);
    const target = kinds.get(edge.target);
    if (!source || !target)
      return {
        code: 'missingEnd',
        at: recordAt(strategy, ['edges', i, source ? 'target' : 'source']),
      };
    if (!isEdgeAllowed(edge.kind, source, target))
      return {
        code: 'notAllowed',
        at: recordAt(strategy, ['edges', i, 'kind']),
        kind: edge.kind,
        source,
        target,
      };
  }
  return null;
}

export function parseStrategyFile(text: string): ParseResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, problem: { code: 'tooLarge' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== STRATEGY_FILE_FORMAT
  )
    return { ok: false, problem: { code: 'notStrategyFile' } };
  let document = raw as Record<string, unknown>;
  const version = document.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: { code: 'invalid', fault: { code: 'version' } } };
  if (version > STRATEGY_FILE_VERSION)
    return { ok: false, problem: { code: 'newerVersion', version } };
  for (let v = version; v < STRATEGY_FILE_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate)
      return { ok: false, problem: { code: 'invalid', fault: { code: 'noUpgrade', version: v } } };
    document = { ...migrate(document), version: v + 1 };
  }
  const parsed = documentSchema.safeParse(document);
  if (!parsed.success) {
    const fault = faultOf(parsed.error.issues[0]!, document.strategy);
    return { ok: false, problem: { code: 'invalid', fault } };
  }
  const strategy = parsed.data.strategy as ImportedStrategy;
  const fault = integrityFault(strategy);
  if (fault) return { ok: false, problem: { code: 'invalid', fault } };
  return { ok: true, strategy };
}

/** A file name that every desktop system accepts. */
// Characters Windows, macOS or Linux refuse in file names, control characters included.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f]+/g;

export function fileNameFor(title: string, extension: string): string {
  const base = title.replace(UNSAFE_IN_FILE_NAMES, ' ').replace(/\s+/g, ' ').trim().slice(0, 100);
  return `${base || 'strategy'}.${extension}`;
}
