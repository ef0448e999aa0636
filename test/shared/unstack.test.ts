import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH, overlaps } from '../../shared/layout/layoutByKind';
import { unstackOwnCards } from '../../shared/layout/unstack';

const at = (id: string, x: number, y: number) => ({ id, position: { x, y } });

describe('cards two people added on the same spot', () => {
  const mine = at('idea-b', 100, 100);
  const theirs = at('idea-a', 100, 100);

  it('moves only the card with the greater id, so both devices agree on which', () => {
    const nodes = [mine, theirs, at('goal-1', 100 + NODE_WIDTH + 16, 100)];
    // On the device that added idea-b: idea-a arrived onto it.
    const here = unstackOwnCards(nodes, new Set(['idea-b']), new Set(['idea-a']));
    expect([...here.keys()]).toEqual(['idea-b']);
    const spot = here.get('idea-b')!;
    for (const other of nodes.filter((n) => n.id !== 'idea-b'))
      expect(overlaps(spot, other.position)).toBe(false);
    // On the device that added idea-a: idea-b arrived onto it, and idea-a stays.
    expect(unstackOwnCards(nodes, new Set(['idea-a']), new Set(['idea-b'])).size).toBe(0);
  });

  it('leaves cards alone that only arrived near, or that were not added here', () => {
    const beside = at('idea-a', 100 + NODE_WIDTH, 100 + NODE_HEIGHT);
    expect(unstackOwnCards([mine, beside], new Set(['idea-b']), new Set(['idea-a'])).size).toBe(0);
    expect(unstackOwnCards([mine, theirs], new Set(), new Set(['idea-a'])).size).toBe(0);
    expect(unstackOwnCards([mine, theirs], new Set(['idea-b']), new Set()).size).toBe(0);
  });

  it('keeps several own cards clear of each other as they move', () => {
    const nodes = [at('a', 0, 0), at('b', 0, 0), at('c', 0, 0)];
    const moved = unstackOwnCards(nodes, new Set(['b', 'c']), new Set(['a']));
    const places = [nodes[0]!.position, moved.get('b')!, moved.get('c')!];
    for (let i = 0; i < places.length; i++)
      for (let j = i + 1; j < places.length; j++)
        expect(overlaps(places[i]!, places[j]!)).toBe(false);
  });
});
