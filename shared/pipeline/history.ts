import type { Stage } from '../model/vocabulary';
import type { ProjectPipelineData, StageChange } from './types';

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
