import {
  ACTOR_TYPES,
  CITY_STATUSES,
  FUNDING_SOURCES,
  GOAL_LEVELS,
  NETWORK_ROLES,
  PROJECT_DOMAINS,
  REGIONS,
  RELATIONS,
  STAGES,
  type NodeKind,
} from './vocabulary';
import type { ProjectPipelineData } from '../pipeline/types';

/**
 * The fields of each node kind. This table is the single source for the node data types,
 * the inspector's inputs, field validation and the file schema.
 */
export type FieldDef =
  | { key: string; type: 'text'; required?: boolean }
  | { key: string; type: 'longText' }
  | { key: string; type: 'year' }
  | { key: string; type: 'money' }
  | { key: string; type: 'percent' }
  | { key: string; type: 'date' }
  | { key: string; type: 'select'; options: readonly string[] };

export const NODE_FIELDS = {
  goal: [
    { key: 'title', type: 'text', required: true },
    { key: 'titleKo', type: 'text' },
    { key: 'level', type: 'select', options: GOAL_LEVELS },
    { key: 'description', type: 'longText' },
    { key: 'targetYear', type: 'year' },
    { key: 'indicator', type: 'text' },
  ],
  partnerCity: [
    { key: 'name', type: 'text', required: true },
    { key: 'nameKo', type: 'text' },
    { key: 'country', type: 'text' },
    { key: 'region', type: 'select', options: REGIONS },
    { key: 'relation', type: 'select', options: RELATIONS },
    { key: 'since', type: 'year' },
    { key: 'status', type: 'select', options: CITY_STATUSES },
    { key: 'lastContact', type: 'date' },
    { key: 'notes', type: 'longText' },
  ],
  network: [
    { key: 'name', type: 'text', required: true },
    { key: 'nameKo', type: 'text' },
    { key: 'domain', type: 'text' },
    { key: 'headquarters', type: 'text' },
    { key: 'founded', type: 'year' },
    { key: 'role', type: 'select', options: NETWORK_ROLES },
    { key: 'membershipFeeKrw', type: 'money' },
    { key: 'notes', type: 'longText' },
  ],
  actor: [
    { key: 'name', type: 'text', required: true },
    { key: 'nameKo', type: 'text' },
    { key: 'actorType', type: 'select', options: ACTOR_TYPES },
    { key: 'notes', type: 'longText' },
  ],
  project: [
    { key: 'title', type: 'text', required: true },
    { key: 'titleKo', type: 'text' },
    { key: 'domain', type: 'select', options: PROJECT_DOMAINS },
    { key: 'stage', type: 'select', options: STAGES },
    { key: 'country', type: 'text' },
    { key: 'city', type: 'text' },
    { key: 'client', type: 'text' },
    { key: 'startYear', type: 'year' },
    { key: 'endYear', type: 'year' },
    { key: 'budgetKrw', type: 'money' },
    { key: 'fundingSource', type: 'select', options: FUNDING_SOURCES },
    { key: 'notes', type: 'longText' },
  ],
} as const satisfies Record<NodeKind, readonly FieldDef[]>;

type ValueOf<F> = F extends { type: 'select'; options: readonly (infer O)[] }
  ? O
  : F extends { type: 'year' | 'money' | 'percent' }
    ? number | null
    : string;

type DataOf<Fields extends readonly FieldDef[]> = {
  [F in Fields[number] as F['key']]: ValueOf<F>;
};

/** Node data: each kind's fields, and for projects their pipeline record as well. */
export type NodeDataByKind = {
  [K in NodeKind]: DataOf<(typeof NODE_FIELDS)[K]> &
    (K extends 'project' ? ProjectPipelineData : unknown);
};
export type GoalData = NodeDataByKind['goal'];
export type PartnerCityData = NodeDataByKind['partnerCity'];
export type NetworkData = NodeDataByKind['network'];
export type ActorData = NodeDataByKind['actor'];
export type ProjectData = NodeDataByKind['project'];
export type AnyNodeData = NodeDataByKind[NodeKind];

export function fieldsOf(kind: NodeKind): readonly FieldDef[] {
  return NODE_FIELDS[kind];
}

export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;
/** Longest text a field keeps; longer pastes are refused rather than silently cut. */
export const MAX_TEXT_LENGTH = 5000;
export const MAX_MONEY = 1e15;

export type FieldError = 'required' | 'year' | 'money' | 'percent' | 'date' | 'option' | 'tooLong';
export type FieldResult =
  { ok: true; value: string | number | null } | { ok: false; error: FieldError };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Turns what a user typed into a field's value, or says why it cannot be stored. */
export function parseFieldInput(field: FieldDef, raw: string): FieldResult {
  const text = field.type === 'longText' ? raw : raw.trim();
  if (text.length > MAX_TEXT_LENGTH) return { ok: false, error: 'tooLong' };
  switch (field.type) {
    case 'text':
      return field.required && text === ''
        ? { ok: false, error: 'required' }
        : { ok: true, value: text };
    case 'longText':
      return { ok: true, value: text };
    case 'year': {
      if (text === '') return { ok: true, value: null };
      const year = Number(text);
      return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR
        ? { ok: true, value: year }
        : { ok: false, error: 'year' };
    }
    case 'money': {
      if (text === '') return { ok: true, value: null };
      const amount = Number(text.replace(/,/g, ''));
      return Number.isFinite(amount) && amount >= 0 && amount <= MAX_MONEY
        ? { ok: true, value: amount }
        : { ok: false, error: 'money' };
    }
    case 'percent': {
      if (text === '') return { ok: true, value: null };
      const share = Number(text);
      return Number.isFinite(share) && share >= 0 && share <= 100
        ? { ok: true, value: share }
        : { ok: false, error: 'percent' };
    }
    case 'date':
      return text === '' || isRealDate(text)
        ? { ok: true, value: text }
        : { ok: false, error: 'date' };
    case 'select':
      return field.options.includes(text)
        ? { ok: true, value: text }
        : { ok: false, error: 'option' };
  }
}

/** The fields of a project's funding line, edited like node fields. */
export const FUNDING_LINE_FIELDS = [
  { key: 'source', type: 'select', options: FUNDING_SOURCES.filter((s) => s !== '') },
  { key: 'funder', type: 'text' },
  { key: 'amountKrw', type: 'money' },
  { key: 'sharePercent', type: 'percent' },
] as const satisfies readonly FieldDef[];

/** Shows a stored value in an input. */
export function formatFieldValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}
