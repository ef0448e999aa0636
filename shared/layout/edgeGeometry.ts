import type { Position } from '../model/graph';
import { NODE_HEIGHT, NODE_WIDTH } from './layoutByKind';
import { rectsOverlap, type Rect } from './viewport';

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

/**
 * The box around an edge's path as `curvePath` and `edgeLine` write it: every number pair in
 * it is a point or a control point, and a curve stays inside its control points.
 */
export function pathBounds(path: string): Rect {
  const numbers = path.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  const bounds = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    const [x, y] = [numbers[i]!, numbers[i + 1]!];
    bounds.left = Math.min(bounds.left, x);
    bounds.right = Math.max(bounds.right, x);
    bounds.top = Math.min(bounds.top, y);
    bounds.bottom = Math.max(bounds.bottom, y);
  }
  return bounds;
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
/**
 * Edges longer than this keep the slight bend: across a whole map no bow clears every card,
 * and looking along them would cost the most.
 */
const MAX_ROUTED_LENGTH = 4000;
/** One number for a cell of a coarse grid, from its column and row. */
export const cellKey = (cx: number, cy: number) => cx * 1_048_576 + cy;

/** The cards of a graph in a coarse grid, to find the few on any one edge's way. */
export interface CardIndex {
  positions: ReadonlyMap<string, Position>;
  /** Each cell's cards, by their number in `boxes`. */
  cells: Map<number, number[]>;
  boxes: Position[];
  /** Which cards one search has met already, marked with that search's stamp. */
  met: Uint32Array;
  stamp: number;
}

export function cardIndex(positions: ReadonlyMap<string, Position>): CardIndex {
  // Cards are numbered in the order of `positions` and known by their box alone (each card has a
  // position object of its own): a map from each id to its number would cost more than the grid
  // itself on a large strategy.
  const cells = new Map<number, number[]>();
  const boxes: Position[] = [];
  for (const box of positions.values()) {
    const n = boxes.length;
    boxes.push(box);
    const lastColumn = Math.floor((box.x + NODE_WIDTH) / CELL);
    const lastRow = Math.floor((box.y + NODE_HEIGHT) / CELL);
    for (let cx = Math.floor(box.x / CELL); cx <= lastColumn; cx++)
      for (let cy = Math.floor(box.y / CELL); cy <= lastRow; cy++) {
        const key = cellKey(cx, cy);
        const cell = cells.get(key);
        if (cell) cell.push(n);
        else cells.set(key, [n]);
      }
  }
  return { positions, cells, boxes, met: new Uint32Array(boxes.length), stamp: 0 };
}

/** Calls `visit` with every grid cell the segment passes through, in order. */
function cellsOnSegment(a: Point, b: Point, visit: (key: number) => void): void {
  let cx = Math.floor(a[0] / CELL);
  let cy = Math.floor(a[1] / CELL);
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const stepX = Math.sign(dx);
  const stepY = Math.sign(dy);
  let nextX = dx === 0 ? Infinity : ((stepX > 0 ? cx + 1 : cx) * CELL - a[0]) / dx;
  let nextY = dy === 0 ? Infinity : ((stepY > 0 ? cy + 1 : cy) * CELL - a[1]) / dy;
  const acrossX = dx === 0 ? Infinity : CELL / Math.abs(dx);
  const acrossY = dy === 0 ? Infinity : CELL / Math.abs(dy);
  const crossings = Math.abs(Math.floor(b[0] / CELL) - cx) + Math.abs(Math.floor(b[1] / CELL) - cy);
  visit(cellKey(cx, cy));
  for (let i = 0; i < crossings; i++) {
    if (nextX < nextY) {
      cx += stepX;
      nextX += acrossX;
    } else {
      cy += stepY;
      nextY += acrossY;
    }
    visit(cellKey(cx, cy));
  }
}

/**
 * The cards in the cells a path of segments passes through, the two ends left out: every card
 * the path can cross, and few others.
 */
function cardsOnWay(index: CardIndex, path: readonly Point[], ends: readonly string[]): Position[] {
  const stamp = ++index.stamp;
  const endBoxes = ends.map((id) => index.positions.get(id));
  const near: Position[] = [];
  const visit = (key: number) => {
    for (const n of index.cells.get(key) ?? []) {
      if (index.met[n] === stamp) continue;
      index.met[n] = stamp;
      const box = index.boxes[n]!;
      if (!endBoxes.includes(box)) near.push(box);
    }
  };
  for (let i = 1; i < path.length; i++) cellsOnSegment(path[i - 1]!, path[i]!, visit);
  return near;
}

/** Whether a card of the index overlaps `rect`. */
export function cardInRect(index: CardIndex, rect: Rect): boolean {
  for (let cx = Math.floor(rect.left / CELL); cx <= Math.floor(rect.right / CELL); cx++)
    for (let cy = Math.floor(rect.top / CELL); cy <= Math.floor(rect.bottom / CELL); cy++)
      for (const n of index.cells.get(cellKey(cx, cy)) ?? []) {
        const { x, y } = index.boxes[n]!;
        if (rectsOverlap(rect, { left: x, top: y, right: x + NODE_WIDTH, bottom: y + NODE_HEIGHT }))
          return true;
      }
  return false;
}

/** How an edge runs: bowed `bend` off the straight line, or in steps crossing at `stepY`. */
export interface EdgeShape {
  bend: number;
  stepY?: number;
}

/**
 * Where an edge in steps between two cards one above the other crosses over: halfway down the
 * gap between them. Null when the cards are too close in height for steps.
 */
export function stepRun(source: Point, target: Point): number | null {
  const [upper, lower] = source[1] < target[1] ? [source, target] : [target, source];
  const gap = lower[1] - upper[1] - NODE_HEIGHT;
  return gap >= 48 ? (upper[1] + lower[1]) / 2 : null;
}

/** The three runs of an edge in steps: out of one card, across, and into the other. */
function stepPoints(source: Point, target: Point, y: number): Point[] {
  const down = target[1] > source[1] ? 1 : -1;
  return [
    [source[0], source[1] + (down * NODE_HEIGHT) / 2],
    [source[0], y],
    [target[0], y],
    [target[0], target[1] - (down * NODE_HEIGHT) / 2],
  ];
}

const stepClear = (source: Point, target: Point, y: number, obstacles: readonly Position[]) => {
  const points = stepPoints(source, target, y);
  return obstacles.every(
    (box) =>
      !segmentHitsBox(points[0]!, points[1]!, box) &&
      !segmentHitsBox(points[1]!, points[2]!, box) &&
      !segmentHitsBox(points[2]!, points[3]!, box),
  );
};

/**
 * How an edge between two cards goes round the cards in its way: straight with a slight bow
 * when nothing is in the way; else in steps through the gap between the two cards' rows, as a
 * tree is drawn, when those runs are clear; else bowed round the cards (see detourBend).
 * Hierarchy edges (`steps`) take the steps whenever they are clear, so a goal tree reads as one.
 */
export function edgeShape(
  source: Point,
  target: Point,
  obstacles: readonly Position[],
  steps = false,
): EdgeShape {
  const run = stepRun(source, target);
  if (steps && run !== null && stepClear(source, target, run, obstacles))
    return { bend: 0, stepY: run };
  if (!obstacles.some((box) => segmentHitsBox(source, target, box)))
    return { bend: slightBend(source, target) };
  if (run !== null && stepClear(source, target, run, obstacles)) return { bend: 0, stepY: run };
  return { bend: detourBend(source, target, obstacles) };
}

/** The shape of one edge among the cards of `index`; subgoal edges prefer steps. */
export function routeEdge(
  index: CardIndex,
  source: string,
  target: string,
  steps = false,
): EdgeShape {
  const from = index.positions.get(source);
  const to = index.positions.get(target);
  if (!from || !to) return { bend: 0 };
  const a = cardCentre(from);
  const b = cardCentre(to);
  if (Math.hypot(b[0] - a[0], b[1] - a[1]) > MAX_ROUTED_LENGTH) return { bend: slightBend(a, b) };
  const run = stepRun(a, b);
  const straight = cardsOnWay(index, [a, b], [source, target]);
  const stepped = run === null ? [] : cardsOnWay(index, stepPoints(a, b, run), [source, target]);
  return edgeShape(a, b, stepped.length > 0 ? [...straight, ...stepped] : straight, steps);
}

/** An edge as drawn: its SVG path, its middle for the name, and its last run for the arrowhead. */
export interface EdgeLine {
  path: string;
  middle: Point;
  /** Where the arrowhead's tip is, and a point before it on the line, giving its direction. */
  tip: Point;
  before: Point;
}

/** Corners of an edge in steps are rounded this much, at most. */
const STEP_RADIUS = 12;

/** The line of an edge between two card centres in the given shape. */
export function edgeLine(source: Point, target: Point, shape: EdgeShape): EdgeLine {
  if (shape.stepY === undefined) {
    const curve = edgeCurve(source, target, shape.bend);
    return { path: curvePath(curve), middle: curve.middle, tip: curve.to, before: curve.control };
  }
  const [a, b, c, d] = stepPoints(source, target, shape.stepY) as [Point, Point, Point, Point];
  const across = Math.sign(c[0] - b[0]);
  const r = Math.min(STEP_RADIUS, Math.abs(c[0] - b[0]) / 2, Math.abs(b[1] - a[1]));
  const down1 = Math.sign(b[1] - a[1]);
  const down2 = Math.sign(d[1] - c[1]);
  const path =
    r < 1
      ? `M${pointText(a)} L${pointText(b)} L${pointText(c)} L${pointText(d)}`
      : `M${pointText(a)} L${pointText([b[0], b[1] - down1 * r])} ` +
        `Q${pointText(b)} ${pointText([b[0] + across * r, b[1]])} ` +
        `L${pointText([c[0] - across * r, c[1]])} ` +
        `Q${pointText(c)} ${pointText([c[0], c[1] + down2 * r])} L${pointText(d)}`;
  return { path, middle: [(b[0] + c[0]) / 2, b[1]], tip: d, before: c };
}

/**
 * The points at `fractions` of the way along an edge's line between two card centres: along
 * its curve, or along the run across of an edge in steps (its runs out of and into the cards
 * lie along the cards' own column).
 */
export function pointsAlong(
  source: Point,
  target: Point,
  shape: EdgeShape,
  fractions: readonly number[],
): Point[] {
  if (shape.stepY !== undefined) {
    const [, b, c] = stepPoints(source, target, shape.stepY) as [Point, Point, Point, Point];
    return fractions.map((f) => [b[0] + (c[0] - b[0]) * f, b[1]]);
  }
  const { from, control, to } = edgeCurve(source, target, shape.bend);
  return fractions.map((f) => {
    const [u, v] = [(1 - f) * (1 - f), 2 * (1 - f) * f];
    const w = f * f;
    return [u * from[0] + v * control[0] + w * to[0], u * from[1] + v * control[1] + w * to[1]];
  });
}

/** The line of a bundled edge (see bundledCurve). */
export function bundledLine(source: Point, junction: Point, goal: Point): EdgeLine {
  const curve = bundledCurve(source, junction, goal);
  return { path: curvePath(curve), middle: curve.middle, tip: curve.to, before: junction };
}

/** How an edge runs, as worked out for the whole graph: its shape, or its bundle's junction. */
export interface LineRoute extends EdgeShape {
  junction?: Point;
}

/** The line of an edge between two card centres on its route; bowed slightly without one. */
export function routedLine(source: Point, target: Point, route?: LineRoute): EdgeLine {
  if (route?.junction) return bundledLine(source, route.junction, target);
  return edgeLine(source, target, route ?? { bend: slightBend(source, target) });
}
