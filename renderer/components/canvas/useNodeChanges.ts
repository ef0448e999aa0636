import { applyNodeChanges, useStoreApi, type OnNodesChange } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import type { FlowEdge, FlowNode } from '../../store/flow';
import { useApp } from '../../store/StoreContext';
import type { DragLayer } from './DraggedEdges';

type Change = Parameters<OnNodesChange<FlowNode>>[0][number];
const isDragFrame = (change: Change) => change.type === 'position' && change.dragging === true;
const isDragEnd = (change: Change) => change.type === 'position' && change.dragging === false;

/**
 * On React Flow's wrapper while cards are dragged: the cards are then a layer of their own
 * (app.css), so the edges drawn again under them at each move do not paint them all again.
 */
export const CARDS_DRAGGED_ATTRIBUTE = 'data-cards-dragged';

/**
 * Node changes from the canvas. The frames of a drag move only React Flow's own copy of the
 * nodes: sending each one through the app store would re-render the whole canvas sixty times a
 * second. The edges of the moving nodes are lifted out of React Flow meanwhile and drawn by the
 * drag layer (DraggedEdges). The store hears of the move when the drag ends, with the final
 * positions, and records it as one undo step and one write; the edges then go back.
 *
 * `shownEdges` is what the canvas gives React Flow, to put back after a drag.
 */
export function useNodeChanges(shownEdges: FlowEdge[], layer: DragLayer): OnNodesChange<FlowNode> {
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const onNodesChange = useApp((s) => s.onNodesChange);
  const latestEdges = useRef(shownEdges);
  useEffect(() => {
    latestEdges.current = shownEdges;
  }, [shownEdges]);
  const dragging = useRef(false);

  return useCallback(
    (changes) => {
      const flow = flowStore.getState();
      if (changes.length > 0 && changes.every(isDragFrame)) {
        if (!dragging.current) {
          dragging.current = true;
          flow.domNode?.setAttribute(CARDS_DRAGGED_ATTRIBUTE, '');
          const moving = new Set(changes.map((change) => (change as { id: string }).id));
          const lifted = flow.edges.filter(
            (edge) => moving.has(edge.source) || moving.has(edge.target),
          );
          if (lifted.length > 0) {
            const liftedSet = new Set(lifted);
            flow.setEdges(flow.edges.filter((edge) => !liftedSet.has(edge)));
            layer.setState({ edges: lifted });
          }
        }
        flow.setNodes(applyNodeChanges(changes, flow.nodes));
        return;
      }
      if (dragging.current && changes.some(isDragEnd)) {
        dragging.current = false;
        flow.domNode?.removeAttribute(CARDS_DRAGGED_ATTRIBUTE);
        if (layer.getState().edges.length > 0) {
          layer.setState({ edges: [] });
          flow.setEdges(latestEdges.current);
        }
      }
      onNodesChange(changes);
    },
    [flowStore, onNodesChange, layer],
  );
}
