import { EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useCardSettings } from './cardSettings';
import type { FlowEdge } from '../../store/flow';

/** An edge coloured by its kind; its name shows while it is selected, to keep the canvas calm. */
function RelationEdgeView(props: EdgeProps<FlowEdge>) {
  const { t } = useCardSettings();
  const [path, labelX, labelY] = getBezierPath(props);
  const kind = props.data?.kind ?? 'partnersWith';
  return (
    <>
      {/* The two paths React Flow's BaseEdge draws, without its extra component per edge. */}
      <path
        id={props.id}
        d={path}
        fill="none"
        markerEnd={props.markerEnd}
        className={`react-flow__edge-path edge-${kind}`}
      />
      <path
        d={path}
        fill="none"
        strokeOpacity={0}
        strokeWidth={20}
        className="react-flow__edge-interaction"
      />
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
