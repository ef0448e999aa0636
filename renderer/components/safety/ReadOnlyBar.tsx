import { useT } from '../../i18n';
import { selectReadOnly } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';

/**
 * Says why nothing can be changed here, and hands editing over on request. A live session's
 * viewer is read-only by the server's say, as is everyone while the facilitator locks editing:
 * no window of theirs can take editing over.
 */
export function ReadOnlyBar() {
  const t = useT();
  const readOnly = useApp(selectReadOnly);
  const viewer = useApp((s) => s.live?.role === 'viewer');
  const locked = useApp((s) => s.liveWorkshop?.locked === true && s.live?.role !== 'facilitator');
  const editHere = useApp((s) => s.editHere);
  if (!readOnly) return null;
  return (
    <div className="read-only-bar" role="status">
      <span>{t(viewer ? 'liveViewerBanner' : locked ? 'editingLocked' : 'readOnlyBanner')}</span>
      {!viewer && !locked && (
        <button className="primary" onClick={() => void editHere()}>
          {t('editHere')}
        </button>
      )}
    </div>
  );
}
