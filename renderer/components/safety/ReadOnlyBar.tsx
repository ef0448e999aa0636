import { useT } from '../../i18n';
import { selectReadOnly } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';

/** Says why nothing can be changed here, and hands editing over on request. */
export function ReadOnlyBar() {
  const t = useT();
  const readOnly = useApp(selectReadOnly);
  const editHere = useApp((s) => s.editHere);
  if (!readOnly) return null;
  return (
    <div className="read-only-bar" role="status">
      <span>{t('readOnlyBanner')}</span>
      <button className="primary" onClick={() => void editHere()}>
        {t('editHere')}
      </button>
    </div>
  );
}
