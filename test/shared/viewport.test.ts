import { describe, expect, it } from 'vitest';
import { edgesNearView, visibleRect } from '../../shared/layout/viewport';

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
