import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH, overlaps } from '../../shared/layout/layoutByKind';
import { unstackOwnCards } from '../../shared/layout/unstack';
import type { Position } from '../../shared/model/graph';

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

  /** Where each of `ids`, all added on one spot, ends up once every device has moved its own. */
  function partedOnEveryDevice(ids: string[], recentOn = ids): Position[] {
    const stack = ids.map((id) => at(id, 0, 0));
    return ids.map((id) => {
      if (!recentOn.includes(id)) return { x: 0, y: 0 };
      const others = new Set(ids.filter((other) => other !== id));
      return unstackOwnCards(stack, new Set([id]), others).get(id) ?? { x: 0, y: 0 };
    });
  }

  function expectNoTwoOverlap(places: Position[]): void {
    for (let i = 0; i < places.length; i++)
      for (let j = i + 1; j < places.length; j++)
        expect(overlaps(places[i]!, places[j]!), `cards ${i} and ${j}`).toBe(false);
  }

  it('parts three cards on one spot: the smallest id to the left, the other two to the right', () => {
    const places = partedOnEveryDevice(['a', 'b', 'c']);
    expect(places[0]!.x).toBeLessThan(0);
    expect(places[1]!.x).toBeGreaterThan(0);
    expect(places[2]!.x).toBeGreaterThan(0);
    expectNoTwoOverlap(places);
  });

  it('gives every one of five or six cards on one spot a place of its own', () => {
    for (const ids of [
      ['a', 'b', 'c', 'd', 'e'],
      ['f', 'e', 'd', 'c', 'b', 'a'],
    ]) {
      const places = partedOnEveryDevice(ids);
      expectNoTwoOverlap(places);
      for (const place of places) expect(overlaps(place, { x: 0, y: 0 })).toBe(false);
    }
  });

  it('still parts a stack when one of its cards is no longer recent where it was added', () => {
    const ids = ['a', 'b', 'c', 'd'];
    for (const stale of ids)
      expectNoTwoOverlap(
        partedOnEveryDevice(
          ids,
          ids.filter((id) => id !== stale),
        ),
      );
  });
});
