import { z } from 'zod';
import { fieldValueSchema, HOME_CITY_FIELDS, STRATEGY_DETAIL_FIELDS } from './fields';

/**
 * What a plan's cover says beside its title, organization and author. Every field may be left
 * empty: a draft has no version yet, and a plan may have no fixed period.
 */
export interface StrategyDetails {
  department: string;
  planFirstYear: number | null;
  planLastYear: number | null;
  documentVersion: string;
  /** The date the plan carries (YYYY-MM-DD), or '' for the day it is printed. */
  documentDate: string;
  /** A line such as "For internal review", printed on the cover and every page's footer. */
  classification: string;
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
  planFirstYear: null,
  planLastYear: null,
  documentVersion: '',
  documentDate: '',
  classification: '',
};

export const strategyDetailsSchema = z
  .object({
    department: fieldValueSchema(STRATEGY_DETAIL_FIELDS.department),
    planFirstYear: fieldValueSchema(STRATEGY_DETAIL_FIELDS.planFirstYear),
    planLastYear: fieldValueSchema(STRATEGY_DETAIL_FIELDS.planLastYear),
    documentVersion: fieldValueSchema(STRATEGY_DETAIL_FIELDS.documentVersion),
    documentDate: fieldValueSchema(STRATEGY_DETAIL_FIELDS.documentDate),
    classification: fieldValueSchema(STRATEGY_DETAIL_FIELDS.classification),
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

/** A strategy's details, the empty ones where it was stored before it had any. */
export function detailsOf(meta: { details?: StrategyDetails }): StrategyDetails {
  return meta.details ?? EMPTY_DETAILS;
}

/** "2019–2022", "2019–", or '' when the plan has no period. */
export function planPeriodText({ planFirstYear, planLastYear }: StrategyDetails): string {
  if (planFirstYear === null && planLastYear === null) return '';
  return `${planFirstYear ?? ''}–${planLastYear ?? ''}`;
}
