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

const selectCullingRect = (state: ReactFlowState) =>
  cullingRect(state.transform, state.width, state.height);
const selectPaneWidth = (state: ReactFlowState) => state.width;

/**
 * What React Flow is given: in a large strategy, only the part near the view (see
 * graphNearView). It is worked out again when the strategy changes or the culling area moves on,
 * not on every pan or zoom frame, and unchanged parts keep their identity.
 */
export function useGraphNearView(nodes: FlowNode[], edges: FlowEdge[]) {
  const rect = useStore(selectCullingRect, sameRect);
  const width = useStore(selectPaneWidth);
  const [stableNodes] = useState(() => keepArrayWhileSame<FlowNode>());
  const [stableEdges] = useState(() => keepArrayWhileSame<FlowEdge>());
  return useMemo(() => {
    // Before the pane has a size there is no view to cull for: the opening fit needs every node.
    if (nodes.length + edges.length <= CULLING_THRESHOLD || width === 0) return { nodes, edges };
    const near = graphNearView(nodes, edges, rect);
    return { nodes: stableNodes(near.nodes), edges: stableEdges(near.edges) };
  }, [nodes, edges, rect, width, stableNodes, stableEdges]);
}
