import type { EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { createPortal } from 'react-dom';
import { routedLine, type Point } from '../../../shared/layout/edgeGeometry';
import { NODE_HEIGHT } from '../../../shared/layout/layoutByKind';
import { EDGE_STYLES } from '../../../shared/model/edgeStyles';
import { useCardSettings } from './cardSettings';
import { CANVAS_MARKERS, markerId } from './edgeStyles';
import { HANDLE_SIZE, type FlowEdge } from '../../store/flow';
import { useEdgeNamesLayer } from './EdgeNamesLayer';

/**
 * The centres of the two cards, from the handle points React Flow gives every edge: each card
 * has its handles centred on its top and bottom edges, and all cards have one size. Reading
 * them here spares every edge a subscription to the node positions.
 */
const sourceCentre = (x: number, y: number): Point => [x, y - HANDLE_SIZE / 2 - NODE_HEIGHT / 2];
const targetCentre = (x: number, y: number): Point => [x, y + HANDLE_SIZE / 2 + NODE_HEIGHT / 2];

/**
 * An edge drawn in its relationship's style, from border to border of its cards (see
 * edgeGeometry). Its name and its bundle's count are drawn in the names layer, over every edge's
 * line (see EdgeNamesLayer); the name is shown by the styles alone, so showing it costs no render
 * (see .edge-name): while its edge is selected, pointed at or focused, and every name at reading
 * zoom.
 */
function RelationEdgeView(props: EdgeProps<FlowEdge>) {
  const { t } = useCardSettings();
  const namesLayer = useEdgeNamesLayer();
  const kind = props.data?.kind ?? 'partnersWith';
  const route = props.data?.route;
  const source = sourceCentre(props.sourceX, props.sourceY);
  const target = targetCentre(props.targetX, props.targetY);
  const line = routedLine(source, target, route);
  const path = line.path;
  const nameAt = route?.name ?? line.middle;
  const name = (
    <text
      className={props.selected ? 'edge-name selected' : 'edge-name'}
      data-edge-id={props.id}
      aria-hidden="true"
      x={nameAt[0]}
      y={nameAt[1]}
      textAnchor="middle"
      dominantBaseline="central"
    >
      {t(`edge.${kind}`)}
    </text>
  );
  const bundleCount = route?.junction && route.count !== undefined && (
    <g className="edge-bundle-count" aria-hidden="true">
      <circle
        cx={route.junction[0]}
        cy={route.junction[1]}
        r={26}
        stroke={EDGE_STYLES.servesGoal.colour}
      />
      <text
        x={route.junction[0]}
        y={route.junction[1]}
        textAnchor="middle"
        dominantBaseline="central"
      >
        {route.count}
      </text>
    </g>
  );
  return (
    <>
      {/* The two paths React Flow's BaseEdge draws, without its extra component per edge. */}
      <path
        id={props.id}
        d={path}
        fill="none"
        markerEnd={`url(#${markerId(CANVAS_MARKERS, kind)})`}
        className={`react-flow__edge-path edge-${kind}`}
      />
      <path
        d={path}
        fill="none"
        strokeOpacity={0}
        strokeWidth={20}
        className="react-flow__edge-interaction"
      />
      {namesLayer &&
        createPortal(
          <>
            {name}
            {bundleCount}
          </>,
          namesLayer,
        )}
    </>
  );
}

export const RelationEdge = memo(RelationEdgeView);
export const EDGE_TYPES = { relation: RelationEdge };
