import type { FUNDING_SOURCES, Stage } from '../model/vocabulary';

/** One step of a project through the pipeline. `from` is null for where its record starts. */
export interface StageChange {
  /** YYYY-MM-DD */
  date: string;
  from: Stage | null;
  to: Stage;
  note: string;
  /**
   * Set when the project moved on although items of a gate were not checked: the items' labels
   * in English, and in Korean where the move was recorded with them (see gateOverride).
   */
  override?: { reason: string; unmet: string[]; unmetKo?: string[] };
}

export type FundingSource = Exclude<(typeof FUNDING_SOURCES)[number], ''>;

export interface FundingLine {
  id: string;
  source: FundingSource;
  /** Who exactly: the named MDB, ministry or firm. */
  funder: string;
  amountKrw: number | null;
  sharePercent: number | null;
}

/** The pipeline record a project carries besides its fields (a type, so it fits React Flow's node data). */
export type ProjectPipelineData = {
  history: StageChange[];
  funding: FundingLine[];
  /** Ids of the gate items checked for this project. */
  gateChecks: string[];
};

export interface GateItem {
  id: string;
  label: string;
  labelKo: string;
}

export type Gates = Record<Stage, GateItem[]>;

/** A strategy's pipeline rules, editable by its planners. */
export interface PipelineSettings {
  stalledAfterDays: number;
  gates: Gates;
}
