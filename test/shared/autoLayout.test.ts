import { describe, expect, it } from 'vitest';
import facts from '../../assets/seoul-2018-facts.json';
import { autoLayout, positionsAt } from '../../shared/layout/autoLayout';
import { layoutByKind, NODE_HEIGHT, overlaps } from '../../shared/layout/layoutByKind';
import type { Position } from '../../shared/model/graph';
import { buildSeoulSample } from '../../shared/sample/seoulSample';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import { generateStrategy } from '../bench/generateStrategy';
import { edge, node } from './fixtures';

function overlappingPairs(positions: Map<string, Position>): string[] {
  const sorted = [...positions].sort((a, b) => a[1].y - b[1].y);
  const pairs: string[] = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length && sorted[j]![1].y - sorted[i]![1].y < NODE_HEIGHT; j++)
      if (overlaps(sorted[i]![1], sorted[j]![1])) pairs.push(`${sorted[i]![0]}/${sorted[j]![0]}`);
  return pairs;
}

describe('auto layout by goal', () => {
  const graph = {
    nodes: [
      node('goal', 'vision'),
      node('goal', 'd1'),
      node('goal', 'd2'),
      node('goal', 't1'),
      node('goal', 't2'),
      node('partnerCity', 'hanoi'),
      node('project', 'metro'),
      node('project', 'orphan-project'),
      node('actor', 'koica'),
    ],
    edges: [
      edge('e1', 'subgoalOf', 'd1', 'vision'),
      edge('e2', 'subgoalOf', 'd2', 'vision'),
      edge('e3', 'subgoalOf', 't1', 'd1'),
      edge('e4', 'subgoalOf', 't2', 'd1'),
      edge('e5', 'servesGoal', 'hanoi', 't2'),
      edge('e6', 'locatedIn', 'metro', 'hanoi'),
    ],
  };

  it('puts goals above their subgoals and what serves a goal beside it', () => {
    const at = autoLayout(graph, 'byGoal');
    const [vision, d1, t1, t2, hanoi, metro] = ['vision', 'd1', 't1', 't2', 'hanoi', 'metro'].map(
      (id) => at.get(id)!,
    );
    expect(vision!.y).toBeLessThan(d1!.y);
    expect(t1!.y).toBeGreaterThan(d1!.y);
    // Sibling subgoals side by side on one row, never one under the other.
    expect(t2!.y).toBe(t1!.y);
    expect(t2!.x).toBeGreaterThan(t1!.x);
    // Hanoi serves t2; the metro project, with no goal of its own, follows its partner city.
    expect(hanoi!.y).toBe(t2!.y);
    expect(hanoi!.x).toBeGreaterThan(t2!.x);
    expect(metro!.y).toBe(t2!.y);
    expect(metro!.x).toBeGreaterThan(t2!.x);
  });

  it('puts what serves no goal in bands below the goals', () => {
    const at = autoLayout(graph, 'byGoal');
    const lowestGoal = Math.max(...['vision', 'd1', 'd2', 't1', 't2'].map((id) => at.get(id)!.y));
    expect(at.get('orphan-project')!.y).toBeGreaterThan(lowestGoal);
    expect(at.get('koica')!.y).toBeGreaterThan(lowestGoal);
    expect(at.get('koica')!.y).not.toBe(at.get('orphan-project')!.y);
  });

  it('places every node of the Seoul sample with no two overlapping', () => {
    const sample = buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z');
    const at = autoLayout(sample, 'byGoal');
    expect(at.size).toBe(sample.nodes.length);
    expect(overlappingPairs(at)).toEqual([]);
  });

  it('keeps a large strategy free of overlaps and the same every time', () => {
    const strategy = generateStrategy(2000, 3);
    const first = autoLayout(strategy, 'byGoal');
    expect(first.size).toBe(2000);
    expect(overlappingPairs(first)).toEqual([]);
    expect(autoLayout(strategy, 'byGoal')).toEqual(first);
  });

  it('survives a subgoal cycle', () => {
    const cyclic = {
      nodes: [node('goal', 'a'), node('goal', 'b')],
      edges: [edge('e1', 'subgoalOf', 'a', 'b'), edge('e2', 'subgoalOf', 'b', 'a')],
    };
    const at = autoLayout(cyclic, 'byGoal');
    expect(at.size).toBe(2);
    expect(overlappingPairs(at)).toEqual([]);
  });
});

describe('auto layout by kind and the animation between layouts', () => {
  it('groups by kind as the sample is laid out', () => {
    const sample = buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z');
    expect(autoLayout(sample, 'byKind')).toEqual(layoutByKind(sample));
  });

  it('moves from the old positions to the new ones, easing in between', () => {
    const from = new Map([['a', { x: 0, y: 0 }]]);
    const to = new Map([['a', { x: 100, y: -50 }]]);
    expect(positionsAt(from, to, 0).get('a')).toEqual({ x: 0, y: 0 });
    expect(positionsAt(from, to, 1).get('a')).toEqual({ x: 100, y: -50 });
    const halfway = positionsAt(from, to, 0.5).get('a')!;
    expect(halfway.x).toBeGreaterThan(50);
    expect(halfway.x).toBeLessThan(100);
  });
});
