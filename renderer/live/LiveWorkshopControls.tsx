import { useT } from '../i18n';
import { useApp } from '../store/StoreContext';
import type { AppState } from '../store/types';

const selectFacilitator = (s: AppState) => s.live?.role === 'facilitator';
const selectPrivate = (s: AppState) => s.liveWorkshop?.privateRound != null;
const selectLocked = (s: AppState) => s.liveWorkshop?.locked === true;
const selectShared = (s: AppState) => s.liveWorkshop !== null;

/**
 * Running the room: a private idea round and its reveal, and the lock on everyone else's
 * editing. Participants see that a private round is on; a lock shows in the read-only bar.
 */
export function LiveWorkshopControls() {
  const t = useT();
  const shared = useApp(selectShared);
  const facilitator = useApp(selectFacilitator);
  const privateMode = useApp(selectPrivate);
  const locked = useApp(selectLocked);
  const setPrivateMode = useApp((s) => s.setPrivateMode);
  const revealIdeas = useApp((s) => s.revealIdeas);
  const setEditingLocked = useApp((s) => s.setEditingLocked);
  if (!shared) return null;
  if (!facilitator)
    return privateMode ? (
      <span className="live-workshop-note" role="note">
        {t('privateModeHint')}
      </span>
    ) : null;
  return (
    <div className="toolbar-group live-workshop" role="group" aria-label={t('workshop')}>
      <button aria-pressed={privateMode} onClick={() => setPrivateMode(!privateMode)}>
        {t('privateMode')}
      </button>
      <button onClick={revealIdeas} disabled={!privateMode}>
        {t('revealIdeas')}
      </button>
      <button
        aria-pressed={locked}
        onClick={() => setEditingLocked(!locked)}
        title={locked ? t('editingLockedForOthers') : undefined}
      >
        {t('lockEditing')}
      </button>
    </div>
  );
}
