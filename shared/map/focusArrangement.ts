import { NODE_HEIGHT, NODE_WIDTH } from '../layout/layoutByKind';
import { FIT_INSETS, FIT_VIEW_OPTIONS } from '../layout/viewport';
import type { Position } from '../model/graph';

/** Past this many cards a focus is a region of the map, read where it lies. */
export const GATHERED_AT_MOST = 60;
/** About the canvas of a laptop's 1366 × 768 window. */
const LAPTOP_CANVAS = { width: 900, height: 680 };
/** Cards fitted at this zoom or closer can be read: their titles at 9.4 px. */
const READ_ZOOM = 0.75;
/**
 * A focus whose cards could not all be read fitted on a laptop's canvas is gathered; one that
 * can stays where the map put it. Measured by the part a fit fills, clear of the controls along
 * the canvas's edges and of its padding: measured by the whole screen, a partner city nine rows
 * below its direction was left in place and fitted at 40 %, two unreadable specks.
 */
const READ_IN_PLACE = {
  width:
    (LAPTOP_CANVAS.width - FIT_INSETS.left - FIT_INSETS.right) /
    (1 + FIT_VIEW_OPTIONS.padding) /
    READ_ZOOM,
  height:
    (LAPTOP_CANVAS.height - FIT_INSETS.top - FIT_INSETS.bottom) /
    (1 + FIT_VIEW_OPTIONS.padding) /
    READ_ZOOM,
};
/** Room left between cards side by side, and between cards one above the other. */
const GAP_ACROSS = 36;
const GAP_DOWN = 28;
/** The first ring leaves room round the focused card for its relationships' names. */
const FIRST_RING = NODE_WIDTH + 60;
/** Each further ring at least this much outside the one before. */
const RING_GAP = NODE_WIDTH - 20;
/** Rings are wider than tall, as cards are: room for a relationship's name beside a card. */
const WIDENED = 1.3;
/** How finely a ring is measured round, and how much it grows when its cards do not fit. */
const SAMPLES = 180;
const GROWTH = 1.06;
/**
 * Room given each card round a ring, in cards (see ringInCards): a little more than one, as a
 * ring measured at its samples is only nearly what a card needs between them.
 */
const CARD_ROOM = 1.2;
const ROOMS_TRIED = [CARD_ROOM, CARD_ROOM * 1.25, CARD_ROOM * 1.5];

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

/** Two cards, by their centres, neither on the other nor too close to read apart. */
const clear = (a: Position, b: Position) =>
  Math.abs(a.x - b.x) >= NODE_WIDTH + GAP_ACROSS || Math.abs(a.y - b.y) >= NODE_HEIGHT + GAP_DOWN;

/** A point of the ring `radius` high (and WIDENED times that across), at `angle` round it. */
const onRing = (radius: number, angle: number): Position => ({
  x: WIDENED * radius * Math.cos(angle),
  y: radius * Math.sin(angle),
});

/**
 * A ring measured in cards: `at(angle)` says how many cards fit between the ring's start (at
 * -π) and that angle, `angleAt` the other way round, `total` how many fit all round. Cards are
 * wider than tall, so more fit down a ring's sides than along its top and bottom.
 */
function ringInCards(radius: number) {
  const step = (2 * Math.PI) / SAMPLES;
  const cumulative = [0];
  for (let i = 0; i < SAMPLES; i++) {
    const angle = -Math.PI + i * step;
    const from = onRing(radius, angle);
    const clearAt = (apart: number) => clear(from, onRing(radius, angle + apart));
    // Out a sample at a time to the first angle clear of the card here, then closer in.
    let apart = step;
    while (apart < Math.PI && !clearAt(apart)) apart += step;
    let near = apart - step;
    for (let halving = 0; halving < 5; halving++) {
      const middle = (near + apart) / 2;
      if (clearAt(middle)) apart = middle;
      else near = middle;
    }
    cumulative.push(cumulative[i]! + step / apart);
  }
  const total = cumulative[SAMPLES]!;
  const at = (angle: number) => {
    const position = (angle + Math.PI) / step;
    const i = Math.min(SAMPLES - 1, Math.max(0, Math.floor(position)));
    return cumulative[i]! + (cumulative[i + 1]! - cumulative[i]!) * (position - i);
  };
  const angleAt = (cards: number) => {
    const wrapped = ((cards % total) + total) % total;
    let i = 0;
    while (cumulative[i + 1]! < wrapped) i++;
    const share = (wrapped - cumulative[i]!) / (cumulative[i + 1]! - cumulative[i]! || 1);
    return -Math.PI + (i + share) * step;
  };
  return { total, at, angleAt };
}

/**
 * Places round a ring (sorted, in cards) moved apart just enough that neighbours are `room`
 * apart, keeping their order and, on average, where they were: the map's sense of direction is
 * kept. Evenly round the ring when they cannot all keep their side.
 */
function spacedApart(sorted: readonly number[], total: number, room: number): number[] {
  const moved = [...sorted];
  for (let i = 1; i < moved.length; i++) moved[i] = Math.max(moved[i]!, moved[i - 1]! + room);
  if (moved.length > 1 && moved.at(-1)! - moved[0]! > total - room)
    return sorted.map((_, i) => sorted[0]! + (i * total) / sorted.length);
  const shift = (sum(sorted) - sum(moved)) / moved.length;
  return moved.map((place) => place + shift);
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * The centres of a ring's members round `middle`, on the smallest ring from `radius` out on
 * which they fit clear of one another and of the cards already placed (`placed`, centres).
 */
function placeRing(
  members: readonly Placed[],
  angleOf: (node: Placed) => number,
  middle: Position,
  radius: number,
  placed: readonly Position[],
): { radius: number; centres: Position[] } {
  for (let tries = 0; ; tries++, radius *= GROWTH) {
    const ring = ringInCards(radius);
    // Too small by far: a ring holds about as many cards more as it is wider.
    if (members.length * CARD_ROOM > ring.total) {
      radius *= (members.length * CARD_ROOM) / ring.total / GROWTH;
      continue;
    }
    // Cards a ring's measure puts just apart may still touch where it bends: they are spread
    // further round the same ring before it grows, which would push every card out.
    for (const room of ROOMS_TRIED) {
      if (members.length * room > ring.total && room !== CARD_ROOM) break;
      const places = spacedApart(
        members.map((node) => ring.at(angleOf(node))),
        ring.total,
        room,
      );
      const centres = places.map((place) => {
        const point = onRing(radius, ring.angleAt(place));
        return { x: middle.x + point.x, y: middle.y + point.y };
      });
      const apart = centres.every(
        (centre, i) =>
          placed.every((other) => clear(centre, other)) &&
          centres.slice(i + 1).every((other) => clear(centre, other)),
      );
      // Far enough out, any ring holds them apart; the bound only guards against a rounding loop.
      if (apart || tries > 200) return { radius, centres };
    }
  }
}

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
  const placed = [middle];
  let radius = 0;
  for (const ring of [...rings.keys()].sort((a, b) => a - b)) {
    const members = rings.get(ring)!.sort((a, b) => angleOf(a) - angleOf(b));
    const next = placeRing(
      members,
      angleOf,
      middle,
      radius === 0 ? FIRST_RING : radius + RING_GAP,
      placed,
    );
    radius = next.radius;
    members.forEach((node, index) => {
      const { x, y } = next.centres[index]!;
      arranged.set(node.id, {
        x: Math.round(x - NODE_WIDTH / 2),
        y: Math.round(y - NODE_HEIGHT / 2),
      });
      placed.push({ x, y });
    });
  }
  return arranged;
}
