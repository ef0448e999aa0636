import { damageInEdit } from '../../shared/format/storedRecords';
import { EMPTY_CHANGE, type GraphChange, type GraphLookup } from '../../shared/model/change';
import type { StrategyMeta } from '../../shared/model/graph';
import { nodeNames } from '../../shared/model/nodes';
import { recordMessage } from './damagedMessage';
import type { AppState } from './types';

/** What a change to the strategy's record alone is checked against: no cards. */
const EMPTY_LOOKUP: GraphLookup = { node: () => undefined, edge: () => undefined };

/**
 * True, with the user told which record and field, when an edit would write what the app could
 * not read back: saved, it would leave the strategy damaged, refused for export and copying.
 * Checked once for every edit, so no action's own checks need be complete. Only what the edit
 * adds is refused: a fault the strategy was opened with stays for the user to correct. `before`
 * is the strategy as the edit finds it, as `commit` already looks it up.
 */
export function refuseUnsavable(
  state: AppState,
  {
    change = EMPTY_CHANGE,
    before = EMPTY_LOOKUP,
    meta,
  }: { change?: GraphChange; before?: GraphLookup; meta?: StrategyMeta },
): boolean {
  const namesOf = (id: string) => {
    const node = before.node(id);
    return node ? nodeNames(node) : { en: '', ko: '' };
  };
  const metaChange = meta && { before: state.openMeta ?? undefined, after: meta };
  const damage = damageInEdit(change, before, metaChange, namesOf);
  if (!damage) return false;
  state.showNotice({
    tone: 'error',
    key: 'editUnsavable',
    values: { record: recordMessage(damage, state.language) },
  });
  return true;
}
