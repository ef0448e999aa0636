import { useId } from 'react';
import type { Translate } from '../../../shared/i18n/translate';
import { dashArray, EDGE_STYLES } from '../../../shared/model/edgeStyles';
import { legendKinds } from '../../../shared/model/vocabulary';
import { KIND_COLOURS } from '../../../shared/report/drawingModel';
import { EdgeMarkerDefs, markerId } from './edgeStyles';
import { KindIcon } from './KindIcon';

/**
 * What the map's cards and lines mean: each node kind as a small card and each relationship as
 * a short line in its style, from the same tables the map is drawn with. Shown on the canvas
 * and beside the printed map.
 */
export function MapLegend({
  t,
  className = '',
  withIdeas,
}: {
  t: Translate;
  className?: string;
  /** Whether the map it explains shows ideas (see legendKinds). */
  withIdeas: boolean;
}) {
  const kinds = legendKinds(withIdeas);
  // Each legend draws its own arrowheads, so a page with two never shares marker ids.
  const prefix = `legend${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <div className={`map-legend ${className}`}>
      <h3>{t('legend.nodes')}</h3>
      <ul>
        {kinds.nodes.map((kind) => (
          <li key={kind}>
            <span
              className={`legend-card legend-${kind}`}
              style={{
                borderColor: KIND_COLOURS[kind].stroke,
                borderTopColor: KIND_COLOURS[kind].stroke,
                background: KIND_COLOURS[kind].fill,
                color: KIND_COLOURS[kind].stroke,
              }}
            >
              <KindIcon kind={kind} size={12} />
            </span>
            {t(`kind.${kind}`)}
          </li>
        ))}
      </ul>
      <h3>{t('legend.relationships')}</h3>
      <svg className="legend-markers" aria-hidden="true" width="0" height="0">
        <EdgeMarkerDefs prefix={prefix} />
      </svg>
      <ul>
        {kinds.edges.map((kind) => {
          const style = EDGE_STYLES[kind];
          return (
            <li key={kind}>
              <svg className="legend-line" width="48" height="16" aria-hidden="true">
                <line
                  x1="2"
                  y1="8"
                  x2="44"
                  y2="8"
                  stroke={style.colour}
                  strokeWidth={style.width}
                  strokeDasharray={dashArray(style)}
                  markerEnd={`url(#${markerId(prefix, kind)})`}
                />
              </svg>
              {t(`edge.${kind}`)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
