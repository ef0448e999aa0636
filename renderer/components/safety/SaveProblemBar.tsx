import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useT } from '../../i18n';
import { selectSaveError, selectSaveFailed, selectStrategyOpen } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';

/**
 * Stays up for as long as anything is not in the database, whatever view is shown, with the
 * two ways out: retry at once, or keep the strategy as a file. It takes a row of its own above
 * the view rather than lying over the toolbar, whose tabs, undo and export stay usable.
 */
export function SaveProblemBar() {
  const t = useT();
  const failed = useApp(selectSaveFailed);
  const saveError = useApp(selectSaveError);
  const strategyOpen = useApp(selectStrategyOpen);
  const retrySaving = useApp((s) => s.retrySaving);
  const exportStrategyFile = useApp((s) => s.exportStrategyFile);
  const bar = useRef<HTMLDivElement>(null);
  useKeptHeight(bar, failed);
  if (!failed) return null;
  return (
    <div className="save-problem" role="alert" ref={bar}>
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

/**
 * The bar's height as `--save-problem-height` on the page, for what is sized to the window
 * under the toolbar (the live session panel): the bar's text wraps with the window's width.
 */
function useKeptHeight(bar: RefObject<HTMLDivElement | null>, shown: boolean) {
  useLayoutEffect(() => {
    const element = bar.current;
    if (!shown || !element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--save-problem-height', `${element.offsetHeight}px`),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--save-problem-height');
    };
  }, [bar, shown]);
}
