import type { Viewport } from '@xyflow/react';
import { useMemo, type MouseEvent } from 'react';
import type { FlowNode } from '../../store/flow';
import { useAppStore } from '../../store/StoreContext';

/**
 * What the canvas does on a connection, a rest after moving, a double click and a context menu.
 * Made once per store: React Flow sets up its pan and zoom again when a handler is new, and the
 * canvas renders on every edit.
 */
export function useCanvasHandlers() {
  const store = useAppStore();
  return useMemo(() => {
    const openMenu = (event: MouseEvent | globalThis.MouseEvent, nodeId: string | null) => {
      event.preventDefault();
      store.getState().openContextMenu({ x: event.clientX, y: event.clientY, nodeId });
    };
    return {
      onConnect: ({ source, target }: { source: string; target: string }) =>
        store.getState().connect(source, target),
      onMoveEnd: (_: unknown, view: Viewport) => store.getState().rememberView(view),
      onNodeDoubleClick: (_: unknown, node: FlowNode) => store.getState().startRename(node.id),
      onNodeContextMenu: (event: MouseEvent, node: FlowNode) => openMenu(event, node.id),
      onPaneContextMenu: (event: MouseEvent | globalThis.MouseEvent) => openMenu(event, null),
    };
  }, [store]);
}
