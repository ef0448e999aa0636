import type { Translate } from '../i18n/translate';
import type { Language, StrategyNode } from '../model/graph';
import { displayName } from '../model/nodes';
import type { GapList } from './summary';

/**
 * Names run into one paragraph of the printed plan or its Word copy, a dot between them. The
 * space before each dot does not break, so a wrapped line never starts with one.
 */
export const RUN_IN_SEPARATOR = '\u00a0· ';

export function runIn(items: readonly string[]): string {
  return items.join(RUN_IN_SEPARATOR);
}

/** Nodes by name, in the language read, run into one paragraph. */
export function runInNames(nodes: readonly StrategyNode[], language: Language): string {
  return runIn(nodes.map((node) => displayName(node, language)));
}

/** A summary's gap: the first nodes named, then how many more there are. */
export function gapNames(
  gap: GapList,
  byId: ReadonlyMap<string, StrategyNode>,
  language: Language,
  t: Translate,
): string {
  const named = gap.ids.map((id) => byId.get(id)).filter((node) => node !== undefined);
  const more = gap.count - gap.ids.length;
  return runIn([
    ...named.map((node) => displayName(node, language)),
    ...(more > 0 ? [t('summaryMoreGaps', { count: more })] : []),
  ]);
}
