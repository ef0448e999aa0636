import { NODE_HEIGHT, NODE_WIDTH } from '../layout/layoutByKind';
import type { Position } from '../model/graph';

/** Past this many cards a focus is a region of the map, read where it lies. */
export const GATHERED_AT_MOST = 60;
/**
 * A focus whose cards could not all be read on a laptop screen (1280 × 720 of canvas at 75 %
 * zoom) is gathered; one that can stays where the map put it.
 */
const READ_IN_PLACE = { width: 1280 / 0.75, height: 720 / 0.75 };
/** Room between neighbouring cards on a ring, wide enough for cards at any angle. */
const SLOT = Math.hypot(NODE_WIDTH, NODE_HEIGHT) + 48;
/** The first ring clears the focused card; each further ring clears the one inside it. */
const FIRST_RING = NODE_WIDTH + 60;
const RING_GAP = Math.hypot(NODE_WIDTH, NODE_HEIGHT) + 60;
/** Rings are wider than tall, as cards are: room for a relationship's name beside a card. */
const WIDENED = 1.5;

interface Placed {
  id: string;
  position: Position;
}

const centreOf = (p: Position) => ({ x: p.x + NODE_WIDTH / 2, y: p.y + NODE_HEIGHT / 2 });

/** How many relationships each node is from `origin`, through the given links; unreached: absent. */
function stepsFrom(
  origin: string,
  ids: ReadonlySet<string>,
  links: readonly { source: string; target: string }[],
) {
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of links) {
    if (!ids.has(source) || !ids.has(target)) continue;
    neighbours.set(source, [...(neighbours.get(source) ?? []), target]);
    neighbours.set(target, [...(neighbours.get(target) ?? []), source]);
  }
  const steps = new Map([[origin, 0]]);
  let frontier = [origin];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier)
      for (const other of neighbours.get(id) ?? [])
        if (!steps.has(other)) {
          steps.set(other, steps.get(id)! + 1);
          next.push(other);
        }
    frontier = next;
  }
  return steps;
}

function spread(nodes: readonly Placed[]): { width: number; height: number } {
  const xs = nodes.map((n) => n.position.x);
  const ys = nodes.map((n) => n.position.y);
  return {
    width: Math.max(...xs) - Math.min(...xs) + NODE_WIDTH,
    height: Math.max(...ys) - Math.min(...ys) + NODE_HEIGHT,
  };
}

/**
 * Angles (sorted, in radians) moved apart just enough that neighbours are `gap` apart, keeping
 * their order and, on average, where they were: the map's sense of direction is kept. Evenly
 * round the circle when they cannot all keep their side.
 */
function anglesApart(sorted: readonly number[], gap: number): number[] {
  const moved = [...sorted];
  for (let i = 1; i < moved.length; i++) moved[i] = Math.max(moved[i]!, moved[i - 1]! + gap);
  if (moved.length > 1 && moved.at(-1)! - moved[0]! > 2 * Math.PI - gap)
    return sorted.map((_, i) => sorted[0]! + (i * 2 * Math.PI) / sorted.length);
  const shift = (sum(sorted) - sum(moved)) / moved.length;
  return moved.map((angle) => angle + shift);
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Where a focus shows its cards: gathered in rings round the focused node (its neighbours on
 * the first ring, theirs on the next), each on the side of it where the map has it, when
 * the cards lie too far apart to be read together. The strategy's own positions do not change;
 * this is only how the focus is shown. Null when the cards are shown where they are: already
 * close enough, too many to gather, or the focused node not among them.
 */
export function focusArrangement(
  origin: string,
  nodes: readonly Placed[],
  links: readonly { source: string; target: string }[],
): Map<string, Position> | null {
  const centre = nodes.find((node) => node.id === origin);
  if (!centre || nodes.length < 2 || nodes.length > GATHERED_AT_MOST) return null;
  const { width, height } = spread(nodes);
  if (width <= READ_IN_PLACE.width && height <= READ_IN_PLACE.height) return null;

  const steps = stepsFrom(origin, new Set(nodes.map((n) => n.id)), links);
  // Reached only through the goal tree (what serves a subgoal): the ring after the farthest.
  const farthest = Math.max(...steps.values());
  const rings = new Map<number, Placed[]>();
  for (const node of nodes) {
    if (node.id === origin) continue;
    const ring = steps.get(node.id) ?? farthest + 1;
    rings.set(ring, [...(rings.get(ring) ?? []), node]);
  }

  const middle = centreOf(centre.position);
  const angleOf = (node: Placed) => {
    const c = centreOf(node.position);
    return Math.atan2(c.y - middle.y, c.x - middle.x);
  };
  const arranged = new Map<string, Position>([[origin, centre.position]]);
  let radius = 0;
  for (const ring of [...rings.keys()].sort((a, b) => a - b)) {
    const members = rings.get(ring)!.sort((a, b) => angleOf(a) - angleOf(b));
    radius = Math.max(
      radius === 0 ? FIRST_RING : radius + RING_GAP,
      (members.length * SLOT) / (2 * Math.PI),
    );
    const angles = anglesApart(members.map(angleOf), SLOT / radius);
    members.forEach((node, index) => {
      arranged.set(node.id, {
        x: Math.round(middle.x + WIDENED * radius * Math.cos(angles[index]!) - NODE_WIDTH / 2),
        y: Math.round(middle.y + radius * Math.sin(angles[index]!) - NODE_HEIGHT / 2),
      });
    });
  }
  return arranged;
}
