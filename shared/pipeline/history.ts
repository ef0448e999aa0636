import type { Language } from '../model/graph';
import type { Stage } from '../model/vocabulary';
import type { GateItem, ProjectPipelineData, StageChange } from './types';

const DAY_MS = 86_400_000;

/** Stage moves are dated by the user's calendar day, not by UTC's. */
export { localIsoDate as isoDate } from '../model/localDate';

/** Moves a project to a stage and records the move; the same stage records nothing. */
export function recordStageChange<D extends ProjectPipelineData & { stage: Stage }>(
  data: D,
  to: Stage,
  change: Omit<StageChange, 'from' | 'to'>,
): D {
  if (data.stage === to) return data;
  return { ...data, stage: to, history: [...data.history, { ...change, from: data.stage, to }] };
}

/**
 * What a move past unchecked gate items records: the items in both languages, so the history
 * reads in the language of whoever opens it, not in that of whoever made the move.
 */
export function gateOverride(
  reason: string,
  unmet: readonly GateItem[],
): NonNullable<StageChange['override']> {
  return {
    reason,
    unmet: unmet.map((item) => item.label || item.labelKo),
    unmetKo: unmet.map((item) => item.labelKo || item.label),
  };
}

/** The unchecked items of a move, in `language` where the record has them in it. */
export function unmetLabels(
  override: NonNullable<StageChange['override']>,
  language: Language,
): string[] {
  return language === 'ko' && override.unmetKo ? override.unmetKo : override.unmet;
}

/** When the project entered its current stage, or null when its record does not say. */
export function stageEnteredOn(data: ProjectPipelineData & { stage: Stage }): string | null {
  for (let i = data.history.length - 1; i >= 0; i--) {
    const change = data.history[i]!;
    if (change.to === data.stage) return change.date;
  }
  return null;
}

export function daysInStage(
  data: ProjectPipelineData & { stage: Stage },
  today: string,
): number | null {
  const entered = stageEnteredOn(data);
  if (!entered) return null;
  return Math.max(0, Math.floor((Date.parse(today) - Date.parse(entered)) / DAY_MS));
}

/**
 * A project is stalled when it has sat in one stage longer than the threshold. The last stage,
 * feedback, is ongoing care rather than a wait, so it never stalls.
 */
export function isStalled(
  data: ProjectPipelineData & { stage: Stage },
  today: string,
  stalledAfterDays: number,
): boolean {
  if (data.stage === 'feedback') return false;
  const days = daysInStage(data, today);
  return days !== null && days > stalledAfterDays;
}
