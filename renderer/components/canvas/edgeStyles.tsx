import { memo } from 'react';
import { arrowheadMarkerSvg, dashArray, EDGE_STYLES } from '../../../shared/model/edgeStyles';
import { EDGE_KINDS, type EdgeKind } from '../../../shared/model/vocabulary';

/** The id of a relationship's arrowhead among the markers drawn with `prefix`. */
export const markerId = (prefix: string, kind: EdgeKind) => `${prefix}-end-${kind}`;

/** The canvas's markers: its edges and the dragged-edges layer refer to these. */
export const CANVAS_MARKERS = 'edge';

/** The arrowhead of every relationship, as SVG markers named after `prefix`. */
export function EdgeMarkerDefs({ prefix }: { prefix: string }) {
  const markup = EDGE_KINDS.map((kind) => arrowheadMarkerSvg(markerId(prefix, kind), kind)).join(
    '',
  );
  // Static markup built from the style table alone, none of it from user data.
  return <defs dangerouslySetInnerHTML={{ __html: markup }} />;
}

/**
 * Each relationship's line, from the one style table, as rules for the canvas's edge paths.
 * Rules and not inline styles, so selection and focus can still restyle a line. Dashes come in
 * at reading zoom only: drawing hundreds of dashed lines costs whole frames when zoomed out,
 * where dashes are too small to tell apart anyway, and colour and arrowhead still tell.
 */
const EDGE_RULES = EDGE_KINDS.map((kind) => {
  const style = EDGE_STYLES[kind];
  const line = `.react-flow__edge-path.edge-${kind}`;
  const solid = `${line}{stroke:${style.colour};stroke-width:${style.width}}`;
  return style.dash.length > 0
    ? `${solid}\n.reading-zoom ${line}{stroke-dasharray:${dashArray(style)}}`
    : solid;
}).join('\n');

/** The markers and line styles every canvas edge draws with, given once for all of them. */
export const CanvasEdgeStyles = memo(function CanvasEdgeStyles() {
  return (
    <>
      <style>{EDGE_RULES}</style>
      <svg className="edge-markers" aria-hidden="true" width="0" height="0">
        <EdgeMarkerDefs prefix={CANVAS_MARKERS} />
      </svg>
    </>
  );
});
