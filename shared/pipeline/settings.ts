import { STAGES } from '../model/vocabulary';
import type { Gates } from './types';

export const MIN_STALLED_DAYS = 1;
export const MAX_STALLED_DAYS = 10_000;

/** The stall threshold a user typed, or null when it is not a whole number of days in range. */
export function parseStalledAfterDays(text: string): number | null {
  const days = Number(text.trim());
  return text.trim() !== '' &&
    Number.isInteger(days) &&
    days >= MIN_STALLED_DAYS &&
    days <= MAX_STALLED_DAYS
    ? days
    : null;
}

/** Gate items left without text in either language are dropped rather than kept as blank checks. */
export function withoutBlankItems(gates: Gates): Gates {
  return Object.fromEntries(
    STAGES.map((stage) => [
      stage,
      gates[stage].filter((item) => item.label.trim() !== '' || item.labelKo.trim() !== ''),
    ]),
  ) as Gates;
}
