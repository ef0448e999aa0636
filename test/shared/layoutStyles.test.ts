import { describe, expect, it } from 'vitest';
import facts from '../../assets/seoul-2018-facts.json';
import { autoLayout, LAYOUT_STYLES, layoutGraphOf } from '../../shared/layout/autoLayout';
import { NODE_HEIGHT, NODE_WIDTH, overlaps } from '../../shared/layout/layoutByKind';
import { circlesFor, layoutRadial } from '../../shared/layout/layoutRadial';
import type { Position } from '../../shared/model/graph';
import { buildSeoulSample } from '../../shared/sample/seoulSample';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import { generateStrategy } from '../bench/generateStrategy';
import { edge, node } from './fixtures';

const sample = buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z');

function overlappingPairs(positions: Map<string, Position>): string[] {
  const sorted = [...positions].sort((a, b) => a[1].y - b[1].y);
  const pairs: string[] = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length && sorted[j]![1].y - sorted[i]![1].y < NODE_HEIGHT; j++)
      if (overlaps(sorted[i]![1], sorted[j]![1])) pairs.push(`${sorted[i]![0]}/${sorted[j]![0]}`);
  return pairs;
}

/** vision → d1, d2, d3; d1 → t1, t2; d2 → t3 → s1, s2; cities serving t1 and d2. */
const hierarchy = {
  nodes: [
    node('goal', 'vision'),
    node('goal', 'd1'),
    node('goal', 'd2'),
    node('goal', 'd3'),
    node('goal', 't1'),
    node('goal', 't2'),
    node('goal', 't3'),
    node('goal', 's1'),
    node('goal', 's2'),
    ...Array.from({ length: 9 }, (_, i) => node('partnerCity', `c${i}`)),
    node('project', 'p1'),
    node('actor', 'loose'),
  ],
  edges: [
    edge('e1', 'subgoalOf', 'd1', 'vision'),
    edge('e2', 'subgoalOf', 'd2', 'vision'),
    edge('e3', 'subgoalOf', 'd3', 'vision'),
    edge('e4', 'subgoalOf', 't1', 'd1'),
    edge('e5', 'subgoalOf', 't2', 'd1'),
    edge('e6', 'subgoalOf', 't3', 'd2'),
    edge('e7', 'subgoalOf', 's1', 't3'),
    edge('e8', 'subgoalOf', 's2', 't3'),
    ...Array.from({ length: 7 }, (_, i) => edge(`s${i}`, 'servesGoal', `c${i}`, 't1')),
    edge('s7', 'servesGoal', 'c7', 'd2'),
    edge('s8', 'servesGoal', 'c8', 'd2'),
    edge('s9', 'servesGoal', 'p1', 'd2'),
  ],
};

const centreX = (p: Position) => p.x + NODE_WIDTH / 2;

describe('the tree and layered goal layouts', () => {
  for (const style of ['tree', 'byGoal'] as const) {
    it(`${style}: siblings on one row, side by side, in order, under their parent`, () => {
      const at = autoLayout(hierarchy, style);
      const [vision, d1, d2, d3, t1, t2, t3, s1, s2] = [
        'vision',
        'd1',
        'd2',
        'd3',
        't1',
        't2',
        't3',
        's1',
        's2',
      ].map((id) => at.get(id)!);
      expect(d1!.y).toBe(d2!.y);
      expect(d2!.y).toBe(d3!.y);
      expect(vision!.y).toBeLessThan(d1!.y);
      expect(d1!.x).toBeLessThan(d2!.x);
      expect(d2!.x).toBeLessThan(d3!.x);
      expect(t1!.y).toBe(t2!.y);
      expect(t1!.x).toBeLessThan(t2!.x);
      expect(s1!.y).toBe(s2!.y);
      expect(t1!.y).toBeGreaterThan(d1!.y);
      expect(s1!.y).toBeGreaterThan(t3!.y);
      // A parent sits over the middle of its children, not off to one side.
      expect(centreX(vision!)).toBeCloseTo((centreX(d1!) + centreX(d3!)) / 2, 0);
      expect(centreX(d1!)).toBeCloseTo((centreX(t1!) + centreX(t2!)) / 2, 0);
      expect(centreX(t3!)).toBeCloseTo((centreX(s1!) + centreX(s2!)) / 2, 0);
      // A branch stays under its own goal: d2's task between d1's tasks and d3.
      expect(t3!.x).toBeGreaterThan(t2!.x);
      expect(t3!.x).toBeLessThan(d3!.x);
      expect(overlappingPairs(at)).toEqual([]);
    });

    it(`${style}: what serves a goal is gathered beside it, the rest in bands below`, () => {
      const at = autoLayout(hierarchy, style);
      const t1 = at.get('t1')!;
      for (let i = 0; i < 7; i++) {
        const city = at.get(`c${i}`)!;
        expect(city.x).toBeGreaterThan(t1.x);
        expect(city.x - t1.x).toBeLessThan(7 * (NODE_WIDTH + 40));
        expect(city.y).toBeGreaterThanOrEqual(t1.y);
        expect(city.y - t1.y).toBeLessThan(4 * (NODE_HEIGHT + 30));
      }
      const lowest = Math.max(...[...at.values()].map((p) => p.y).filter((y) => y !== undefined));
      expect(at.get('loose')!.y).toBe(lowest);
    });
  }

  it('layered rows: every goal of a depth on the same row across branches', () => {
    const at = autoLayout(hierarchy, 'byGoal');
    expect(at.get('t3')!.y).toBe(at.get('t1')!.y);
  });

  it('tree rows: each row of children starts under its own parent and its block', () => {
    const at = autoLayout(hierarchy, 'tree');
    const blockBottom = (ids: string[]) =>
      Math.max(...ids.map((id) => at.get(id)!.y + NODE_HEIGHT));
    const t1Block = blockBottom(Array.from({ length: 7 }, (_, i) => `c${i}`));
    const d2Block = blockBottom(['d2', 'c7', 'c8', 'p1']);
    // t3 is just under d2's block, not pushed down by the taller block of its cousin t1.
    expect(at.get('t3')!.y).toBeGreaterThan(d2Block);
    expect(at.get('t3')!.y - d2Block).toBeLessThan(200);
    expect(at.get('s1')!.y).toBeLessThan(t1Block);
    expect(at.get('t1')!.y - blockBottom(['d1'])).toBeLessThan(200);
  });

  it('the Seoul sample as a tree: the vision above its four directions, side by side', () => {
    const at = autoLayout(sample, 'tree');
    const vision = at.get('goal-vision')!;
    const directions = [1, 2, 3, 4].map((i) => at.get(`goal-direction-${i}`)!);
    for (const direction of directions) {
      expect(direction.y).toBe(directions[0]!.y);
      expect(direction.y).toBeGreaterThan(vision.y);
    }
    const xs = directions.map((d) => d.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(centreX(vision)).toBeGreaterThan(centreX(directions[0]!));
    expect(centreX(vision)).toBeLessThan(centreX(directions[3]!));
    expect(overlappingPairs(at)).toEqual([]);
  });

  it('survives a subgoal cycle', () => {
    const cyclic = {
      nodes: [node('goal', 'a'), node('goal', 'b'), node('goal', 'c')],
      edges: [
        edge('e1', 'subgoalOf', 'a', 'b'),
        edge('e2', 'subgoalOf', 'b', 'a'),
        edge('e3', 'subgoalOf', 'c', 'c'),
      ],
    };
    for (const style of LAYOUT_STYLES) {
      const at = autoLayout(cyclic, style);
      expect(at.size).toBe(3);
      expect(overlappingPairs(at)).toEqual([]);
    }
  });
});

describe('the radial layout', () => {
  const distance = (a: Position, b: Position) => Math.hypot(a.x - b.x, a.y - b.y);

  it('puts the chosen node in the middle and each node on the ring of its distance', () => {
    const at = layoutRadial(hierarchy, 't3');
    const centre = at.get('t3')!;
    const ringOf: Record<string, number> = {
      d2: 1,
      s1: 1,
      s2: 1,
      vision: 2,
      c7: 2,
      c8: 2,
      p1: 2,
      d1: 3,
      d3: 3,
      t1: 4,
      t2: 4,
      c0: 5,
    };
    const radii = new Map<number, number[]>();
    for (const [id, ring] of Object.entries(ringOf))
      radii.set(ring, [...(radii.get(ring) ?? []), distance(at.get(id)!, centre)]);
    // One circle per ring here, and rings strictly further out with each step.
    for (const [, list] of radii) {
      expect(Math.max(...list) - Math.min(...list)).toBeLessThan(2);
    }
    for (let ring = 1; ring < 5; ring++)
      expect(Math.min(...radii.get(ring + 1)!)).toBeGreaterThan(
        Math.max(...radii.get(ring)!) + 200,
      );
    expect(overlappingPairs(at)).toEqual([]);
  });

  it('keeps what one node brought in near it on the next ring', () => {
    const at = layoutRadial(hierarchy, 'vision');
    const angle = (id: string) => {
      const p = at.get(id)!;
      return Math.atan2(p.y, p.x);
    };
    const gap = (a: string, b: string) => {
      const d = Math.abs(angle(a) - angle(b));
      return Math.min(d, 2 * Math.PI - d);
    };
    // t1 and t2 hang off d1: closer in angle to d1 than to d3.
    expect(gap('t1', 'd1')).toBeLessThan(gap('t1', 'd3'));
    expect(gap('t3', 'd2')).toBeLessThan(gap('t3', 'd1'));
  });

  it('centres on the top of the goal tree without a selection, and places what it cannot reach below', () => {
    const at = autoLayout(hierarchy, 'radial', { centre: null });
    expect(centreX(at.get('vision')!)).toBe(0);
    const reached = [...at].filter(([id]) => id !== 'loose').map(([, p]) => p.y);
    expect(at.get('loose')!.y).toBeGreaterThan(Math.max(...reached));
    expect(at.size).toBe(hierarchy.nodes.length);
  });

  it('splits a crowded ring over close circles, never more on one than it can hold', () => {
    const circles = circlesFor(500, 300);
    expect(circles.reduce((sum, c) => sum + c.count, 0)).toBe(500);
    for (const { radius, count } of circles) {
      // Neighbours on a circle are at least a card's diagonal apart.
      const chord = 2 * radius * Math.sin(Math.PI / Math.max(count, 2));
      expect(chord).toBeGreaterThan(Math.hypot(NODE_WIDTH, NODE_HEIGHT));
    }
    expect(circles.length).toBeGreaterThan(1);
  });

  it('lays out a large strategy with no overlaps, the same every time', () => {
    const strategy = generateStrategy(2000, 3);
    const first = layoutRadial(strategy, strategy.nodes[10]!.id);
    expect(first.size).toBe(2000);
    expect(overlappingPairs(first)).toEqual([]);
    expect(layoutRadial(strategy, strategy.nodes[10]!.id)).toEqual(first);
  });
});

describe('every layout style', () => {
  it('reads only ids, kinds and edges, so it can be handed to a worker without node data', () => {
    const lean = layoutGraphOf(sample);
    expect(Object.keys(lean.nodes[0]!)).toEqual(['id', 'kind']);
    for (const style of LAYOUT_STYLES)
      expect(autoLayout(lean, style, { centre: 'goal-vision' })).toEqual(
        autoLayout(sample, style, { centre: 'goal-vision' }),
      );
  });

  it('keeps large strategies free of overlaps', () => {
    const strategy = generateStrategy(2000, 5);
    for (const style of LAYOUT_STYLES) {
      const at = autoLayout(strategy, style);
      expect(at.size).toBe(2000);
      expect(overlappingPairs(at)).toEqual([]);
    }
  });
});
