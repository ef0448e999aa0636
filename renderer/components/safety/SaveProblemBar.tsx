import { useT } from '../../i18n';
import { selectSaveError, selectSaveFailed, selectStrategyOpen } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';

/**
 * Stays up for as long as anything is not in the database, whatever view is shown, with the
 * two ways out: retry at once, or keep the strategy as a file.
 */
export function SaveProblemBar() {
  const t = useT();
  const failed = useApp(selectSaveFailed);
  const saveError = useApp(selectSaveError);
  const strategyOpen = useApp(selectStrategyOpen);
  const retrySaving = useApp((s) => s.retrySaving);
  const exportStrategyFile = useApp((s) => s.exportStrategyFile);
  if (!failed) return null;
  return (
    <div className="save-problem" role="alert">
      <strong>{t('notSavedRetrying')}</strong>
      <span>{t('unsavedExplained')}</span>
      {saveError && <small className="save-problem-detail">{saveError}</small>}
      <button className="primary" onClick={() => void retrySaving()}>
        {t('retryNow')}
      </button>
      {strategyOpen && (
        <button onClick={() => void exportStrategyFile()}>{t('exportUnsaved')}</button>
      )}
    </div>
  );
}
