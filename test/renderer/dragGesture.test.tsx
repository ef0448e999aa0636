import {
  ReactFlowProvider,
  useStoreApi,
  type NodeChange,
  type ReactFlowState,
} from '@xyflow/react';
import { render } from '@testing-library/react';
import type { StoreApi } from 'zustand';
import { describe, expect, it, vi } from 'vitest';
import { createDragLayer } from '../../renderer/components/canvas/DraggedEdges';
import {
  CARDS_DRAGGED_ATTRIBUTE,
  useNodeChanges,
} from '../../renderer/components/canvas/useNodeChanges';
import type { FlowEdge, FlowNode } from '../../renderer/store/flow';
import { StoreContext } from '../../renderer/store/StoreContext';
import { makeTestStore } from './testStore';

type FlowStore = StoreApi<ReactFlowState<FlowNode, FlowEdge>>;

/** The canvas's change handler and React Flow's own store, as the canvas has them. */
function renderGestureHandler(store: Awaited<ReturnType<typeof makeTestStore>>['store']) {
  const seen: { handler?: ReturnType<typeof useNodeChanges>; flow?: FlowStore } = {};
  const layer = createDragLayer();
  const shownEdges = store.getState().edges;
  function Probe() {
    seen.handler = useNodeChanges(shownEdges, layer);
    seen.flow = useStoreApi<FlowNode, FlowEdge>() as unknown as FlowStore;
    return null;
  }
  render(
    <StoreContext.Provider value={store}>
      <ReactFlowProvider>
        <Probe />
      </ReactFlowProvider>
    </StoreContext.Provider>,
  );
  // As the controlled canvas does: React Flow starts from the app's nodes and edges.
  seen.flow!.getState().setNodes(store.getState().nodes);
  seen.flow!.getState().setEdges(shownEdges);
  return { handler: seen.handler!, flow: seen.flow!, layer };
}

const positionOf = (nodes: FlowNode[], id: string) => nodes.find((n) => n.id === id)!.position;

describe('a drag on the canvas', () => {
  it('moves only the view while it lasts, then saves once and undoes in one step', async () => {
    const { state, store, db, whenSaved } = await makeTestStore();
    await state().openStrategy('sample');
    const { handler, flow, layer } = renderGestureHandler(store);
    const wrapper = document.createElement('div');
    flow.setState({ domNode: wrapper });
    const write = vi.spyOn(db, 'writeChanges');
    const ids = ['city-SC-01', 'city-SC-02'];
    const starts = ids.map((id) => positionOf(state().nodes, id));
    const appNodesBefore = state().nodes;
    const frame = (step: number, dragging: boolean): NodeChange<FlowNode>[] =>
      ids.map((id, i) => ({
        type: 'position',
        id,
        position: { x: starts[i]!.x + step * 3, y: starts[i]!.y + step },
        dragging,
      }));

    const touching = (edge: FlowEdge) => ids.includes(edge.source) || ids.includes(edge.target);
    const edgeCount = flow.getState().edges.length;
    const moving = state().edges.filter(touching);
    expect(moving.length).toBeGreaterThan(0);

    for (let step = 1; step <= 60; step++) handler(frame(step, true));
    expect(state().nodes).toBe(appNodesBefore);
    // Meanwhile the moving nodes' edges are drawn by the drag layer, not by React Flow.
    expect(layer.getState().edges).toEqual(moving);
    expect(flow.getState().edges.some(touching)).toBe(false);
    // The cards are a layer of their own while the drag lasts, and only then.
    expect(wrapper.hasAttribute(CARDS_DRAGGED_ATTRIBUTE)).toBe(true);
    expect(positionOf(flow.getState().nodes, 'city-SC-02')).toEqual({
      x: starts[1]!.x + 180,
      y: starts[1]!.y + 60,
    });

    handler(frame(60, false));
    expect(wrapper.hasAttribute(CARDS_DRAGGED_ATTRIBUTE)).toBe(false);
    expect(layer.getState().edges).toEqual([]);
    expect(flow.getState().edges).toHaveLength(edgeCount);
    await whenSaved();
    expect(positionOf(state().nodes, 'city-SC-01')).toEqual({
      x: starts[0]!.x + 180,
      y: starts[0]!.y + 60,
    });
    expect(write).toHaveBeenCalledTimes(1);
    expect(state().past).toHaveLength(1);
    const saved = (await db.loadStrategy('sample'))!.nodes;
    expect(saved.find((n) => n.id === 'city-SC-02')!.position).toEqual({
      x: starts[1]!.x + 180,
      y: starts[1]!.y + 60,
    });

    state().undo();
    expect(ids.map((id) => positionOf(state().nodes, id))).toEqual(starts);
  });

  it('passes selection straight to the app, so the inspector follows it', async () => {
    const { state, store } = await makeTestStore();
    await state().openStrategy('sample');
    const { handler } = renderGestureHandler(store);
    handler([{ type: 'select', id: 'city-SC-01', selected: true }]);
    expect(state().nodes.find((n) => n.id === 'city-SC-01')!.selected).toBe(true);
  });
});
