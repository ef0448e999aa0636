import { useStore, type ReactFlowState } from '@xyflow/react';
import { useStore as useStoreOf } from 'zustand';
import { useEffect, useMemo, useState } from 'react';
import {
  CULLING_THRESHOLD,
  graphNearView,
  nextCullingRect,
  prepareEdgesNearView,
  sameRect,
  type Rect,
} from '../../../shared/layout/viewport';
import type { FlowEdge, FlowNode } from '../../store/flow';
import { keepArrayWhileSame } from '../../store/keepArray';
import { keptCards } from '../../../shared/layout/levelOfDetail';
import type { CardRelationsState, CardRelationsStore } from './lod/cardRelations';
import { useKeptCentre } from './lod/useKeptCentre';

/** Edges indexed per task for the views to come (see prepareEdgesNearView). */
const EDGES_INDEXED_PER_TASK = 15_000;

const NO_NODES: FlowNode[] = [];
const NO_EDGES: FlowEdge[] = [];
const NOTHING_LEFT_OUT: ReadonlyMap<string, number> = new Map();

/**
 * The culling area for the flow's view, kept while a zoom goes in (see nextCullingRect). Given
 * the same state it gives the same area, as a store's selector must.
 */
function createCullingRectSelector() {
  let kept: Rect | null = null;
  return (state: ReactFlowState) =>
    (kept = nextCullingRect(kept, state.transform, state.width, state.height));
}
const selectPaneWidth = (state: ReactFlowState) => state.width;
// What the cards follow, held still while the canvas layer draws so its moves render nothing.
const NO_RECT = { left: 0, top: 0, right: 0, bottom: 0 };
const selectNoRect = () => NO_RECT;
const selectKeyboardCard = (state: CardRelationsState) => state.focused;
const selectNoCard = () => null;

/**
 * What React Flow is given: in a large strategy, only the part near the view (see
 * graphNearView). It is worked out again when the strategy changes or the culling area moves on,
 * not on every pan or zoom frame, and unchanged parts keep their identity. While the canvas
 * layer draws the map (`onCanvas`), only a few cards near the middle of the view are kept, for
 * the keyboard and screen readers, following the view once it rests (see useKeptCentre), with
 * the card that has the keyboard (told by `keyboard`) wherever the view goes, and no edges:
 * the layer draws those, and the kept cards name them (see CardRelationships).
 * `leftOut` counts, per card, the edges left out because their far end is not given to React
 * Flow (see graphNearView); the cards say so and list them. Until the view is `placed` where
 * the strategy opens, a large one gives nothing.
 */
export function useGraphNearView(
  nodes: FlowNode[],
  edges: FlowEdge[],
  onCanvas: boolean,
  placed: boolean,
  keyboard: CardRelationsStore,
) {
  const [selectCullingRect] = useState(createCullingRectSelector);
  const rect = useStore(onCanvas ? selectNoRect : selectCullingRect, sameRect);
  const width = useStore(selectPaneWidth);
  const centre = useKeptCentre(onCanvas);
  // Read only while the canvas draws: on the cards' canvas, Tab re-renders nothing here.
  const keyboardCard = useStoreOf(keyboard, onCanvas ? selectKeyboardCard : selectNoCard);
  const [stableNodes] = useState(() => keepArrayWhileSame<FlowNode>());
  const [stableEdges] = useState(() => keepArrayWhileSame<FlowEdge>());
  // A large strategy's edges are indexed for the views to come once the first has shown, a
  // slice of them per task.
  useEffect(() => {
    if (nodes.length + edges.length <= CULLING_THRESHOLD) return;
    const indexSlice = () => {
      if (!prepareEdgesNearView(edges, EDGES_INDEXED_PER_TASK)) timer = setTimeout(indexSlice, 0);
    };
    let timer = setTimeout(indexSlice, 0);
    return () => clearTimeout(timer);
  }, [nodes.length, edges]);
  return useMemo((): {
    nodes: FlowNode[];
    edges: FlowEdge[];
    leftOut: ReadonlyMap<string, number>;
  } => {
    const all = { leftOut: NOTHING_LEFT_OUT };
    const small = nodes.length + edges.length <= CULLING_THRESHOLD;
    // Before the pane has a size there is no view to cull for, and handing React Flow tens of
    // thousands of nodes for that one render would hold the page for seconds. The opening place
    // is worked out from the app's nodes (see Canvas), and the pane's size comes a frame later.
    if (width === 0 || !placed)
      return small ? { nodes, edges, ...all } : { nodes: NO_NODES, edges: NO_EDGES, ...all };
    if (onCanvas)
      return {
        nodes: stableNodes(keptCards(nodes, centre, keyboardCard)),
        edges: NO_EDGES,
        ...all,
      };
    if (small) return { nodes, edges, ...all };
    const near = graphNearView(nodes, edges, rect);
    return {
      nodes: stableNodes(near.nodes),
      edges: stableEdges(near.edges),
      leftOut: near.leftOut.size > 0 ? near.leftOut : NOTHING_LEFT_OUT,
    };
  }, [nodes, edges, rect, width, placed, onCanvas, centre, keyboardCard, stableNodes, stableEdges]);
}
