import {
  fieldErrorOf,
  parseFieldInput,
  STRATEGY_DETAIL_FIELDS,
  STRATEGY_FIELDS,
  type FieldDef,
  type FieldError,
} from './fields';
import type { StrategyMeta } from './graph';
import {
  homeCitySchema,
  strategyDetailsSchema,
  type HomeCity,
  type StrategyDetails,
} from './strategyDetails';

/** The text inputs of "Strategy details", each as typed. */
export const DETAILS_FORM_KEYS = [
  'title',
  'titleKo',
  'organization',
  'author',
  'department',
  'departmentKo',
  'planFirstYear',
  'planLastYear',
  'documentVersion',
  'documentDate',
  'classification',
  'classificationKo',
  'asOf',
] as const;
export type DetailsFormKey = (typeof DETAILS_FORM_KEYS)[number];

export type StrategyDetailsInput = Record<DetailsFormKey, string> & { home: HomeCity | null };

/** Why a field was refused: a field rule, or a plan that ends before it starts. */
export type DetailsError = FieldError | 'planYears' | 'homeCity';

export type StrategyDetailsPatch = Pick<
  StrategyMeta,
  'title' | 'titleKo' | 'organization' | 'author' | 'asOf'
> & { details: StrategyDetails; home: HomeCity | null };

export type StrategyDetailsResult =
  | { ok: true; patch: StrategyDetailsPatch }
  | { ok: false; errors: Partial<Record<DetailsFormKey | 'home', DetailsError>> };

/** The day activity and days in stage are read as of; empty for today (see asOfDate). */
export const AS_OF_FIELD = { key: 'asOf', type: 'date' } as const satisfies FieldDef;

const FIELD_OF = { ...STRATEGY_FIELDS, ...STRATEGY_DETAIL_FIELDS, asOf: AS_OF_FIELD };

/** The form's texts as they were stored, for the dialog to start from. */
export function detailsFormOf(meta: StrategyMeta): StrategyDetailsInput {
  const details = meta.details;
  const year = (value: number | null | undefined) => (value == null ? '' : String(value));
  return {
    title: meta.title,
    titleKo: meta.titleKo,
    organization: meta.organization,
    author: meta.author,
    asOf: meta.asOf ?? '',
    department: details?.department ?? '',
    departmentKo: details?.departmentKo ?? '',
    planFirstYear: year(details?.planFirstYear),
    planLastYear: year(details?.planLastYear),
    documentVersion: details?.documentVersion ?? '',
    documentDate: details?.documentDate ?? '',
    classification: details?.classification ?? '',
    classificationKo: details?.classificationKo ?? '',
    home: meta.home ?? null,
  };
}

/**
 * Reads the whole form by the same field rules the file format checks (STRATEGY_FIELDS,
 * STRATEGY_DETAIL_FIELDS, strategyDetailsSchema): all of it is stored, or none of it.
 */
export function parseStrategyDetails(input: StrategyDetailsInput): StrategyDetailsResult {
  const errors: Partial<Record<DetailsFormKey | 'home', DetailsError>> = {};
  const values: Partial<Record<DetailsFormKey, string | number | null>> = {};
  for (const key of DETAILS_FORM_KEYS) {
    const parsed = parseFieldInput(FIELD_OF[key], input[key]);
    if (parsed.ok) values[key] = parsed.value;
    else errors[key] = parsed.error;
  }
  if (input.home !== null && !homeCitySchema.safeParse(input.home).success)
    errors.home = 'homeCity';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const checked = strategyDetailsSchema.safeParse({
    department: values.department,
    departmentKo: values.departmentKo,
    planFirstYear: values.planFirstYear,
    planLastYear: values.planLastYear,
    documentVersion: values.documentVersion,
    documentDate: values.documentDate,
    classification: values.classification,
    classificationKo: values.classificationKo,
  });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const key = issue.path[0] as DetailsFormKey;
      errors[key] = fieldErrorOf(issue) ?? 'planYears';
    }
    return { ok: false, errors };
  }
  return {
    ok: true,
    patch: {
      title: String(values.title),
      titleKo: String(values.titleKo),
      organization: String(values.organization),
      author: String(values.author),
      // None stored is today, as an empty one is: saving the form unchanged changes nothing.
      asOf: values.asOf ? String(values.asOf) : undefined,
      details: checked.data,
      home: input.home,
    },
  };
}
