import { useT } from '../../i18n';
import { selectOpenMeta, selectSaveError, selectSaveState } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';

/**
 * Stays up for as long as anything is not in the database, whatever view is shown, with the
 * two ways out: retry at once, or keep the strategy as a file.
 */
export function SaveProblemBar() {
  const t = useT();
  const saveState = useApp(selectSaveState);
  const saveError = useApp(selectSaveError);
  const openMeta = useApp(selectOpenMeta);
  const retrySaving = useApp((s) => s.retrySaving);
  const exportStrategyFile = useApp((s) => s.exportStrategyFile);
  if (saveState !== 'failed') return null;
  return (
    <div className="save-problem" role="alert">
      <strong>{t('notSavedRetrying')}</strong>
      <span>{t('unsavedExplained')}</span>
      {saveError && <small className="save-problem-detail">{saveError}</small>}
      <button className="primary" onClick={() => void retrySaving()}>
        {t('retryNow')}
      </button>
      {openMeta && <button onClick={() => void exportStrategyFile()}>{t('exportUnsaved')}</button>}
    </div>
  );
}
