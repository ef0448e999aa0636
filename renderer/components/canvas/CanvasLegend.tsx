import { Panel } from '@xyflow/react';
import { memo, useState } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../../store/StoreContext';
import type { AppState } from '../../store/types';
import { MapLegend } from './MapLegend';

const selectHasIdeas = (s: AppState) => s.nodes.some((node) => node.type === 'idea');

/**
 * The "Legend" toggle in the canvas's lower left corner, and the legend above it while it is
 * on. Memoized with no props: the canvas re-renders on every drag frame, the legend need not.
 */
export const CanvasLegend = memo(function CanvasLegend() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const hasIdeas = useApp(selectHasIdeas);
  return (
    <Panel position="bottom-left" className="legend-panel">
      {open && (
        <section className="canvas-legend" aria-label={t('legend')}>
          <MapLegend t={t} withIdeas={hasIdeas} />
        </section>
      )}
      <button type="button" aria-pressed={open} onClick={() => setOpen((shown) => !shown)}>
        {t('legend')}
      </button>
    </Panel>
  );
});
