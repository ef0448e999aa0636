import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../i18n';
import type { FlowEdge } from '../../store/flow';

/** An edge coloured by its kind; its name shows while it is selected, to keep the canvas calm. */
function RelationEdgeView(props: EdgeProps<FlowEdge>) {
  const t = useT();
  const [path, labelX, labelY] = getBezierPath(props);
  const kind = props.data?.kind ?? 'partnersWith';
  return (
    <>
      <BaseEdge id={props.id} path={path} markerEnd={props.markerEnd} className={`edge-${kind}`} />
      {props.selected && (
        <EdgeLabelRenderer>
          <div
            className="edge-label"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {t(`edge.${kind}`)}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const RelationEdge = memo(RelationEdgeView);
export const EDGE_TYPES = { relation: RelationEdge };
