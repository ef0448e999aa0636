import type { Position } from '../model/graph';
import { NODE_HEIGHT, NODE_WIDTH } from './layoutByKind';

/** A point of the graph, as [x, y]. */
export type Point = readonly [number, number];

/** A relationship line: a quadratic curve from one card's border to the other's. */
export interface EdgeCurve {
  from: Point;
  control: Point;
  to: Point;
  /** Where the curve is halfway, for its label. */
  middle: Point;
}

const HALF_WIDTH = NODE_WIDTH / 2;
const HALF_HEIGHT = NODE_HEIGHT / 2;

export const cardCentre = (position: Position): Point => [
  position.x + HALF_WIDTH,
  position.y + HALF_HEIGHT,
];

/**
 * Where the line from a card's centre towards `toward` leaves the card: edges then leave and
 * enter cards on the side facing the other end, whatever way the cards are arranged.
 */
export function cardBorderPoint(centre: Point, toward: Point): Point {
  const dx = toward[0] - centre[0];
  const dy = toward[1] - centre[1];
  if (dx === 0 && dy === 0) return centre;
  const t = Math.min(
    dx === 0 ? Infinity : HALF_WIDTH / Math.abs(dx),
    dy === 0 ? Infinity : HALF_HEIGHT / Math.abs(dy),
  );
  return [centre[0] + dx * t, centre[1] + dy * t];
}

/**
 * The bow of an edge with nothing in its way: slight, so a straight run still reads as one,
 * and to the left of its direction, so the two edges of a pair related both ways do not cover
 * each other.
 */
export function slightBend(source: Point, target: Point): number {
  return Math.min(28, Math.hypot(target[0] - source[0], target[1] - source[1]) * 0.06);
}

/** The curve between two cards, bowed `bend` units to the left of the line between centres. */
export function edgeCurve(source: Point, target: Point, bend: number): EdgeCurve {
  const dx = target[0] - source[0];
  const dy = target[1] - source[1];
  const length = Math.hypot(dx, dy);
  if (length < 1) return { from: source, control: source, to: target, middle: source };
  const control: Point = [
    (source[0] + target[0]) / 2 - (dy / length) * bend,
    (source[1] + target[1]) / 2 + (dx / length) * bend,
  ];
  const from = cardBorderPoint(source, control);
  const to = cardBorderPoint(target, control);
  return { from, control, to, middle: quadraticMiddle(from, control, to) };
}

const quadraticMiddle = (a: Point, c: Point, b: Point): Point => [
  (a[0] + 2 * c[0] + b[0]) / 4,
  (a[1] + 2 * c[1] + b[1]) / 4,
];

/**
 * The line of an edge bundled into a trunk (see edgeBundles): from the source card to the
 * junction, curving into the trunk's direction, then straight along the trunk to the goal.
 */
export function bundledCurve(
  source: Point,
  junction: Point,
  goal: Point,
): EdgeCurve & { junction: Point } {
  const tx = junction[0] - goal[0];
  const ty = junction[1] - goal[1];
  const trunk = Math.hypot(tx, ty) || 1;
  const reach = Math.min(60, Math.hypot(junction[0] - source[0], junction[1] - source[1]) / 2);
  const control: Point = [junction[0] + (tx / trunk) * reach, junction[1] + (ty / trunk) * reach];
  const from = cardBorderPoint(source, control);
  return {
    from,
    control,
    junction,
    to: cardBorderPoint(goal, junction),
    middle: quadraticMiddle(from, control, junction),
  };
}

const round = (value: number) => Math.round(value * 10) / 10;
const pointText = (point: Point) => `${round(point[0])},${round(point[1])}`;

/** SVG path data of a curve, and of a bundled one's trunk after it. */
export function curvePath(curve: EdgeCurve & { junction?: Point }): string {
  const path = `M${pointText(curve.from)} Q${pointText(curve.control)} `;
  return curve.junction
    ? `${path}${pointText(curve.junction)} L${pointText(curve.to)}`
    : `${path}${pointText(curve.to)}`;
}

/** Room kept between a detouring edge and the cards it goes round. */
const CLEARANCE = 14;
/** A detour bows out at most this share of the edge's length; beyond, it stays under a card. */
const MAX_DETOUR = 0.6;

/**
 * How far to bow the edge between two cards so it goes round the cards in its way rather than
 * under them: to whichever side needs the smaller bow, or the slight bend when nothing is in
 * the way. A quadratic curve bowed by `b` passes 2t(1-t)·b from the straight line at t along
 * it, which gives the bow that clears each card. Cards right beside an end cannot be cleared
 * by any bow and are left as they are.
 */
export function detourBend(source: Point, target: Point, obstacles: Iterable<Position>): number {
  const dx = target[0] - source[0];
  const dy = target[1] - source[1];
  const length = Math.hypot(dx, dy);
  const slight = slightBend(source, target);
  if (length < 1) return slight;
  const ux = dx / length;
  const uy = dy / length;
  let left = 0;
  let right = 0;
  let blocked = false;
  for (const box of obstacles) {
    if (!segmentHitsBox(source, target, box)) continue;
    let along0 = Infinity;
    let along1 = -Infinity;
    let side0 = Infinity;
    let side1 = -Infinity;
    for (const [cx, cy] of [
      [box.x, box.y],
      [box.x + NODE_WIDTH, box.y],
      [box.x, box.y + NODE_HEIGHT],
      [box.x + NODE_WIDTH, box.y + NODE_HEIGHT],
    ] as const) {
      const along = (cx - source[0]) * ux + (cy - source[1]) * uy;
      const side = (cy - source[1]) * ux - (cx - source[0]) * uy;
      along0 = Math.min(along0, along);
      along1 = Math.max(along1, along);
      side0 = Math.min(side0, side);
      side1 = Math.max(side1, side);
    }
    const share = (along: number) => Math.min(0.9, Math.max(0.1, along / length));
    const t0 = share(along0);
    const t1 = share(along1);
    const narrowest = 2 * Math.min(t0 * (1 - t0), t1 * (1 - t1));
    left = Math.max(left, (side1 + CLEARANCE) / narrowest);
    right = Math.min(right, (side0 - CLEARANCE) / narrowest);
    blocked = true;
  }
  if (!blocked) return slight;
  const bend = left <= -right ? left : right;
  const most = length * MAX_DETOUR;
  return Math.max(-most, Math.min(most, bend));
}

/** True when the segment crosses the card at `box` (its top-left corner). */
export function segmentHitsBox(a: Point, b: Point, box: Position): boolean {
  // Liang–Barsky clipping of the segment against the card's rectangle.
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0] - box.x],
    [dx, box.x + NODE_WIDTH - a[0]],
    [-dy, a[1] - box.y],
    [dy, box.y + NODE_HEIGHT - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

const CELL = 400;
/** A segment whose bounding box spans more cells than this is followed along its length. */
const MAX_BOX_CELLS = 48;
const cellKey = (cx: number, cy: number) => cx * 1_048_576 + cy;

/** The cards of a graph in a coarse grid, to find the few near any one edge. */
export interface CardIndex {
  positions: ReadonlyMap<string, Position>;
  cells: Map<number, string[]>;
}

export function cardIndex(positions: ReadonlyMap<string, Position>): CardIndex {
  const cells = new Map<number, string[]>();
  for (const [id, { x, y }] of positions)
    for (let cx = Math.floor(x / CELL); cx <= Math.floor((x + NODE_WIDTH) / CELL); cx++)
      for (let cy = Math.floor(y / CELL); cy <= Math.floor((y + NODE_HEIGHT) / CELL); cy++) {
        const key = cellKey(cx, cy);
        const cell = cells.get(key);
        if (cell) cell.push(id);
        else cells.set(key, [id]);
      }
  return { positions, cells };
}

/** The cards that may lie on the straight line between two points, the two ends left out. */
function cardsNear(index: CardIndex, a: Point, b: Point, ends: readonly string[]): Position[] {
  const keys = new Set<number>();
  const x0 = Math.floor(Math.min(a[0], b[0]) / CELL);
  const x1 = Math.floor(Math.max(a[0], b[0]) / CELL);
  const y0 = Math.floor(Math.min(a[1], b[1]) / CELL);
  const y1 = Math.floor(Math.max(a[1], b[1]) / CELL);
  if ((x1 - x0 + 1) * (y1 - y0 + 1) <= MAX_BOX_CELLS) {
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) keys.add(cellKey(cx, cy));
  } else {
    // A long diagonal: the cells along it, each with its neighbours, which cards reach into.
    const steps = Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / (CELL / 2));
    for (let i = 0; i <= steps; i++) {
      const cx = Math.floor((a[0] + ((b[0] - a[0]) * i) / steps) / CELL);
      const cy = Math.floor((a[1] + ((b[1] - a[1]) * i) / steps) / CELL);
      for (let ox = -1; ox <= 1; ox++)
        for (let oy = -1; oy <= 1; oy++) keys.add(cellKey(cx + ox, cy + oy));
    }
  }
  const seen = new Set<string>(ends);
  const near: Position[] = [];
  for (const key of keys)
    for (const id of index.cells.get(key) ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      near.push(index.positions.get(id)!);
    }
  return near;
}

/** The bow of one edge among the cards of `index` (see detourBend). */
export function routeBend(index: CardIndex, source: string, target: string): number {
  const from = index.positions.get(source);
  const to = index.positions.get(target);
  if (!from || !to) return 0;
  const a = cardCentre(from);
  const b = cardCentre(to);
  return detourBend(a, b, cardsNear(index, a, b, [source, target]));
}
