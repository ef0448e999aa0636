import { useStoreApi, type NodeChange } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { nodeAt, paneToGraph } from '../../../../shared/layout/hitTest';
import { indexById, type FlowEdge, type FlowNode } from '../../../store/flow';
import { useAppStore } from '../../../store/StoreContext';
import { focusCanvas } from '../canvasFocus';
import type { GestureStore } from './canvasGesture';

/** A press moves this many pixels before it is a drag rather than a click, as on a card. */
const DRAG_DISTANCE = 3;
/** A node this close to the pointer, in pixels, counts as hit: drawn small, it is hard to hit. */
const SLOP = 3;

interface Press {
  id: string;
  pointerId: number;
  startX: number;
  startY: number;
  /** Shift, Ctrl or Cmd held: the press adds to the selection or takes the node out of it. */
  adding: boolean;
  dragging: boolean;
}

const modified = (event: MouseEvent) => event.shiftKey || event.ctrlKey || event.metaKey;

/**
 * Selecting, moving and renaming nodes drawn on the canvas layer, with what clicking, dragging
 * and double-clicking a card does. Presses are heard before React Flow's pane: one on a node is
 * taken from it (no pan, no box, no clearing the selection); one on empty space is left to it,
 * so panning, box selection and clearing the selection work as they do over cards.
 */
export function useCanvasPointer(active: boolean, nodes: FlowNode[], gesture: GestureStore) {
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const store = useAppStore();
  const shown = useRef(nodes);
  useEffect(() => {
    shown.current = nodes;
  }, [nodes]);

  useEffect(() => {
    if (!active) return;
    let press: Press | null = null;
    let swallowClick = false;
    const pane = () =>
      flowStore.getState().domNode?.querySelector<HTMLElement>('.react-flow__pane');

    const hit = (event: MouseEvent): FlowNode | null => {
      const element = pane();
      if (!element || event.target !== element) return null;
      const bounds = element.getBoundingClientRect();
      const { transform } = flowStore.getState();
      const point = paneToGraph(transform, event.clientX - bounds.left, event.clientY - bounds.top);
      return nodeAt(shown.current, point, SLOP / transform[2]);
    };
    const select = (changes: NodeChange<FlowNode>[]) => {
      if (changes.length > 0) store.getState().onNodesChange(changes);
    };
    const isSelected = (id: string) => !!indexById(store.getState().nodes).get(id)?.selected;

    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0 || !event.isPrimary) return;
      const node = hit(event);
      if (!node) return;
      // Taken from the pane, and its mouse events with it: no pan starts under a node.
      event.stopPropagation();
      event.preventDefault();
      // The press would have given the canvas the keyboard; Delete and the arrows act on it.
      focusCanvas();
      const adding = modified(event);
      if (!adding && !isSelected(node.id)) store.getState().selectOnly(node.id);
      press = {
        id: node.id,
        pointerId: event.pointerId,
        startX: event.clientX,
        startY: event.clientY,
        adding,
        dragging: false,
      };
    };

    const onPointerMove = (event: PointerEvent) => {
      if (!press || event.pointerId !== press.pointerId) {
        if (event.buttons === 0) {
          const element = pane();
          if (element) element.style.cursor = hit(event) ? 'pointer' : '';
        }
        return;
      }
      event.stopPropagation();
      const distance = Math.hypot(event.clientX - press.startX, event.clientY - press.startY);
      if (!press.dragging) {
        if (distance < DRAG_DISTANCE || store.getState().readOnly) return;
        press.dragging = true;
        if (!isSelected(press.id)) select([{ type: 'select', id: press.id, selected: true }]);
        const moving = new Set(
          store
            .getState()
            .nodes.filter((n) => n.selected)
            .map((n) => n.id),
        );
        gesture.setState({ moving, dx: 0, dy: 0 });
      }
      const zoom = flowStore.getState().transform[2];
      gesture.setState({
        dx: (event.clientX - press.startX) / zoom,
        dy: (event.clientY - press.startY) / zoom,
      });
    };

    const onPointerUp = (event: PointerEvent) => {
      if (!press || event.pointerId !== press.pointerId) return;
      event.stopPropagation();
      const done = press;
      press = null;
      // The click that follows is the press's, not the pane's: it must not clear the selection.
      swallowClick = true;
      setTimeout(() => (swallowClick = false));
      if (done.dragging) {
        const { moving, dx, dy } = gesture.getState();
        gesture.setState({ moving: null, dx: 0, dy: 0 });
        const index = indexById(store.getState().nodes);
        const changes: NodeChange<FlowNode>[] = [];
        for (const id of moving ?? []) {
          const node = index.get(id);
          if (node)
            changes.push({
              type: 'position',
              id,
              position: { x: node.position.x + dx, y: node.position.y + dy },
              dragging: false,
            });
        }
        // One change list: the store keeps it as one undo step and one write, as a card drag.
        if (dx !== 0 || dy !== 0) select(changes);
      } else if (done.adding)
        select([{ type: 'select', id: done.id, selected: !isSelected(done.id) }]);
    };

    const onPointerCancel = (event: PointerEvent) => {
      if (!press || event.pointerId !== press.pointerId) return;
      press = null;
      gesture.setState({ moving: null, dx: 0, dy: 0 });
    };
    const onClick = (event: MouseEvent) => {
      if (!swallowClick) return;
      swallowClick = false;
      event.stopPropagation();
    };
    const onDoubleClick = (event: MouseEvent) => {
      const node = hit(event);
      if (!node) return;
      event.stopPropagation();
      event.preventDefault();
      store.getState().startRename(node.id);
    };
    const onMouseDown = (event: MouseEvent) => {
      if (press) event.stopPropagation();
    };

    // Heard after React Flow's pane, so a click that ends a pan (which it drops) is not one.
    const onPaneClick = (event: MouseEvent) => {
      if (event.target !== event.currentTarget || modified(event)) return;
      select(
        store
          .getState()
          .nodes.filter((n) => n.selected)
          .map((n) => ({ type: 'select', id: n.id, selected: false })),
      );
    };
    const paneElement = pane();
    paneElement?.addEventListener('click', onPaneClick);

    const listeners = [
      ['pointerdown', onPointerDown],
      ['pointermove', onPointerMove],
      ['pointerup', onPointerUp],
      ['pointercancel', onPointerCancel],
      ['mousedown', onMouseDown],
      ['click', onClick],
      ['dblclick', onDoubleClick],
    ] as const;
    // On the window and in the capture phase: ahead of React's handlers and React Flow's own.
    for (const [type, listener] of listeners)
      window.addEventListener(type, listener as EventListener, true);
    return () => {
      for (const [type, listener] of listeners)
        window.removeEventListener(type, listener as EventListener, true);
      paneElement?.removeEventListener('click', onPaneClick);
      if (paneElement) paneElement.style.cursor = '';
      if (press?.dragging) gesture.setState({ moving: null, dx: 0, dy: 0 });
    };
  }, [active, flowStore, store, gesture]);
}
