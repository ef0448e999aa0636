import { Panel } from '@xyflow/react';
import { memo, useState } from 'react';
import { useT } from '../../i18n';
import { MapLegend } from './MapLegend';

/**
 * The "Legend" toggle in the canvas's lower left corner, and the legend above it while it is
 * on. Memoized with no props: the canvas re-renders on every drag frame, the legend need not.
 */
export const CanvasLegend = memo(function CanvasLegend() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <Panel position="bottom-left" className="legend-panel">
      {open && (
        <section className="canvas-legend" aria-label={t('legend')}>
          <MapLegend t={t} />
        </section>
      )}
      <button type="button" aria-pressed={open} onClick={() => setOpen((shown) => !shown)}>
        {t('legend')}
      </button>
    </Panel>
  );
});
