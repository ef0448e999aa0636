import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH, overlaps } from '../../shared/layout/layoutByKind';
import { unstackOwnCards } from '../../shared/layout/unstack';

const at = (id: string, x: number, y: number) => ({ id, position: { x, y } });

describe('cards two people added on the same spot', () => {
  const neighbour = at('goal-1', 100, 100 + NODE_HEIGHT + 16);
  const nodes = [at('idea-b', 100, 100), at('idea-a', 100, 100), neighbour];

  it('moves each device’s own card to a side of its own, so the two part', () => {
    // On the device that added idea-b, the greater id: idea-a arrived onto it.
    const onB = unstackOwnCards(nodes, new Set(['idea-b']), new Set(['idea-a']));
    // On the device that added idea-a: idea-b arrived onto it.
    const onA = unstackOwnCards(nodes, new Set(['idea-a']), new Set(['idea-b']));
    const b = onB.get('idea-b')!;
    const a = onA.get('idea-a')!;
    expect([b.y, a.y]).toEqual([100, 100]);
    expect(b.x).toBeGreaterThan(100);
    expect(a.x).toBeLessThan(100);
    expect(overlaps(a, b)).toBe(false);
    for (const spot of [a, b]) expect(overlaps(spot, neighbour.position)).toBe(false);
  });

  it('parts them when only one device still counts its card as recent', () => {
    // Added offline: only idea-a's device moves it, and it leaves idea-b's spot.
    const onA = unstackOwnCards(nodes, new Set(['idea-a']), new Set(['idea-b']));
    expect(overlaps(onA.get('idea-a')!, { x: 100, y: 100 })).toBe(false);
  });

  it('leaves cards alone that only arrived near, or that were not added here', () => {
    const mine = at('idea-b', 100, 100);
    const beside = at('idea-a', 100 + NODE_WIDTH, 100 + NODE_HEIGHT);
    expect(unstackOwnCards([mine, beside], new Set(['idea-b']), new Set(['idea-a'])).size).toBe(0);
    expect(unstackOwnCards(nodes, new Set(), new Set(['idea-a'])).size).toBe(0);
    expect(unstackOwnCards(nodes, new Set(['idea-b']), new Set()).size).toBe(0);
  });

  it('parts three cards on one spot: the smallest id left, the greatest right', () => {
    const three = [at('a', 0, 0), at('b', 0, 0), at('c', 0, 0)];
    const moves = ['a', 'b', 'c'].map((id) =>
      unstackOwnCards(three, new Set([id]), new Set(['a', 'b', 'c'].filter((o) => o !== id))),
    );
    const places = ['a', 'b', 'c'].map((id, i) => moves[i]!.get(id) ?? { x: 0, y: 0 });
    expect(places[0]!.x).toBeLessThan(0);
    expect(places[1]).toEqual({ x: 0, y: 0 });
    expect(places[2]!.x).toBeGreaterThan(0);
    for (let i = 0; i < places.length; i++)
      for (let j = i + 1; j < places.length; j++)
        expect(overlaps(places[i]!, places[j]!)).toBe(false);
  });
});
