import { z } from 'zod';
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
  EXCHANGE_KINDS,
  MEASURE_SOURCES,
  type NodeKind,
} from './vocabulary';
import type { ProjectPipelineData } from '../pipeline/types';
import type { ExchangeLogData, GoalMeasureData } from '../activity/types';
import { formatAmount, parseAmount } from './amounts';
import { countryCodeOf, countryLabel } from './countries';
import type { Language } from './graph';

/**
 * The fields of each node kind. This table is the single source for the node data types,
 * the inspector's inputs, field validation and the file schema.
 */
export type FieldDef =
  | { key: string; type: 'text'; required?: boolean; maxLength?: number }
  | { key: string; type: 'longText' }
  | { key: string; type: 'year' }
  /** An amount; in won (`wholeWon`), typed without fractions: the won has no smaller unit. */
  | { key: string; type: 'money'; wholeWon?: boolean }
  | { key: string; type: 'percent' }
  /** A whole number from `min` to `max`, never empty: a setting rather than a fact. */
  | { key: string; type: 'count'; min: number; max: number }
  | { key: string; type: 'date' }
  /** Degrees north (positive) or south; -90 to 90. */
  | { key: string; type: 'latitude' }
  /** Degrees east (positive) or west; -180 to 180. */
  | { key: string; type: 'longitude' }
  /** An ISO 3166-1 alpha-2 code; text stored before countries were codes is kept as it was. */
  | { key: string; type: 'country' }
  | { key: string; type: 'select'; options: readonly string[] };

/*
 * A name is kept in English and in Korean and neither is required: a name written in one
 * language only is a name, and a node with none shows its kind until it gets one.
 */
export const NODE_FIELDS = {
  goal: [
    { key: 'title', type: 'text' },
    { key: 'titleKo', type: 'text' },
    { key: 'level', type: 'select', options: GOAL_LEVELS },
    { key: 'description', type: 'longText' },
    { key: 'targetYear', type: 'year' },
    { key: 'indicator', type: 'text' },
  ],
  partnerCity: [
    { key: 'name', type: 'text' },
    { key: 'nameKo', type: 'text' },
    { key: 'country', type: 'country' },
    { key: 'region', type: 'select', options: REGIONS },
    { key: 'relation', type: 'select', options: RELATIONS },
    { key: 'since', type: 'year' },
    { key: 'status', type: 'select', options: CITY_STATUSES },
    { key: 'lastContact', type: 'date' },
    { key: 'latitude', type: 'latitude' },
    { key: 'longitude', type: 'longitude' },
    { key: 'notes', type: 'longText' },
  ],
  network: [
    { key: 'name', type: 'text' },
    { key: 'nameKo', type: 'text' },
    { key: 'domain', type: 'text' },
    { key: 'headquarters', type: 'text' },
    { key: 'founded', type: 'year' },
    { key: 'role', type: 'select', options: NETWORK_ROLES },
    { key: 'membershipFeeKrw', type: 'money', wholeWon: true },
    { key: 'notes', type: 'longText' },
  ],
  actor: [
    { key: 'name', type: 'text' },
    { key: 'nameKo', type: 'text' },
    { key: 'actorType', type: 'select', options: ACTOR_TYPES },
    { key: 'notes', type: 'longText' },
  ],
  project: [
    { key: 'title', type: 'text' },
    { key: 'titleKo', type: 'text' },
    { key: 'domain', type: 'select', options: PROJECT_DOMAINS },
    { key: 'stage', type: 'select', options: STAGES },
    { key: 'country', type: 'country' },
    { key: 'city', type: 'text' },
    { key: 'client', type: 'text' },
    { key: 'startYear', type: 'year' },
    { key: 'endYear', type: 'year' },
    { key: 'budgetKrw', type: 'money', wholeWon: true },
    { key: 'fundingSource', type: 'select', options: FUNDING_SOURCES },
    { key: 'notes', type: 'longText' },
  ],
  // Raw input from a workshop, in whatever language it was said: one text, not a name pair.
  idea: [
    { key: 'text', type: 'text', maxLength: 1000 },
    { key: 'author', type: 'text', maxLength: 200 },
  ],
} as const satisfies Record<NodeKind, readonly FieldDef[]>;

/** The schema of a field's stored value, typed by what the field holds. */
export type FieldSchema<F extends FieldDef> = F extends {
  type: 'select';
  options: readonly (infer O)[];
}
  ? z.ZodType<O>
  : F extends { type: 'year' | 'money' | 'percent' | 'latitude' | 'longitude' }
    ? z.ZodType<number | null>
    : F extends { type: 'count' }
      ? z.ZodType<number>
      : z.ZodType<string>;

type ValueOf<F extends FieldDef> = z.infer<FieldSchema<F>>;

type DataOf<Fields extends readonly FieldDef[]> = {
  [F in Fields[number] as F['key']]: ValueOf<F>;
};

/** Node data: each kind's fields, and for projects their pipeline record as well. */
export type NodeDataByKind = {
  [K in NodeKind]: DataOf<(typeof NODE_FIELDS)[K]> &
    (K extends 'project' ? ProjectPipelineData : unknown) &
    (K extends 'partnerCity' | 'network' ? ExchangeLogData : unknown) &
    (K extends 'goal' ? GoalMeasureData : unknown);
};
export type GoalData = NodeDataByKind['goal'];
export type PartnerCityData = NodeDataByKind['partnerCity'];
export type NetworkData = NodeDataByKind['network'];
export type ActorData = NodeDataByKind['actor'];
export type ProjectData = NodeDataByKind['project'];
export type IdeaData = NodeDataByKind['idea'];
export type AnyNodeData = NodeDataByKind[NodeKind];

export function fieldsOf(kind: NodeKind): readonly FieldDef[] {
  return NODE_FIELDS[kind];
}

export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;
/** Longest text a field keeps; longer pastes are refused rather than silently cut. */
export const MAX_TEXT_LENGTH = 5000;
export const MAX_MONEY = 1e15;
/** A strategy's title, organization and author and its gate labels: their inputs stop at 500. */
export const MAX_LABEL_LENGTH = 500;

export type FieldError =
  | 'required'
  | 'year'
  | 'money'
  | 'percent'
  | 'count'
  | 'date'
  | 'noSuchDate'
  | 'yearOrder'
  | 'targetBeforeBaseline'
  | 'wholeWon'
  | 'latitude'
  | 'longitude'
  | 'country'
  | 'option'
  | 'tooLong'
  | 'control';
export type FieldResult =
  { ok: true; value: string | number | null } | { ok: false; error: FieldError };

const FIELD_ERRORS: readonly FieldError[] = [
  'required',
  'year',
  'money',
  'percent',
  'count',
  'date',
  'noSuchDate',
  'yearOrder',
  'targetBeforeBaseline',
  'wholeWon',
  'latitude',
  'longitude',
  'country',
  'option',
  'tooLong',
  'control',
];

/** The field error a schema issue stands for: the rules below give each check its code. */
export function fieldErrorOf(issue: { message: string }): FieldError | null {
  return (FIELD_ERRORS as readonly string[]).includes(issue.message)
    ? (issue.message as FieldError)
    : null;
}

/*
 * Characters no text may hold: they are invisible, break XML exports (which cannot carry most
 * of C0 even as references) or reorder what is shown around them (bidirectional overrides and
 * isolates, as in "Trojan Source" spoofing). Long texts keep tab and line breaks, written as
 * either LF or CRLF; single lines keep none of them.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_IN_LONG_TEXT =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

export function hasControlCharacters(text: string, multiline = false): boolean {
  return (multiline ? CONTROL_IN_LONG_TEXT : CONTROL_IN_LINE).test(text);
}

export interface TextRule {
  /** Tab and line breaks are allowed. */
  multiline?: boolean;
  /** Must hold more than blanks. */
  required?: boolean;
  maxLength?: number;
}

/** The one rule for stored text: length, control characters, and not blank when required. */
export function textSchema({
  multiline = false,
  required = false,
  maxLength = MAX_TEXT_LENGTH,
}: TextRule = {}) {
  const text = z
    .string()
    .max(maxLength, { error: 'tooLong' })
    .refine((value) => !hasControlCharacters(value, multiline), { error: 'control' });
  return required ? text.refine((value) => value.trim() !== '', { error: 'required' }) : text;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a typed date is whole as it stands: written as stored. "2018.7.1" is a day too, but
 * one typed a character at a time may still become "2018.7.15", so it is read on leaving; so is
 * an emptied field, which may be about to be typed again.
 */
export const isWholeDate = (text: string): boolean => ISO_DATE.test(text);

function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * A day as officers write it, in the form it is stored: 2018-07-01, 2018.7.1, 2018. 7. 1.,
 * 2018/7/1, 20180701 or 2018년 7월 1일 are all 2018-07-01. Anything else stays as typed, for
 * the field's rule to refuse.
 */
export function isoDateOf(text: string): string {
  const written =
    /^(\d{4})\s*(?:[-./]|년)\s*(\d{1,2})\s*(?:[-./]|월)\s*(\d{1,2})\s*[.일]?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!written) return text;
  const [, year, month, day] = written as unknown as [string, string, string, string];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * A day of the calendar as YYYY-MM-DD, or '' when `optional`: 2026-02-31 is refused, not rolled
 * over into March, and told apart from a date not written as one (it is written right).
 */
function dateSchema(optional: boolean) {
  return z.string({ error: 'date' }).superRefine((text, context) => {
    if (optional && text === '') return;
    if (!ISO_DATE.test(text)) context.addIssue({ code: 'custom', message: 'date' });
    else if (!isRealDate(text)) context.addIssue({ code: 'custom', message: 'noSuchDate' });
  });
}
export const calendarDateSchema = dateSchema(false);
export const optionalDateSchema = dateSchema(true);

function buildFieldSchema(field: FieldDef): z.ZodType {
  switch (field.type) {
    case 'text':
      return textSchema({
        required: field.required ?? false,
        maxLength: field.maxLength ?? MAX_TEXT_LENGTH,
      });
    case 'longText':
      return textSchema({ multiline: true });
    case 'year':
      return z
        .number({ error: 'year' })
        .int({ error: 'year' })
        .min(MIN_YEAR, { error: 'year' })
        .max(MAX_YEAR, { error: 'year' })
        .nullable();
    case 'money':
      return z
        .number({ error: 'money' })
        .min(0, { error: 'money' })
        .max(MAX_MONEY, { error: 'money' })
        .nullable();
    case 'percent':
      return z
        .number({ error: 'percent' })
        .min(0, { error: 'percent' })
        .max(100, { error: 'percent' })
        .nullable();
    case 'count':
      return z
        .number({ error: 'count' })
        .int({ error: 'count' })
        .min(field.min, { error: 'count' })
        .max(field.max, { error: 'count' });
    case 'date':
      return optionalDateSchema;
    case 'latitude':
    case 'longitude': {
      const limit = field.type === 'latitude' ? 90 : 180;
      return z
        .number({ error: field.type })
        .min(-limit, { error: field.type })
        .max(limit, { error: field.type })
        .nullable();
    }
    case 'country':
      return textSchema();
    case 'select':
      return z.enum(field.options as readonly [string, ...string[]], { error: 'option' });
  }
}

const schemas = new WeakMap<FieldDef, z.ZodType>();

/**
 * The one rule for a field's stored value. The inspector, CSV import and the file schema all
 * check values with it, so what one of them stores the others accept.
 */
export function fieldValueSchema<F extends FieldDef>(field: F): FieldSchema<F> {
  let schema = schemas.get(field);
  if (!schema) {
    schema = buildFieldSchema(field);
    schemas.set(field, schema);
  }
  return schema as FieldSchema<F>;
}

/** Field types whose text is digits and signs, read alike when an input method types them wide. */
const NUMERIC_TYPES: ReadonlySet<FieldDef['type']> = new Set([
  'year',
  'percent',
  'latitude',
  'longitude',
  'count',
  'money',
  'date',
]);

/**
 * A year as officers write it: 2007, 2007년 (or 2007년도), or a whole day, read as its year:
 * registers keep an agreement's year as the day it was signed (1996.5.27, 2010-11-15,
 * 2010년 11월 15일). A day the calendar does not have is no year either; "2020.5" is no day,
 * and stays the fraction the field refuses.
 */
function yearOfText(text: string): number {
  const withSuffix = /^(\d{4})\s*년\s*도?$/.exec(text);
  if (withSuffix) return Number(withSuffix[1]);
  // A day written month or day first (5/27/1996, 27.5.1996): whichever, its year is the last.
  const yearLast = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  if (yearLast) {
    const [a, b] = [Number(yearLast[1]), Number(yearLast[2])];
    const aDay = a >= 1 && a <= 31 && b >= 1 && b <= 12;
    const bDay = b >= 1 && b <= 31 && a >= 1 && a <= 12;
    return aDay || bDay ? Number(yearLast[3]) : Number.NaN;
  }
  const day = isoDateOf(text);
  if (ISO_DATE.test(day)) return isRealDate(day) ? Number(day.slice(0, 4)) : Number.NaN;
  return Number(text);
}

/** What was typed as the value it stands for, before the field's rule judges it. */
function valueOfText(field: FieldDef, typed: string): unknown {
  // A Korean or Japanese input method may give full-width digits (１９９０, ２０１８．７．１):
  // compatibility normalisation makes them the digits and signs they stand for.
  const text = NUMERIC_TYPES.has(field.type) ? typed.normalize('NFKC') : typed;
  switch (field.type) {
    case 'year':
      return text === '' ? null : yearOfText(text);
    case 'percent':
    case 'latitude':
    case 'longitude':
      return text === '' ? null : Number(text);
    case 'count':
      // Empty is not zero: NaN, which the field's rule refuses.
      return text === '' ? Number.NaN : Number(text);
    case 'money':
      // Not an amount: NaN, which the field's rule refuses.
      return text === '' ? null : (parseAmount(text) ?? Number.NaN);
    case 'country':
      return text === '' ? '' : countryCodeOf(text);
    case 'date':
      return isoDateOf(text);
    default:
      return text;
  }
}

/** The error a refused value gets when no check named one (a type the field cannot hold). */
const FALLBACK_ERROR: Record<FieldDef['type'], FieldError> = {
  text: 'control',
  longText: 'control',
  year: 'year',
  money: 'money',
  percent: 'percent',
  count: 'count',
  date: 'date',
  latitude: 'latitude',
  longitude: 'longitude',
  country: 'country',
  select: 'option',
};

/** Years of a record that come in order, and what a pair out of order is called. */
const YEAR_ORDERS: Record<string, { first: string; last: string; error: FieldError }> = {
  project: { first: 'startYear', last: 'endYear', error: 'yearOrder' },
  measure: { first: 'baselineYear', last: 'targetYear', error: 'targetBeforeBaseline' },
};

/**
 * A value that breaks a rule between a record's fields, checked where a value is typed or
 * imported: a project ends no earlier than it starts, and a measure's target comes no earlier
 * than its baseline. (Records stored before the rule are still read as they are.)
 */
export function crossFieldError(
  kind: string,
  data: Readonly<Record<string, unknown>>,
  key: string,
  value: unknown,
): FieldError | null {
  const order = YEAR_ORDERS[kind];
  if (!order || (key !== order.first && key !== order.last)) return null;
  const years: Record<string, unknown> = { ...data, [key]: value };
  const [first, last] = [years[order.first], years[order.last]];
  return typeof first === 'number' && typeof last === 'number' && last < first ? order.error : null;
}

/** Turns what a user typed into a field's value, or says why it cannot be stored. */
export function parseFieldInput(field: FieldDef, raw: string): FieldResult {
  const text = field.type === 'longText' ? raw : raw.trim();
  // Checked before reading the text as a number or date, whatever the field's type.
  if (text.length > MAX_TEXT_LENGTH) return { ok: false, error: 'tooLong' };
  const checked = fieldValueSchema(field).safeParse(valueOfText(field, text));
  if (checked.success) {
    const value = checked.data as string | number | null;
    // Checked where typed or imported only: amounts stored before the rule are read as they are.
    if (field.type === 'money' && field.wholeWon && typeof value === 'number')
      if (!Number.isInteger(value)) return { ok: false, error: 'wholeWon' };
    return { ok: true, value };
  }
  const [issue] = checked.error.issues;
  return { ok: false, error: (issue && fieldErrorOf(issue)) ?? FALLBACK_ERROR[field.type] };
}

/** The fields of a project's funding line, edited like node fields. */
export const FUNDING_LINE_FIELDS = [
  { key: 'source', type: 'select', options: FUNDING_SOURCES.filter((s) => s !== '') },
  { key: 'funder', type: 'text' },
  { key: 'amountKrw', type: 'money', wholeWon: true },
  { key: 'sharePercent', type: 'percent' },
] as const satisfies readonly FieldDef[];

/** The fields of an exchange in a partner's log, edited and imported like node fields. */
export const EXCHANGE_FIELDS = [
  { key: 'date', type: 'date' },
  { key: 'kind', type: 'select', options: EXCHANGE_KINDS },
  { key: 'who', type: 'text', maxLength: MAX_LABEL_LENGTH },
  { key: 'topic', type: 'text', maxLength: MAX_LABEL_LENGTH },
] as const satisfies readonly FieldDef[];

/** How the partner activity reads ties: what counts as recent, and when a promise has lapsed. */
export const ACTIVITY_SETTING_FIELDS = {
  recentYears: { key: 'recentYears', type: 'count', min: 1, max: 50 },
  followThroughMonths: { key: 'followThroughMonths', type: 'count', min: 1, max: 120 },
} as const satisfies Record<string, FieldDef>;

/** The fields of a goal's measure. Values are amounts: counts and sums, never below zero. */
export const MEASURE_FIELDS = [
  { key: 'name', type: 'text', maxLength: MAX_LABEL_LENGTH },
  { key: 'nameKo', type: 'text', maxLength: MAX_LABEL_LENGTH },
  { key: 'unit', type: 'text', maxLength: 50 },
  { key: 'source', type: 'select', options: MEASURE_SOURCES },
  { key: 'baselineYear', type: 'year' },
  { key: 'baselineValue', type: 'money' },
  { key: 'targetYear', type: 'year' },
  { key: 'targetValue', type: 'money' },
] as const satisfies readonly FieldDef[];

/** A yearly actual of a measure. */
export const ACTUAL_FIELDS = {
  year: { key: 'year', type: 'year' },
  value: { key: 'value', type: 'money' },
} as const satisfies Record<string, FieldDef>;

/** A strategy's own texts, checked by the same rules as node fields. Its title is a name too. */
export const STRATEGY_FIELDS = {
  title: { key: 'title', type: 'text', maxLength: MAX_LABEL_LENGTH },
  titleKo: { key: 'titleKo', type: 'text', maxLength: MAX_LABEL_LENGTH },
  organization: { key: 'organization', type: 'text', maxLength: MAX_LABEL_LENGTH },
  author: { key: 'author', type: 'text', maxLength: MAX_LABEL_LENGTH },
} as const satisfies Record<string, FieldDef>;

/** The details a plan's cover carries, edited in "Strategy details". */
export const STRATEGY_DETAIL_FIELDS = {
  department: { key: 'department', type: 'text', maxLength: MAX_LABEL_LENGTH },
  departmentKo: { key: 'departmentKo', type: 'text', maxLength: MAX_LABEL_LENGTH },
  planFirstYear: { key: 'planFirstYear', type: 'year' },
  planLastYear: { key: 'planLastYear', type: 'year' },
  documentVersion: { key: 'documentVersion', type: 'text', maxLength: 50 },
  documentDate: { key: 'documentDate', type: 'date' },
  classification: { key: 'classification', type: 'text', maxLength: MAX_LABEL_LENGTH },
  classificationKo: { key: 'classificationKo', type: 'text', maxLength: MAX_LABEL_LENGTH },
} as const satisfies Record<string, FieldDef>;

/** The city a strategy is the diplomacy of: where the map's arcs start. */
export const HOME_CITY_FIELDS = {
  name: { key: 'name', type: 'text', maxLength: MAX_LABEL_LENGTH },
  nameKo: { key: 'nameKo', type: 'text', maxLength: MAX_LABEL_LENGTH },
  country: { key: 'country', type: 'country' },
  latitude: { key: 'latitude', type: 'latitude' },
  longitude: { key: 'longitude', type: 'longitude' },
} as const satisfies Record<string, FieldDef>;

/** The two labels of a gate item, one per language. */
export const GATE_ITEM_FIELDS = {
  label: { key: 'label', type: 'text', maxLength: MAX_LABEL_LENGTH },
  labelKo: { key: 'labelKo', type: 'text', maxLength: MAX_LABEL_LENGTH },
} as const satisfies Record<string, FieldDef>;

/**
 * Shows a stored value in an input as it may be typed back: amounts with their thousands
 * separated, a country by its name in the UI language.
 */
export function formatFieldValue(field: FieldDef, value: unknown, language: Language): string {
  if (value === null || value === undefined) return '';
  if (field.type === 'money' && typeof value === 'number') return formatAmount(value);
  if (field.type === 'country' && typeof value === 'string') return countryLabel(value, language);
  return String(value);
}
