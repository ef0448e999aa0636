import { z } from 'zod';
import { fieldValueSchema, HOME_CITY_FIELDS, STRATEGY_DETAIL_FIELDS } from './fields';
import type { Language } from './graph';
import { shownName } from './names';

/**
 * What a plan's cover says beside its title, organization and author. Every field may be left
 * empty: a draft has no version yet, and a plan may have no fixed period.
 */
export interface StrategyDetails {
  department: string;
  /** The department in Korean, for the Korean plan; either language stands in for the other. */
  departmentKo: string;
  planFirstYear: number | null;
  planLastYear: number | null;
  documentVersion: string;
  /** The date the plan carries (YYYY-MM-DD), or '' for the day it is printed. */
  documentDate: string;
  /** A line such as "For internal review", printed on the cover and every page's footer. */
  classification: string;
  classificationKo: string;
}

/** The city whose diplomacy the strategy plans; the world map draws its ties from here. */
export interface HomeCity {
  name: string;
  nameKo: string;
  /** An ISO 3166-1 alpha-2 code, or '' when not known. */
  country: string;
  latitude: number | null;
  longitude: number | null;
}

export const EMPTY_DETAILS: StrategyDetails = {
  department: '',
  departmentKo: '',
  planFirstYear: null,
  planLastYear: null,
  documentVersion: '',
  documentDate: '',
  classification: '',
  classificationKo: '',
};

export const strategyDetailsSchema = z
  .object({
    department: fieldValueSchema(STRATEGY_DETAIL_FIELDS.department),
    // Added within file version 5 and schema 6: details stored before them read as empty.
    departmentKo: fieldValueSchema(STRATEGY_DETAIL_FIELDS.departmentKo).default(''),
    planFirstYear: fieldValueSchema(STRATEGY_DETAIL_FIELDS.planFirstYear),
    planLastYear: fieldValueSchema(STRATEGY_DETAIL_FIELDS.planLastYear),
    documentVersion: fieldValueSchema(STRATEGY_DETAIL_FIELDS.documentVersion),
    documentDate: fieldValueSchema(STRATEGY_DETAIL_FIELDS.documentDate),
    classification: fieldValueSchema(STRATEGY_DETAIL_FIELDS.classification),
    classificationKo: fieldValueSchema(STRATEGY_DETAIL_FIELDS.classificationKo).default(''),
  })
  .refine(
    ({ planFirstYear, planLastYear }) =>
      planFirstYear === null || planLastYear === null || planFirstYear <= planLastYear,
    { error: 'The plan’s last year comes before its first year.', path: ['planLastYear'] },
  );

export const homeCitySchema = z.object({
  name: fieldValueSchema(HOME_CITY_FIELDS.name),
  nameKo: fieldValueSchema(HOME_CITY_FIELDS.nameKo),
  country: fieldValueSchema(HOME_CITY_FIELDS.country),
  latitude: fieldValueSchema(HOME_CITY_FIELDS.latitude),
  longitude: fieldValueSchema(HOME_CITY_FIELDS.longitude),
});

/**
 * A strategy's details, empty where it was stored before it had them: a whole record from
 * before details, or one from before the Korean department and classification.
 */
export function detailsOf(meta: { details?: Partial<StrategyDetails> }): StrategyDetails {
  return { ...EMPTY_DETAILS, ...meta.details };
}

/** The department in a document's language, the other language's where it has none. */
export function departmentIn(details: StrategyDetails, language: Language): string {
  return shownName({ en: details.department, ko: details.departmentKo }, language).text;
}

/** The classification in a document's language, the other language's where it has none. */
export function classificationIn(details: StrategyDetails, language: Language): string {
  return shownName({ en: details.classification, ko: details.classificationKo }, language).text;
}

/** "2019–2022", "2019–", or '' when the plan has no period. */
export function planPeriodText({ planFirstYear, planLastYear }: StrategyDetails): string {
  if (planFirstYear === null && planLastYear === null) return '';
  return `${planFirstYear ?? ''}–${planLastYear ?? ''}`;
}
