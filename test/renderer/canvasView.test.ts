import type { ReactFlowInstance } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCanvasView } from '../../renderer/components/canvas/canvasView';
import type { FlowEdge, FlowNode } from '../../renderer/store/flow';

/** A React Flow whose animated moves end when the test says so, as d3's transitions do. */
function flowWithAnimations() {
  let viewport = { x: 0, y: 0, zoom: 1 };
  const endings: (() => void)[] = [];
  type Viewport = typeof viewport;
  const animate = (to: (from: Viewport) => Viewport) =>
    new Promise<boolean>((resolve) =>
      endings.push(() => {
        viewport = to(viewport);
        resolve(true);
      }),
    );
  const flow = {
    getViewport: () => viewport,
    getZoom: () => viewport.zoom,
    zoomIn: () => animate((from) => ({ ...from, zoom: from.zoom * 1.2 })),
    zoomOut: () => animate((from) => ({ ...from, zoom: from.zoom / 1.2 })),
    setViewport: (next: Viewport) => animate(() => next),
    setCenter: (x: number, y: number, { zoom }: { zoom: number }) =>
      animate(() => ({ x: 400 - x * zoom, y: 300 - y * zoom, zoom })),
  };
  return {
    flow: flow as unknown as ReactFlowInstance<FlowNode, FlowEdge>,
    finishNext: () => endings.shift()?.(),
  };
}

const pane = () => ({ width: 800, height: 600, minZoom: 0.1 });

describe('the canvas view settles before telling where it looks', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('waits for a zoom step under way and reports where it ends', async () => {
    const { flow, finishNext } = flowWithAnimations();
    const view = createCanvasView(flow, pane, () => []);
    view.zoomOut();
    let centre: ReturnType<typeof view.centre> = null;
    const told = view.settled().then(() => (centre = view.centre()));
    await vi.advanceTimersByTimeAsync(50);
    expect(centre).toBeNull();
    finishNext();
    await told;
    expect(centre!.zoom).toBeCloseTo(1 / 1.2);
  });

  it('waits for the last of several moves, not the first', async () => {
    const { flow, finishNext } = flowWithAnimations();
    const view = createCanvasView(flow, pane, () => []);
    view.zoomOut();
    const told = view.settled().then(() => view.centre());
    view.zoomOut();
    finishNext();
    await vi.advanceTimersByTimeAsync(10);
    finishNext();
    expect((await told)!.zoom).toBeCloseTo(1 / 1.2 / 1.2);
  });

  it('does not wait for ever on a move the user interrupted', async () => {
    const { flow } = flowWithAnimations();
    const view = createCanvasView(flow, pane, () => []);
    view.zoomIn();
    let done = false;
    void view.settled().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(300);
    expect(done).toBe(true);
  });
});
