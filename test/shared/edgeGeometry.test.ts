import { describe, expect, it } from 'vitest';
import { BUNDLE_MIN, bundleServesGoal } from '../../shared/layout/edgeBundles';
import {
  bundledCurve,
  cardBorderPoint,
  cardCentre,
  cardIndex,
  curvePath,
  detourBend,
  edgeCurve,
  edgeLine,
  edgeShape,
  pathBounds,
  pointsAlong,
  routeEdge,
  segmentHitsBox,
  slightBend,
  type Point,
} from '../../shared/layout/edgeGeometry';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layoutByKind';
import {
  ARROWHEAD_SHAPES,
  arrowheadMarkerSvg,
  dashArray,
  EDGE_STYLES,
} from '../../shared/model/edgeStyles';
import type { Position } from '../../shared/model/graph';
import { EDGE_KINDS } from '../../shared/model/vocabulary';
import { edge } from './fixtures';

const onBorder = (point: Point, card: Position) => {
  const [x, y] = point;
  const inside =
    x >= card.x - 0.01 &&
    x <= card.x + NODE_WIDTH + 0.01 &&
    y >= card.y - 0.01 &&
    y <= card.y + NODE_HEIGHT + 0.01;
  const onSide =
    Math.abs(x - card.x) < 0.01 ||
    Math.abs(x - card.x - NODE_WIDTH) < 0.01 ||
    Math.abs(y - card.y) < 0.01 ||
    Math.abs(y - card.y - NODE_HEIGHT) < 0.01;
  return inside && onSide;
};

/** The point of a quadratic curve at t. */
const at = (from: Point, control: Point, to: Point, t: number): Point => [
  (1 - t) ** 2 * from[0] + 2 * t * (1 - t) * control[0] + t ** 2 * to[0],
  (1 - t) ** 2 * from[1] + 2 * t * (1 - t) * control[1] + t ** 2 * to[1],
];

describe('floating edges', () => {
  it('leave a card on the side facing the other end', () => {
    const centre = cardCentre({ x: 0, y: 0 });
    expect(centre).toEqual([100, 36]);
    expect(cardBorderPoint(centre, [1000, 36])).toEqual([200, 36]);
    expect(cardBorderPoint(centre, [-1000, 36])).toEqual([0, 36]);
    expect(cardBorderPoint(centre, [100, 500])).toEqual([100, 72]);
    expect(cardBorderPoint(centre, [100, -500])).toEqual([100, 0]);
    // A steep diagonal crosses the bottom edge, a shallow one the side.
    expect(cardBorderPoint(centre, [136, 72])[1]).toBe(72);
    expect(cardBorderPoint(centre, [400, 72])[0]).toBe(200);
    expect(cardBorderPoint(centre, centre)).toEqual(centre);
  });

  it('run between the borders of both cards, whichever way they are arranged', () => {
    const a = { x: 0, y: 0 };
    for (const b of [
      { x: 600, y: 0 },
      { x: -600, y: 40 },
      { x: 30, y: 400 },
      { x: 500, y: -300 },
    ]) {
      const curve = edgeCurve(cardCentre(a), cardCentre(b), 10);
      expect(onBorder(curve.from, a)).toBe(true);
      expect(onBorder(curve.to, b)).toBe(true);
    }
  });

  it('bow slightly to the left of their direction, so a pair related both ways stays apart', () => {
    const a = cardCentre({ x: 0, y: 0 });
    const b = cardCentre({ x: 800, y: 0 });
    const there = edgeCurve(a, b, slightBend(a, b));
    const back = edgeCurve(b, a, slightBend(b, a));
    expect(there.middle[1]).toBeGreaterThan(36);
    expect(back.middle[1]).toBeLessThan(36);
    expect(slightBend(a, b)).toBeGreaterThan(0);
    expect(slightBend(a, b)).toBeLessThanOrEqual(28);
  });

  it('are written as SVG path data starting at the source', () => {
    const curve = edgeCurve(cardCentre({ x: 0, y: 0 }), cardCentre({ x: 600, y: 0 }), 0);
    expect(curvePath(curve)).toBe('M200,36 Q400,36 600,36');
  });
});

describe('detours round cards in the way', () => {
  const source = cardCentre({ x: 0, y: 0 });
  const target = cardCentre({ x: 1200, y: 0 });
  const blocker = { x: 500, y: -10 };

  it('knows when a straight line crosses a card', () => {
    expect(segmentHitsBox(source, target, blocker)).toBe(true);
    expect(segmentHitsBox(source, target, { x: 500, y: 200 })).toBe(false);
    expect(segmentHitsBox([0, 0], [10, 10], { x: 500, y: 0 })).toBe(false);
  });

  it('bows the edge far enough to pass the card, on the nearer side', () => {
    const bend = detourBend(source, target, [blocker]);
    // The card reaches 26 below the line and 46 above it: going below is the shorter way.
    expect(bend).toBeGreaterThan(0);
    const control: Point = [(source[0] + target[0]) / 2, source[1] + bend];
    const curve = edgeCurve(source, target, bend);
    expect(curve.control[1]).toBeCloseTo(control[1], 5);
    for (let t = 0.3; t <= 0.7; t += 0.05) {
      const [x, y] = at(curve.from, curve.control, curve.to, t);
      const inside =
        x > blocker.x && x < blocker.x + NODE_WIDTH && y > blocker.y && y < blocker.y + NODE_HEIGHT;
      expect(inside).toBe(false);
    }
  });

  it('keeps the slight bend with nothing in the way', () => {
    expect(detourBend(source, target, [{ x: 500, y: 400 }])).toBe(slightBend(source, target));
  });

  it('finds the cards in the way through a grid, leaving out the two ends', () => {
    const positions = new Map<string, Position>([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 1200, y: 0 }],
      ['block', blocker],
      ['far', { x: 5000, y: 5000 }],
    ]);
    const index = cardIndex(positions);
    expect(routeEdge(index, 'a', 'b')).toEqual({ bend: detourBend(source, target, [blocker]) });
    expect(routeEdge(index, 'a', 'far')).toEqual({
      bend: slightBend(source, cardCentre({ x: 5000, y: 5000 })),
    });
    expect(routeEdge(index, 'a', 'missing')).toEqual({ bend: 0 });
  });
});

describe('edges in steps, as a tree is drawn', () => {
  // A parent above, a child below and to the left, a sibling card on the child's row between.
  const parent = { x: 1000, y: 0 };
  const child = { x: 0, y: 300 };
  const sibling = { x: 500, y: 300 };
  const between = { x: 400, y: 200 };
  const [from, to] = [cardCentre(child), cardCentre(parent)];

  it('keeps a clear straight line, slightly bowed, for most relationships', () => {
    expect(edgeShape(from, to, [sibling])).toEqual({ bend: slightBend(from, to) });
  });

  it('steps a subgoal edge through the gap between the rows when that way is clear', () => {
    const shape = edgeShape(from, to, [sibling], true);
    expect(shape.stepY).toBe((36 + 336) / 2);
    const line = edgeLine(from, to, shape);
    // Out of the child's top, across at mid-gap, into the parent's bottom.
    expect(line.path).toMatch(/^M100,300 L100,/);
    expect(line.tip).toEqual([1100, 72]);
    expect(line.before[1]).toBe(shape.stepY);
    expect(line.middle).toEqual([600, shape.stepY]);
  });

  it('steps round a card on the straight line, and bows when the steps are blocked too', () => {
    expect(edgeShape(from, to, [between]).stepY).toBe(186);
    const blocked = edgeShape(from, to, [between, { x: 300, y: 150 }]);
    expect(blocked.stepY).toBeUndefined();
    expect(Math.abs(blocked.bend)).toBeGreaterThan(slightBend(from, to));
  });

  it('does not step between cards too close in height', () => {
    const side = cardCentre({ x: 600, y: 260 });
    expect(edgeShape(from, side, [], true).stepY).toBeUndefined();
  });
});

describe('the box round an edge, to leave out of a drawing the edges off it', () => {
  const inside = (box: ReturnType<typeof pathBounds>, [x, y]: Point) =>
    x >= box.left - 0.1 && x <= box.right + 0.1 && y >= box.top - 0.1 && y <= box.bottom + 0.1;

  it('holds the whole of a bowed edge, at negative coordinates too', () => {
    const source = cardCentre({ x: -900, y: -400 });
    const target = cardCentre({ x: 300, y: 250 });
    const shape = { bend: 160 };
    const box = pathBounds(edgeLine(source, target, shape).path);
    const along = pointsAlong(source, target, shape, [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]);
    expect(along.every((point) => inside(box, point))).toBe(true);
    // No bigger than the curve's own points: the ends and the point the bow pulls towards.
    const { from, control, to } = edgeCurve(source, target, shape.bend);
    const xs = [from[0], control[0], to[0]];
    const ys = [from[1], control[1], to[1]];
    expect(box.left).toBeCloseTo(Math.min(...xs), 0);
    expect(box.right).toBeCloseTo(Math.max(...xs), 0);
    expect(box.top).toBeCloseTo(Math.min(...ys), 0);
    expect(box.bottom).toBeCloseTo(Math.max(...ys), 0);
  });

  it('spans every run of an edge in steps', () => {
    const [from, to] = [cardCentre({ x: 0, y: 300 }), cardCentre({ x: 1000, y: 0 })];
    const line = edgeLine(from, to, { bend: 0, stepY: 186 });
    expect(pathBounds(line.path)).toEqual({ left: 100, top: 72, right: 1100, bottom: 300 });
  });
});

describe('bundling the edges into a goal', () => {
  const goal = { x: 0, y: 0 };
  const below = (n: number) =>
    new Map<string, Position>([
      ['goal', goal],
      ...Array.from(
        { length: n },
        (_, i) => [`c${i}`, { x: (i - n / 2) * 240, y: 400 }] as [string, Position],
      ),
    ]);
  const serving = (n: number) =>
    Array.from({ length: n }, (_, i) => edge(`e${i}`, 'servesGoal', `c${i}`, 'goal'));

  it('bundles many serving nodes into one trunk, its count drawn once', () => {
    const bundles = bundleServesGoal(below(6), serving(6));
    expect(bundles.size).toBe(6);
    const list = [...bundles.values()];
    expect(new Set(list.map((b) => b.junction.join()))).toHaveLength(1);
    expect(list.every((b) => b.count === 6 && b.goal === 'goal')).toBe(true);
    expect(list.filter((b) => b.leader)).toHaveLength(1);
    expect(bundles.get('e0')!.leader).toBe(true);
    // The junction is below the goal, towards the serving nodes, clear of the card.
    const [x, y] = list[0]!.junction;
    expect(y).toBeGreaterThan(NODE_HEIGHT);
    expect(y).toBeLessThan(400);
    expect(Math.abs(x - NODE_WIDTH / 2)).toBeLessThan(40);
  });

  it('leaves a few edges, and other relationships, alone', () => {
    expect(bundleServesGoal(below(BUNDLE_MIN - 1), serving(BUNDLE_MIN - 1)).size).toBe(0);
    const others = serving(6).map((e) => ({ ...e, kind: 'partnersWith' as const }));
    expect(bundleServesGoal(below(6), others).size).toBe(0);
  });

  it('keeps nodes on the far side of the goal out of the trunk', () => {
    const positions = below(6);
    positions.set('above', { x: 0, y: -400 });
    const bundles = bundleServesGoal(positions, [
      ...serving(6),
      edge('up', 'servesGoal', 'above', 'goal'),
    ]);
    expect(bundles.has('up')).toBe(false);
    expect(bundles.get('e1')!.count).toBe(6);
  });

  it('draws a bundled edge from its card to the junction, then along the trunk', () => {
    const bundle = bundleServesGoal(below(6), serving(6)).get('e2')!;
    const curve = bundledCurve(cardCentre(below(6).get('c2')!), bundle.junction, cardCentre(goal));
    expect(onBorder(curve.to, goal)).toBe(true);
    expect(onBorder(curve.from, below(6).get('c2')!)).toBe(true);
    expect(curvePath(curve)).toMatch(/^M[\d.-]+,[\d.-]+ Q[\d.-]+,[\d.-]+ [\d.-]+,[\d.-]+ L/);
  });
});

describe('relationship styles', () => {
  it('give every relationship its own colour, dash and arrowhead', () => {
    const styles = EDGE_KINDS.map((kind) => EDGE_STYLES[kind]);
    expect(new Set(styles.map((s) => s.colour)).size).toBe(EDGE_KINDS.length);
    expect(new Set(styles.map((s) => s.arrowhead)).size).toBe(EDGE_KINDS.length);
    expect(new Set(styles.map((s) => `${dashArray(s)}|${s.width}`)).size).toBeGreaterThan(4);
    for (const style of styles) expect(ARROWHEAD_SHAPES[style.arrowhead]).toBeDefined();
  });

  it('are written as SVG markers', () => {
    expect(arrowheadMarkerSvg('m1', 'servesGoal')).toMatch(/^<marker id="m1" .*<path d="M0,0/);
    expect(arrowheadMarkerSvg('m2', 'subgoalOf')).toContain('fill="none"');
    expect(arrowheadMarkerSvg('m3', 'fundedBy')).toContain('fill="#ffffff"');
  });
});
