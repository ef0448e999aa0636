import { z } from 'zod';
import { isEdgeAllowed } from '../model/edgeRules';
import { fieldErrorOf, fieldValueSchema, STRATEGY_FIELDS } from '../model/fields';
import type { Strategy, StrategyEdge, StrategyNode } from '../model/graph';
import { translator } from '../i18n/translate';
import { FIELD_ERROR_MESSAGES } from '../i18n/fieldErrors';
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

export type FileProblem =
  | { code: 'tooLarge' }
  | { code: 'notJson' }
  | { code: 'notStrategyFile' }
  | { code: 'newerVersion'; version: number }
  | { code: 'invalid'; detail: string };

export type ParseResult =
  { ok: true; strategy: ImportedStrategy } | { ok: false; problem: FileProblem };

export function serializeStrategy(strategy: Strategy, exportedAt: string): string {
  const { id: _id, ...rest } = strategy;
  const document = {
    format: STRATEGY_FILE_FORMAT,
    version: STRATEGY_FILE_VERSION,
    exportedAt,
    strategy: rest,
  };
  return JSON.stringify(document, null, 2);
}

/** Field rules name their errors by code; the detail explains them as the inspector does. */
function issueMessage(issue: z.core.$ZodIssue): string {
  const error = fieldErrorOf(issue);
  if (!error) return issue.message;
  if (error === 'tooLong' && issue.code === 'too_big')
    return `This text is too long (${String(issue.maximum)} characters at most).`;
  return translator('en')(FIELD_ERROR_MESSAGES[error]);
}

/** Where in a value an issue is, as `strategy.nodes[3].data.title`. */
export function issuePath(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return path.replace(/^\./, '');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return `${issuePath(issue) || '(document)'}: ${issueMessage(issue)}`;
}

/** Problems zod cannot see: ids must be unique and every edge must join two nodes it may join. */
function integrityProblem(
  nodes: readonly StrategyNode[],
  edges: readonly StrategyEdge[],
): string | null {
  const kinds = new Map<string, StrategyNode['kind']>();
  for (const node of nodes) {
    if (kinds.has(node.id)) return `duplicate node id "${node.id}"`;
    kinds.set(node.id, node.kind);
  }
  const edgeIds = new Set<string>();
  for (const edge of edges) {
    if (edgeIds.has(edge.id)) return `duplicate edge id "${edge.id}"`;
    edgeIds.add(edge.id);
    const source = kinds.get(edge.source);
    const target = kinds.get(edge.target);
    if (!source || !target) return `edge "${edge.id}" points to a node that is not in the file`;
    if (!isEdgeAllowed(edge.kind, source, target))
      return `edge "${edge.id}" (${edge.kind}) cannot join a ${source} to a ${target}`;
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
    return {
      ok: false,
      problem: { code: 'invalid', detail: 'version: expected a whole number from 1' },
    };
  if (version > STRATEGY_FILE_VERSION)
    return { ok: false, problem: { code: 'newerVersion', version } };
  for (let v = version; v < STRATEGY_FILE_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate)
      return { ok: false, problem: { code: 'invalid', detail: `no migration from version ${v}` } };
    document = { ...migrate(document), version: v + 1 };
  }
  const parsed = documentSchema.safeParse(document);
  if (!parsed.success) {
    const detail = parsed.error.issues.slice(0, 3).map(describeIssue).join('; ');
    return { ok: false, problem: { code: 'invalid', detail } };
  }
  const strategy = parsed.data.strategy as ImportedStrategy;
  const problem = integrityProblem(strategy.nodes, strategy.edges);
  if (problem) return { ok: false, problem: { code: 'invalid', detail: problem } };
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
