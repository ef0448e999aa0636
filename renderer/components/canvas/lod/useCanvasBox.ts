import { useStoreApi, type NodeChange } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { nodesInRect, paneBoxToGraph } from '../../../../shared/layout/hitTest';
import type { FlowEdge, FlowNode } from '../../../store/flow';
import { useAppStore } from '../../../store/StoreContext';
import type { GestureStore } from './canvasGesture';

/**
 * Box selection over the canvas layer. React Flow draws the box (Shift and drag on empty
 * space) but only knows the few cards it is given; the box's nodes are found among all that
 * the map shows, outlined while it is drawn, and selected when it is let go, in place of what
 * was selected.
 */
export function useCanvasBox(active: boolean, nodes: FlowNode[], gesture: GestureStore) {
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const store = useAppStore();
  const shown = useRef(nodes);
  useEffect(() => {
    shown.current = nodes;
  }, [nodes]);

  useEffect(() => {
    if (!active) return;
    let boxed: ReadonlySet<string> | null = null;
    const stop = flowStore.subscribe((state, before) => {
      if (state.userSelectionRect !== before.userSelectionRect) {
        if (state.userSelectionActive && state.userSelectionRect) {
          const rect = paneBoxToGraph(state.transform, state.userSelectionRect);
          boxed = new Set(nodesInRect(shown.current, rect).map((n) => n.id));
          gesture.setState({ boxed });
        } else if (!state.userSelectionRect && boxed) {
          const chosen = boxed;
          boxed = null;
          gesture.setState({ boxed: null });
          const changes: NodeChange<FlowNode>[] = [];
          for (const node of store.getState().nodes)
            if (chosen.has(node.id) !== !!node.selected)
              changes.push({ type: 'select', id: node.id, selected: chosen.has(node.id) });
          if (changes.length > 0) store.getState().onNodesChange(changes);
        }
      }
      // React Flow would frame the few selected cards it holds, a box that drags only those.
      if (state.nodesSelectionActive && !before.nodesSelectionActive)
        flowStore.setState({ nodesSelectionActive: false });
    });
    return () => {
      stop();
      gesture.setState({ boxed: null });
    };
  }, [active, flowStore, store, gesture]);
}
