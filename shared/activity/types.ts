import type { ExchangeKind, MeasureSource } from '../model/vocabulary';

/** One dated contact with a partner city or network: a visit, an agreement, a forum… */
export interface Exchange {
  id: string;
  kind: ExchangeKind;
  /** YYYY-MM-DD */
  date: string;
  /** Who took part: the mayor, a bureau, a delegation. */
  who: string;
  topic: string;
  /** Someone said there would be a next step. */
  followUp: boolean;
  /** The project the exchange led to; '' for none. */
  projectId: string;
}

/** What a partner city or network carries besides its fields (a type, so it fits React Flow's node data). */
export type ExchangeLogData = {
  /** Absent in records from before the log; read as none. */
  exchanges?: Exchange[];
};

export interface Actual {
  year: number;
  value: number;
}

/** A figure a goal is measured by, with where it started and where it should get to. */
export interface Measure {
  id: string;
  name: string;
  nameKo: string;
  unit: string;
  source: MeasureSource;
  baselineYear: number | null;
  baselineValue: number | null;
  targetYear: number | null;
  targetValue: number | null;
  /** Typed-in yearly values; computed measures ignore them. */
  actuals: Actual[];
}

export type GoalMeasureData = {
  /** Absent in records from before measures; read as none. */
  measures?: Measure[];
};

/** How a strategy judges its ties; kept with the strategy. */
export interface ActivitySettings {
  /** The window "exchanges in the last N years" counts. */
  recentYears: number;
  /** A promised follow-up with no project after this many months is a gap. */
  followThroughMonths: number;
}

export const DEFAULT_ACTIVITY_SETTINGS: ActivitySettings = {
  recentYears: 3,
  followThroughMonths: 6,
};
