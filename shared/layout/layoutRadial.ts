import type { Position } from '../model/graph';
import { BAND_GAP, goalTree, NODE_HEIGHT, NODE_WIDTH, type LayoutGraph } from './layoutByKind';
import { placeLooseNodes } from './layoutByGoal';

/**
 * Two cards whose centres are this far apart never overlap, whatever their angle: the card's
 * diagonal and a gap. It is both the least distance between neighbours on a ring and between
 * rings.
 */
const SPACING = Math.ceil(Math.hypot(NODE_WIDTH, NODE_HEIGHT)) + 32;
const RING_STEP = SPACING + 20;

/** The node a radial layout centres on when none is chosen: the top of the goal tree. */
export function defaultCentre(graph: LayoutGraph): string | null {
  const goals = graph.nodes.filter((n) => n.kind === 'goal');
  const { parentOf } = goalTree(goals, graph);
  return goals.find((g) => !parentOf.has(g.id))?.id ?? graph.nodes[0]?.id ?? null;
}

/**
 * Lays the strategy out in rings around one node: the nodes related to it on the first ring,
 * theirs on the second, and so on by the number of steps between them. Each node keeps to the
 * angle of the node that brought it in, with a share of the circle for the nodes that follow
 * it, so related nodes stay together. A ring too crowded for one circle takes several close
 * circles. What the centre cannot reach goes in bands below.
 */
export function layoutRadial(
  graph: LayoutGraph,
  centre: string | null | undefined,
): Map<string, Position> {
  const positions = new Map<string, Position>();
  const ids = new Set(graph.nodes.map((n) => n.id));
  const start = centre && ids.has(centre) ? centre : defaultCentre(graph);
  if (!start) return positions;

  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const edge of graph.edges) {
    if (edge.source === edge.target || !ids.has(edge.source) || !ids.has(edge.target)) continue;
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }

  // Breadth first: each node's ring is its distance, its parent the node that reached it first.
  const ringOf = new Map<string, number>([[start, 0]]);
  const kidsOf = new Map<string, string[]>();
  const rings: string[][] = [[start]];
  for (let ring = 0; ring < rings.length; ring++) {
    const next: string[] = [];
    for (const id of rings[ring]!) {
      const kids: string[] = [];
      for (const other of neighbours.get(id) ?? []) {
        if (ringOf.has(other)) continue;
        ringOf.set(other, ring + 1);
        kids.push(other);
        next.push(other);
      }
      kidsOf.set(id, kids);
    }
    if (next.length > 0) rings.push(next);
  }

  // Each node's wanted angle: the middle of a wedge of its parent's, as wide as its share of
  // the nodes beyond.
  const weight = new Map<string, number>();
  for (let ring = rings.length - 1; ring >= 0; ring--)
    for (const id of rings[ring]!)
      weight.set(id, 1 + (kidsOf.get(id) ?? []).reduce((sum, kid) => sum + weight.get(kid)!, 0));
  const wanted = new Map<string, number>();
  const share = (id: string, from: number, to: number) => {
    const kids = kidsOf.get(id) ?? [];
    const total = kids.reduce((sum, kid) => sum + weight.get(kid)!, 0);
    let at = from;
    for (const kid of kids) {
      const width = ((to - from) * weight.get(kid)!) / total;
      wanted.set(kid, at + width / 2);
      share(kid, at, at + width);
      at += width;
    }
  };
  share(start, 0, 2 * Math.PI);

  const place = (id: string, radius: number, angle: number) => {
    // Angles run clockwise from the top.
    const x = radius * Math.cos(angle - Math.PI / 2);
    const y = radius * Math.sin(angle - Math.PI / 2);
    positions.set(id, {
      x: Math.round(x - NODE_WIDTH / 2),
      y: Math.round(y - NODE_HEIGHT / 2),
    });
  };
  place(start, 0, 0);
  let radius = 0;
  for (const ring of rings.slice(1)) {
    const nodes = [...ring].sort((a, b) => wanted.get(a)! - wanted.get(b)!);
    const circles = circlesFor(nodes.length, radius + RING_STEP);
    radius = circles[circles.length - 1]!.radius;
    // Every circle's places spread evenly round it; taken together in order of angle, they
    // receive the nodes in order of wanted angle, and the ring is turned to fit them best.
    const slots = circles
      .flatMap(({ radius, count }) =>
        Array.from({ length: count }, (_, i) => ({ radius, angle: (2 * Math.PI * i) / count })),
      )
      .sort((a, b) => a.angle - b.angle || a.radius - b.radius);
    let sin = 0;
    let cos = 0;
    nodes.forEach((id, i) => {
      const difference = wanted.get(id)! - slots[i]!.angle;
      sin += Math.sin(difference);
      cos += Math.cos(difference);
    });
    const turn = Math.atan2(sin, cos);
    nodes.forEach((id, i) => place(id, slots[i]!.radius, slots[i]!.angle + turn));
  }

  placeLooseNodes(graph, positions, radius + NODE_HEIGHT / 2 + BAND_GAP, -radius - NODE_WIDTH / 2);
  return positions;
}

/**
 * The circles a ring of `count` nodes needs, from `inner` outwards RING_STEP apart, and how
 * many nodes each holds: no more than fit SPACING apart, shared in proportion to their room.
 */
export function circlesFor(count: number, inner: number): { radius: number; count: number }[] {
  const room = (radius: number) => Math.max(1, Math.floor((2 * Math.PI * radius) / SPACING));
  const radii: number[] = [inner];
  let total = room(inner);
  while (total < count) {
    const next = radii[radii.length - 1]! + RING_STEP;
    radii.push(next);
    total += room(next);
  }
  const held = radii.map((radius) => Math.floor((count * room(radius)) / total));
  let left = count - held.reduce((sum, n) => sum + n, 0);
  for (let i = radii.length - 1; i >= 0 && left > 0; i--) {
    const more = Math.min(left, room(radii[i]!) - held[i]!);
    held[i]! += more;
    left -= more;
  }
  return radii.map((radius, i) => ({ radius, count: held[i]! }));
}
