import { memo } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../../store/StoreContext';
import type { AppState } from '../../store/types';

const selectIsEmpty = (s: AppState) => s.nodes.length === 0;

/**
 * What to do first on a strategy with nothing in it, in the middle of the empty canvas. Text
 * only: the buttons it names are in the sidebar, under the same names.
 */
export const EmptyCanvasHint = memo(function EmptyCanvasHint() {
  const t = useT();
  const empty = useApp(selectIsEmpty);
  if (!empty) return null;
  return (
    <div className="empty-canvas-hint">
      <p className="empty-canvas-title">{t('emptyCanvasTitle')}</p>
      <p>{t('emptyCanvasHint')}</p>
    </div>
  );
});
