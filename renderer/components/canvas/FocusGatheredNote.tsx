import { Panel } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../i18n';
import { selectGathered } from '../../store/shownGraph';
import { useApp } from '../../store/StoreContext';

/** Says, under the canvas, that a focus's cards are shown gathered and not where they lie. */
export const FocusGatheredNote = memo(function FocusGatheredNote() {
  const t = useT();
  const gathered = useApp(selectGathered);
  if (!gathered) return null;
  return (
    <Panel position="bottom-center" className="map-hint">
      {t('focusGathered')}
    </Panel>
  );
});
