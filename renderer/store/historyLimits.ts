import type { GraphChange } from '../../shared/model/change';

/** Undo steps kept: more than anyone walks back through, so a long session's history stays small. */
export const HISTORY_STEPS = 200;

/**
 * Node and edge records the undo steps hold together, counted both ways (as they were and as
 * they became). A layout of a large strategy puts every node in its step twice: by steps alone,
 * a session of layouts would hold hundreds of megabytes. The newest step is kept whatever its size.
 */
export const HISTORY_RECORDS = 100_000;

export interface HistoryLimits {
  steps: number;
  records: number;
}

interface Step {
  forward: GraphChange;
  backward: GraphChange;
}

const recordsOf = (change: GraphChange) =>
  change.putNodes.length +
  change.removeNodeIds.length +
  change.putEdges.length +
  change.removeEdgeIds.length;

const recordsIn = (step: Step): number => recordsOf(step.forward) + recordsOf(step.backward);

/** `steps`, oldest first, without the oldest ones past either limit; the newest always stays. */
export function withinHistoryLimits<T extends Step>(
  steps: readonly T[],
  limits: HistoryLimits = { steps: HISTORY_STEPS, records: HISTORY_RECORDS },
): T[] {
  let first = Math.max(0, steps.length - limits.steps);
  let records = 0;
  for (let at = steps.length - 1; at >= first; at--) {
    records += recordsIn(steps[at]!);
    if (records > limits.records && at < steps.length - 1) {
      first = at + 1;
      break;
    }
  }
  return steps.slice(first);
}
