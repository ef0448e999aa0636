import type { StrategyMeta } from '../model/graph';
import { DEFAULT_ACTIVITY_SETTINGS, type ActivitySettings } from './types';

/**
 * The day a strategy is read as of: its own as-of date when it has one, so a plan written in
 * 2018 shows days in stage and dormancy as they were then, and otherwise today.
 */
export function asOfDate(meta: Pick<StrategyMeta, 'asOf'> | null | undefined, today: string) {
  return meta?.asOf || today;
}

export function activitySettingsOf(
  meta: Pick<StrategyMeta, 'activity'> | null | undefined,
): ActivitySettings {
  return meta?.activity ?? DEFAULT_ACTIVITY_SETTINGS;
}
