import { describe, expect, it } from 'vitest';
import { freeSpotNear } from '../../shared/layout/freeSpot';
import { layoutByKind, overlaps } from '../../shared/layout/layoutByKind';
import { edge, node } from './fixtures';

describe('layoutByKind', () => {
  it('puts a parent goal above its subgoals and other kinds below the goals', () => {
    const graph = {
      nodes: [
        node('goal', 'vision'),
        node('goal', 'd1'),
        node('goal', 'd2'),
        node('project', 'p1'),
      ],
      edges: [edge('e1', 'subgoalOf', 'd1', 'vision'), edge('e2', 'subgoalOf', 'd2', 'vision')],
    };
    const positions = layoutByKind(graph);
    const [vision, d1, d2, p1] = ['vision', 'd1', 'd2', 'p1'].map((id) => positions.get(id)!);
    expect(vision!.y).toBeLessThan(d1!.y);
    expect(vision!.x).toBeGreaterThan(d1!.x);
    expect(vision!.x).toBeLessThan(d2!.x);
    expect(p1!.y).toBeGreaterThan(d1!.y);
  });

  it('survives a cycle of subgoals', () => {
    const graph = {
      nodes: [node('goal', 'a'), node('goal', 'b')],
      edges: [edge('e1', 'subgoalOf', 'a', 'b'), edge('e2', 'subgoalOf', 'b', 'a')],
    };
    const positions = layoutByKind(graph);
    expect(overlaps(positions.get('a')!, positions.get('b')!)).toBe(false);
  });
});

describe('freeSpotNear', () => {
  it('keeps the wanted spot when it is free and moves next to a node otherwise', () => {
    expect(freeSpotNear([], { x: 10, y: 20 })).toEqual({ x: 10, y: 20 });
    const taken = [{ x: 0, y: 0 }];
    const spot = freeSpotNear(taken, { x: 5, y: 5 });
    expect(overlaps(spot, taken[0]!)).toBe(false);
    expect(Math.hypot(spot.x, spot.y)).toBeLessThan(400);
  });
});
