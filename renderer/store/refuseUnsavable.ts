import { damageInEdit } from '../../shared/format/storedRecords';
import { EMPTY_CHANGE, type GraphChange } from '../../shared/model/change';
import type { StrategyMeta } from '../../shared/model/graph';
import { nodeNames } from '../../shared/model/nodes';
import { recordMessage } from './damagedMessage';
import { indexById, toStrategyEdge, toStrategyNode } from './flow';
import type { AppState } from './types';

/**
 * True, with the user told which record and field, when an edit would write what the app could
 * not read back: saved, it would leave the strategy damaged, refused for export and copying.
 * Checked once for every edit, so no action's own checks need be complete. Only what the edit
 * adds is refused: a fault the strategy was opened with stays for the user to correct.
 */
export function refuseUnsavable(
  state: AppState,
  { change = EMPTY_CHANGE, meta }: { change?: GraphChange; meta?: StrategyMeta },
): boolean {
  const nodeOf = (id: string) => {
    const node = indexById(state.nodes).get(id);
    return node && toStrategyNode(node);
  };
  const before = {
    node: nodeOf,
    edge: (id: string) => {
      const edge = indexById(state.edges).get(id);
      return edge && toStrategyEdge(edge);
    },
  };
  const namesOf = (id: string) => {
    const node = nodeOf(id);
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
