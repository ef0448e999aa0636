import { applyNodeChanges, useStoreApi, type OnNodesChange } from '@xyflow/react';
import { useCallback } from 'react';
import type { FlowEdge, FlowNode } from '../../store/flow';
import { useApp } from '../../store/StoreContext';

const isDragFrame = (change: Parameters<OnNodesChange<FlowNode>>[0][number]) =>
  change.type === 'position' && change.dragging === true;

/**
 * Node changes from the canvas. The frames of a drag move only React Flow's own copy of the
 * nodes: sending each one through the app store would re-render the whole canvas sixty times a
 * second. The store hears of the move when the drag ends, with the final positions, and records
 * it as one undo step and one write.
 */
export function useNodeChanges(): OnNodesChange<FlowNode> {
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const onNodesChange = useApp((s) => s.onNodesChange);
  return useCallback(
    (changes) => {
      if (changes.length > 0 && changes.every(isDragFrame)) {
        const { nodes, setNodes } = flowStore.getState();
        setNodes(applyNodeChanges(changes, nodes));
      } else onNodesChange(changes);
    },
    [flowStore, onNodesChange],
  );
}
