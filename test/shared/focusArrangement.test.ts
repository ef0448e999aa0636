import { describe, expect, it } from 'vitest';
import { focusArrangement, GATHERED_AT_MOST } from '../../shared/map/focusArrangement';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layoutByKind';
import { boundsOf } from '../../shared/layout/overview';
import { placeToFit } from '../../shared/layout/viewport';
import type { Position } from '../../shared/model/graph';

const at = (id: string, x: number, y: number) => ({ id, position: { x, y } });
const link = (source: string, target: string) => ({ source, target });

function overlaps(a: Position, b: Position): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;
}

describe('a focus gathered round its node', () => {
  // A city with its direction far above and three projects far below, as in the sample.
  const city = at('city', 0, 0);
  const direction = at('direction', -300, -2400);
  const projects = [at('p1', -200, 2600), at('p2', 0, 2700), at('p3', 250, 2600)];
  const nodes = [city, direction, ...projects];
  const links = [link('city', 'direction'), ...projects.map((p) => link(p.id, 'city'))];

  it('brings far neighbours round the focused node, which stays where it is', () => {
    const places = focusArrangement('city', nodes, links)!;
    expect(places.get('city')).toEqual(city.position);
    for (const node of nodes.slice(1)) {
      const place = places.get(node.id)!;
      expect(Math.hypot(place.x - city.position.x, place.y - city.position.y)).toBeLessThan(700);
    }
  });

  it('keeps each on its side: the direction above, the projects below, in their order', () => {
    const places = focusArrangement('city', nodes, links)!;
    expect(places.get('direction')!.y).toBeLessThan(city.position.y);
    for (const p of projects) expect(places.get(p.id)!.y).toBeGreaterThan(city.position.y);
    expect(places.get('p1')!.x).toBeLessThan(places.get('p3')!.x);
  });

  it('puts no card on another', () => {
    const crowd = [
      city,
      ...Array.from({ length: 30 }, (_, i) => at(`n${i}`, i * 40, 3000 + (i % 3) * 10)),
    ];
    const places = [
      ...focusArrangement(
        'city',
        crowd,
        crowd.slice(1).map((n) => link(n.id, 'city')),
      )!.values(),
    ];
    for (const [i, a] of places.entries())
      for (const b of places.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  });

  it('gathers a direction and its sixteen neighbours small enough to read on a laptop', () => {
    // Cards are wider than tall: more of them fit down a ring's sides than along its top.
    const direction = at('direction', 0, 0);
    const neighbours = Array.from({ length: 16 }, (_, i) => {
      const angle = (i / 16) * 2 * Math.PI + 0.3;
      return at(`n${i}`, Math.cos(angle) * 3000, Math.sin(angle) * 2000);
    });
    const places = [
      ...focusArrangement(
        'direction',
        [direction, ...neighbours],
        neighbours.map((n) => link(n.id, 'direction')),
      )!.values(),
    ];
    const xs = places.map((p) => p.x);
    const ys = places.map((p) => p.y);
    const width = Math.max(...xs) - Math.min(...xs) + NODE_WIDTH;
    const height = Math.max(...ys) - Math.min(...ys) + NODE_HEIGHT;
    // The canvas of a 1366 × 768 window is about 900 × 680: here at 58 % or more.
    expect(Math.min(900 / width, 680 / height)).toBeGreaterThanOrEqual(0.58);
    for (const [i, a] of places.entries())
      for (const b of places.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  });

  it('spreads two neighbours that would touch round the ring rather than widening it', () => {
    // Ulaanbaatar in the sample: two goals above it, three projects below and to either side,
    // two of which a first ring puts corner to corner.
    const origin = at('city', 696, 768);
    const around = [
      at('direction', 232, 100),
      at('task', 696, 400),
      at('p1', 232, 3456),
      at('p2', 1624, 3256),
      at('p3', 464, 2756),
    ];
    const links = around.map((node) => link(node.id, 'city'));
    const places = [...focusArrangement('city', [origin, ...around], links)!.values()];
    const xs = places.map((p) => p.x);
    const ys = places.map((p) => p.y);
    const width = Math.max(...xs) - Math.min(...xs) + NODE_WIDTH;
    const height = Math.max(...ys) - Math.min(...ys) + NODE_HEIGHT;
    // The whole focus fits a laptop's canvas (about 900 × 680) at full size.
    expect(Math.min(900 / width, 680 / height)).toBeGreaterThanOrEqual(1);
    for (const [i, a] of places.entries())
      for (const b of places.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  });

  it('puts what is two steps away on a ring outside the first', () => {
    const far = at('far', 4000, 0);
    const places = focusArrangement('city', [...nodes, far], [...links, link('far', 'p2')])!;
    const distance = (id: string) => {
      const p = places.get(id)!;
      return Math.hypot(p.x - city.position.x, p.y - city.position.y);
    };
    expect(distance('far')).toBeGreaterThan(Math.max(...projects.map((p) => distance(p.id))));
  });

  it('gathers a city with one neighbour nine rows above it, so both read at full size', () => {
    // Hanoi in the sample: its direction sits at the top of the goal tree, nine rows up.
    const hanoi = at('hanoi', 232, 968);
    const direction = at('direction', 0, 100);
    const places = focusArrangement('hanoi', [hanoi, direction], [link('hanoi', 'direction')]);
    expect(places).not.toBeNull();
    const gathered = [...places!.values()];
    const bounds = boundsOf(gathered)!;
    // Fitted on a laptop's canvas (about 900 × 680), at 100 %: fitting never goes closer.
    expect(placeToFit(bounds, 900, 680, 0.01, gathered).zoom).toBe(1);
    expect(places!.get('direction')!.y).toBeLessThan(hanoi.position.y);
  });

  it('leaves cards where they are when they can be read together, or are too many', () => {
    const close = [city, at('a', 300, 0), at('b', 0, 300)];
    expect(focusArrangement('city', close, [link('a', 'city'), link('b', 'city')])).toBeNull();
    const many = [
      city,
      ...Array.from({ length: GATHERED_AT_MOST }, (_, i) => at(`m${i}`, i * 500, 4000)),
    ];
    expect(focusArrangement('city', many, [])).toBeNull();
  });
});
