import { useStore, type ReactFlowState } from '@xyflow/react';
import { useMemo, useState } from 'react';
import {
  cullingRect,
  CULLING_THRESHOLD,
  graphNearView,
  sameRect,
} from '../../../shared/layout/viewport';
import type { FlowEdge, FlowNode } from '../../store/flow';
import { keepArrayWhileSame } from './keepArray';
import { keptCards, keptCentre } from '../../../shared/layout/levelOfDetail';
import type { Position } from '../../../shared/model/graph';

const NO_EDGES: FlowEdge[] = [];

const selectCullingRect = (state: ReactFlowState) =>
  cullingRect(state.transform, state.width, state.height);
const selectPaneWidth = (state: ReactFlowState) => state.width;
const selectKeptCentre = (state: ReactFlowState) =>
  keptCentre(state.transform, state.width, state.height);
const samePoint = (a: Position, b: Position) => a.x === b.x && a.y === b.y;
// What the other drawing follows, held still so its moves do not render the canvas.
const NO_RECT = { left: 0, top: 0, right: 0, bottom: 0 };
const NO_CENTRE = { x: 0, y: 0 };
const selectNoRect = () => NO_RECT;
const selectNoCentre = () => NO_CENTRE;

/**
 * What React Flow is given: in a large strategy, only the part near the view (see
 * graphNearView). It is worked out again when the strategy changes or the culling area moves on,
 * not on every pan or zoom frame, and unchanged parts keep their identity. While the canvas
 * layer draws the map (`onCanvas`), only a few cards near the middle of the view are kept, for
 * the keyboard and screen readers, and no edges: the layer draws those.
 */
export function useGraphNearView(nodes: FlowNode[], edges: FlowEdge[], onCanvas = false) {
  const rect = useStore(onCanvas ? selectNoRect : selectCullingRect, sameRect);
  const width = useStore(selectPaneWidth);
  const centre = useStore(onCanvas ? selectKeptCentre : selectNoCentre, samePoint);
  const [stableNodes] = useState(() => keepArrayWhileSame<FlowNode>());
  const [stableEdges] = useState(() => keepArrayWhileSame<FlowEdge>());
  return useMemo(() => {
    // Before the pane has a size there is no view to cull for: the opening fit needs every node.
    if (width === 0) return { nodes, edges };
    if (onCanvas) return { nodes: stableNodes(keptCards(nodes, centre)), edges: NO_EDGES };
    if (nodes.length + edges.length <= CULLING_THRESHOLD) return { nodes, edges };
    const near = graphNearView(nodes, edges, rect);
    return { nodes: stableNodes(near.nodes), edges: stableEdges(near.edges) };
  }, [nodes, edges, rect, width, onCanvas, centre, stableNodes, stableEdges]);
}
