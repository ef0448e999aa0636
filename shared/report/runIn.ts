import type { Translate } from '../i18n/translate';
import type { StrategyNode } from '../model/graph';
import type { ListedNames } from './listedNames';
import type { GapList } from './summary';

/**
 * Names run into one paragraph of the printed plan or its Word copy, a dot between them. The
 * space before each dot does not break, so a wrapped line never starts with one.
 */
export const RUN_IN_SEPARATOR = '\u00a0· ';

export function runIn(items: readonly string[]): string {
  return items.join(RUN_IN_SEPARATOR);
}

/** Nodes by name as the plan lists them, run into one paragraph. */
export function runInNames(nodes: readonly StrategyNode[], names: ListedNames): string {
  return runIn(nodes.map(names.label));
}

/** A summary's gap: the first nodes named, then how many more there are. */
export function gapNames(
  gap: GapList,
  byId: ReadonlyMap<string, StrategyNode>,
  names: ListedNames,
  t: Translate,
): string {
  const named = gap.ids.map((id) => byId.get(id)).filter((node) => node !== undefined);
  const more = gap.count - gap.ids.length;
  return runIn([
    ...named.map(names.label),
    ...(more > 0 ? [t('summaryMoreGaps', { count: more })] : []),
  ]);
}
