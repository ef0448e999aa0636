import { z } from 'zod';
import {
  ACTIVITY_SETTING_FIELDS,
  ACTUAL_FIELDS,
  calendarDateSchema,
  optionalDateSchema,
  EXCHANGE_FIELDS,
  fieldValueSchema,
  MAX_YEAR,
  MEASURE_FIELDS,
  MIN_YEAR,
  textSchema,
  type FieldDef,
} from '../model/fields';
import type { ActivitySettings, Exchange, Measure } from '../activity/types';

// Exchange logs, measures and how a strategy reads them, in a file. Every value is checked by
// the rule its field has in the inspector (model/fields.ts).

export const MAX_EXCHANGES = 2000;
export const MAX_MEASURES = 50;
/** One actual a year, for every year a year field takes: as many as the inspector can make. */
export const MAX_ACTUALS = MAX_YEAR - MIN_YEAR + 1;

/** The limit of a partner's exchange log in a file, and what it allows. */
export interface ExchangeLimit {
  limit: 'exchanges';
  maximum: number;
}

/** Null while a log of `count` exchanges still fits a file: longer, the partner's record would not. */
export function exchangeLimitPassed(count: number): ExchangeLimit | null {
  return count > MAX_EXCHANGES ? { limit: 'exchanges', maximum: MAX_EXCHANGES } : null;
}

/** The limit of a goal's measures in a file, and what it allows. */
export interface MeasureLimit {
  limit: 'measures';
  maximum: number;
}

/** Null while a goal with `count` measures still fits a file: with more, its record would not. */
export function measureLimitPassed(count: number): MeasureLimit | null {
  return count > MAX_MEASURES ? { limit: 'measures', maximum: MAX_MEASURES } : null;
}

const id = textSchema({ maxLength: 200 }).min(1);

function fieldsShape(fields: readonly FieldDef[]): Record<string, z.ZodType> {
  return Object.fromEntries(fields.map((field) => [field.key, fieldValueSchema(field)]));
}

export const exchangeSchema = z.object({
  id,
  ...fieldsShape(EXCHANGE_FIELDS),
  // Unlike the field, which may be left empty while typing, a logged exchange has a day.
  date: calendarDateSchema,
  followUp: z.boolean(),
  projectId: z.union([z.literal(''), id]),
}) as unknown as z.ZodType<Exchange>;

const actualSchema = z.object({
  // An actual without its year or value is no actual: both must be there.
  year: fieldValueSchema(ACTUAL_FIELDS.year).refine((v) => v !== null, { error: 'year' }),
  value: fieldValueSchema(ACTUAL_FIELDS.value).refine((v) => v !== null, { error: 'money' }),
});

export const measureSchema = z.object({
  id,
  ...fieldsShape(MEASURE_FIELDS),
  actuals: z.array(actualSchema).max(MAX_ACTUALS),
}) as unknown as z.ZodType<Measure>;

/** A partner's log; a record from before logs has an empty one. */
export const exchangeLogShape = {
  exchanges: z.array(exchangeSchema).max(MAX_EXCHANGES).default([]),
};

/** A goal's measures; a record from before measures has none. */
export const goalMeasuresShape = {
  measures: z.array(measureSchema).max(MAX_MEASURES).default([]),
};

export const activitySettingsSchema = z.object({
  recentYears: fieldValueSchema(ACTIVITY_SETTING_FIELDS.recentYears),
  followThroughMonths: fieldValueSchema(ACTIVITY_SETTING_FIELDS.followThroughMonths),
}) satisfies z.ZodType<ActivitySettings>;

/** The as-of date: a day, or '' for today. */
export const asOfSchema = optionalDateSchema;
