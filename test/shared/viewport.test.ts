import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layoutByKind';
import {
  fitArea,
  graphToPicture,
  overviewArea,
  pictureToGraph,
} from '../../shared/layout/overview';
import {
  edgesNearView,
  LARGE_STRATEGY_NODES,
  openingFocus,
  visibleRect,
} from '../../shared/layout/viewport';
import type { StrategyNode } from '../../shared/model/graph';
import { node } from './fixtures';

describe('edges near the view', () => {
  it('turns a viewport into the part of the graph it shows, with a margin', () => {
    expect(visibleRect([0, 0, 1], 1000, 800, 0)).toEqual({
      left: 0,
      top: 0,
      right: 1000,
      bottom: 800,
    });
    expect(visibleRect([-500, -400, 2], 1000, 800, 0)).toEqual({
      left: 250,
      top: 200,
      right: 750,
      bottom: 600,
    });
    expect(visibleRect([0, 0, 1], 1000, 800, 0.5)).toEqual({
      left: -500,
      top: -400,
      right: 1500,
      bottom: 1200,
    });
  });

  it('keeps edges with an end in view and drops those with both ends far away', () => {
    const positions: Record<string, { x: number; y: number }> = {
      near: { x: 100, y: 100 },
      farLeft: { x: -5000, y: 0 },
      farRight: { x: 5000, y: 0 },
    };
    const edges = [
      { id: 'a', source: 'near', target: 'farRight' },
      { id: 'b', source: 'farLeft', target: 'farRight' },
      { id: 'c', source: 'farLeft', target: 'near' },
    ];
    const rect = visibleRect([0, 0, 1], 1000, 800, 0);
    expect(edgesNearView(edges, (id) => positions[id], rect).map((e) => e.id)).toEqual(['a', 'c']);
  });
});

describe('what a strategy opens on', () => {
  it('shows a small strategy whole and a large one from the top of its goal tree', () => {
    const small = [node('goal', 'vision'), node('project', 'p1')];
    expect(openingFocus(small)).toBeNull();
    const vision = { ...node('goal', 'vision') };
    const direction = node('goal', 'd1');
    const task = node('goal', 't1');
    const large = [
      { ...vision, data: { ...vision.data, level: 'vision' } },
      { ...direction, data: { ...direction.data, level: 'direction' } },
      { ...task, data: { ...task.data, level: 'task' } },
      ...Array.from({ length: LARGE_STRATEGY_NODES }, (_, i) => node('project', `p${i}`)),
    ] as StrategyNode[];
    expect(openingFocus(large)).toEqual(['vision', 'd1']);
  });
});

describe('the overview map', () => {
  it('fits every node and the view into the picture, and maps a press back to the graph', () => {
    const area = overviewArea(
      [
        { x: 0, y: 0 },
        { x: 1000, y: 500 },
      ],
      { left: -200, top: 0, right: 300, bottom: 200 },
    );
    expect(area).toEqual({
      left: -200,
      top: 0,
      right: 1000 + NODE_WIDTH,
      bottom: 500 + NODE_HEIGHT,
    });
    const frame = fitArea(area, 200, 140);
    const corner = graphToPicture(frame, { x: area.left, y: area.top });
    const far = graphToPicture(frame, { x: area.right, y: area.bottom });
    expect(corner.x).toBeCloseTo(0);
    expect(far.x).toBeCloseTo(200);
    expect(far.y).toBeLessThanOrEqual(140);
    const back = pictureToGraph(frame, far.x, far.y);
    expect(back.x).toBeCloseTo(area.right);
    expect(back.y).toBeCloseTo(area.bottom);
  });
});
