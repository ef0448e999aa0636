import { describe, expect, it } from 'vitest';
import {
  cardCentre,
  cardIndex,
  routeEdge,
  routedLine,
  type Point,
} from '../../shared/layout/edgeGeometry';
import { placedNames, placeNames, type NameSize } from '../../shared/layout/edgeNames';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layoutByKind';
import { rectsOverlap, type Rect } from '../../shared/layout/viewport';
import type { Position } from '../../shared/model/graph';

const SIZE: NameSize = { width: 70, height: 19 };

function placed(cards: Record<string, Position>, edges: [string, string][]) {
  const index = cardIndex(new Map(Object.entries(cards)));
  const toName = edges.map(([source, target]) => ({
    id: `${source}-${target}`,
    source,
    target,
    shape: routeEdge(index, source, target),
    size: SIZE,
  }));
  const moved = placeNames(index, placedNames(), toName);
  return toName.map(({ source, target, shape }, i) => {
    const line = routedLine(cardCentre(cards[source]!), cardCentre(cards[target]!), shape);
    return { at: moved[i] ?? line.middle, moved: moved[i] !== undefined, middle: line.middle };
  });
}

const nameBox = ([x, y]: Point): Rect => ({
  left: x - SIZE.width / 2,
  top: y - SIZE.height / 2,
  right: x + SIZE.width / 2,
  bottom: y + SIZE.height / 2,
});
const cardBox = ({ x, y }: Position): Rect => ({
  left: x,
  top: y,
  right: x + NODE_WIDTH,
  bottom: y + NODE_HEIGHT,
});
const onACard = (at: Point, cards: Record<string, Position>) =>
  Object.values(cards).some((card) => rectsOverlap(nameBox(at), cardBox(card)));

// Two rows of cards 28 units apart, as the sample's goal tree lies: a direction above, and a task
// beside it whose edge to the vision above runs close past the direction's corner.
const TREE: Record<string, Position> = {
  vision: { x: 348, y: 0 },
  left: { x: 0, y: 100 },
  middle: { x: 232, y: 100 },
  below: { x: 0, y: 200 },
  under: { x: 0, y: 300 },
};

describe('where an edge names itself', () => {
  it('at the middle of its line when that is clear', () => {
    const [name] = placed({ a: { x: 0, y: 0 }, b: { x: 600, y: 0 } }, [['a', 'b']]);
    expect(name!.moved).toBe(false);
  });

  it('along its line, clear of the cards, when its middle is under one', () => {
    const [name] = placed(TREE, [['left', 'vision']]);
    expect(onACard(name!.middle, TREE)).toBe(true);
    expect(name!.moved).toBe(true);
    expect(onACard(name!.at, TREE)).toBe(false);
  });

  it('clear of the card a detour goes round', () => {
    const [name] = placed(TREE, [['under', 'left']]);
    expect(onACard(name!.at, TREE)).toBe(false);
  });

  it('clear of the names placed with it, whichever edge comes first', () => {
    for (const edges of [
      [
        ['under', 'left'],
        ['below', 'left'],
        ['left', 'vision'],
        ['middle', 'vision'],
      ],
      [
        ['middle', 'vision'],
        ['left', 'vision'],
        ['below', 'left'],
        ['under', 'left'],
      ],
    ] as [string, string][][]) {
      const names = placed(TREE, edges);
      for (const [i, name] of names.entries()) {
        expect(onACard(name.at, TREE)).toBe(false);
        for (const other of names.slice(i + 1))
          expect(rectsOverlap(nameBox(name.at), nameBox(other.at))).toBe(false);
      }
      // The names already clear stay where every edge's name was.
      const below = names[edges.findIndex(([source]) => source === 'below')]!;
      expect(below.moved).toBe(false);
    }
  });
});
