import { describe, expect, it } from 'vitest';
import { freeSpotNear } from '../../shared/layout/freeSpot';
import { layoutByKind, overlaps } from '../../shared/layout/layoutByKind';
import { edge, node } from './fixtures';

describe('layoutByKind', () => {
  it('stacks leaf subgoals under their parent and spreads branches side by side', () => {
    const graph = {
      nodes: ['vision', 'd1', 'd2', 't1', 't2', 't3']
        .map((id) => node('goal', id))
        .concat([node('project', 'p1')]),
      edges: [
        edge('e1', 'subgoalOf', 'd1', 'vision'),
        edge('e2', 'subgoalOf', 'd2', 'vision'),
        edge('e3', 'subgoalOf', 't1', 'd1'),
        edge('e4', 'subgoalOf', 't2', 'd1'),
        edge('e5', 'subgoalOf', 't3', 'd2'),
      ],
    };
    const at = layoutByKind(graph);
    const [vision, d1, d2, t1, t2, p1] = ['vision', 'd1', 'd2', 't1', 't2', 'p1'].map((id) =>
      at.get(id)!,
    );
    expect(vision!.y).toBeLessThan(d1!.y);
    expect(d1!.x).toBeLessThan(vision!.x);
    expect(d2!.x).toBeGreaterThan(vision!.x);
    expect(t1!.x).toBe(d1!.x);
    expect(t2!.x).toBe(d1!.x);
    expect(t2!.y).toBeGreaterThan(t1!.y);
    expect(p1!.y).toBeGreaterThan(t2!.y);
  });

  it('keeps a long task list narrow', () => {
    const tasks = Array.from({ length: 100 }, (_, i) => node('goal', `t${i}`));
    const graph = {
      nodes: [node('goal', 'vision'), ...tasks],
      edges: tasks.map((t, i) => edge(`e${i}`, 'subgoalOf', t.id, 'vision')),
    };
    const xs = new Set([...layoutByKind(graph).values()].map((p) => p.x));
    expect(xs.size).toBe(1);
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
