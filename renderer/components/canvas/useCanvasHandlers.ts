import type { FinalConnectionState, Viewport } from '@xyflow/react';
import { useMemo, type MouseEvent } from 'react';
import type { FlowNode } from '../../store/flow';
import { useAppStore } from '../../store/StoreContext';

/** The node whose card is under where a pointer was let go, if any. */
function cardUnder(event: globalThis.MouseEvent | TouchEvent): string | null {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return null;
  const card = document
    .elementFromPoint(point.clientX, point.clientY)
    ?.closest<HTMLElement>('.react-flow__node');
  return card?.dataset.id ?? null;
}

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
      // React Flow connects only where the line ends on a handle; a user drops it on the card.
      // Kinds that cannot be joined are refused there too, with the notice that says why.
      onConnectEnd: (event: globalThis.MouseEvent | TouchEvent, state: FinalConnectionState) => {
        if (state.isValid === true || !state.fromNode) return;
        const onto = cardUnder(event);
        if (!onto || onto === state.fromNode.id) return;
        const fromTop = state.fromHandle?.type === 'target';
        if (fromTop) store.getState().connect(onto, state.fromNode.id);
        else store.getState().connect(state.fromNode.id, onto);
      },
      onMoveEnd: (_: unknown, view: Viewport) => store.getState().rememberView(view),
      onNodeDoubleClick: (_: unknown, node: FlowNode) => store.getState().startRename(node.id),
      onNodeContextMenu: (event: MouseEvent, node: FlowNode) => openMenu(event, node.id),
      onPaneContextMenu: (event: MouseEvent | globalThis.MouseEvent) => openMenu(event, null),
    };
  }, [store]);
}
