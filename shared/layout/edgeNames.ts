import {
  cardCentre,
  cardInRect,
  cellKey,
  pointsAlong,
  type CardIndex,
  type EdgeShape,
  type Point,
} from './edgeGeometry';
import { rectsOverlap, type Rect } from './viewport';

/** The size of an edge's name as drawn: its text and the white halo round it. */
export interface NameSize {
  width: number;
  height: number;
}

/**
 * The names placed so far among one arrangement of the cards, in a coarse grid: a name moved
 * off a card must not land on another edge's name.
 */
export interface PlacedNames {
  cells: Map<number, NameBox[]>;
}

/** A name's box, and whose name it is. */
interface NameBox extends Rect {
  edge: string;
}

export const placedNames = (): PlacedNames => ({ cells: new Map() });

const NAME_CELL = 200;

function cellsOf(box: Rect): number[] {
  const keys: number[] = [];
  for (let cx = Math.floor(box.left / NAME_CELL); cx <= Math.floor(box.right / NAME_CELL); cx++)
    for (let cy = Math.floor(box.top / NAME_CELL); cy <= Math.floor(box.bottom / NAME_CELL); cy++)
      keys.push(cellKey(cx, cy));
  return keys;
}

/** Whether the box covers another edge's name: its own, placed before, may be placed again. */
function coversAName(names: PlacedNames, box: Rect, edge: string): boolean {
  for (const key of cellsOf(box))
    for (const other of names.cells.get(key) ?? [])
      if (other.edge !== edge && rectsOverlap(box, other)) return true;
  return false;
}

function place(names: PlacedNames, box: Rect, edge: string): void {
  const named = { ...box, edge };
  for (const key of cellsOf(box)) {
    const cell = names.cells.get(key);
    if (cell) cell.push(named);
    else names.cells.set(key, [named]);
  }
}

const MIDDLE = [0.5];
/** Where else along its line an edge's name may go, from the middle outwards. */
const FRACTIONS = Array.from(
  { length: 20 },
  (_, i) => 0.5 + (i % 2 ? -1 : 1) * (Math.floor(i / 2) + 1) * 0.04,
);
/** Places clear of the cards a name to move counts before it stops looking. */
const ENOUGH_ROOM = 3;
/** Room kept between a name and a card's border. */
const CLEARANCE = 2;

/**
 * Points beside a bowed line, on the outside of its bow, each far enough off the line for the
 * name to clear it: where the whole line runs among cards (a detour round the card between the
 * two it joins), the name sits in the room the bow goes round.
 */
function besideLine(a: Point, b: Point, shape: EdgeShape, onLine: Point[], size: NameSize) {
  if (shape.stepY !== undefined) return [];
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (length < 1) return [];
  const side = shape.bend < 0 ? -1 : 1;
  const normal: Point = [(-(b[1] - a[1]) / length) * side, ((b[0] - a[0]) / length) * side];
  const away =
    (Math.abs(normal[0]) * size.width) / 2 + (Math.abs(normal[1]) * size.height) / 2 + CLEARANCE;
  return onLine.map(([x, y]): Point => [x + normal[0] * away, y + normal[1] * away]);
}

/** An edge whose name is to be placed: its two cards, its shape and its name's size. */
export interface EdgeToName {
  id: string;
  source: string;
  target: string;
  shape: EdgeShape;
  size: NameSize;
}

/**
 * Where the names of `edges` go among the cards of `index` and the names placed before: each
 * at the middle of its line, as every edge's name was, where that is clear of the cards and the
 * other names; else (a long edge between rows, one curving past a card's corner, two edges
 * meeting) at the point of its line nearest the middle that is, or beside the line. The names
 * whose middle is clear are placed first, so the names that move go round them. Gives, for each
 * edge, the point its name moved to, or undefined where it stays at the middle (clear, or no
 * point is). The names are added to `names`.
 */
export function placeNames(
  index: CardIndex,
  names: PlacedNames,
  edges: readonly EdgeToName[],
): (Point | undefined)[] {
  const clearOfCards = (box: Rect) => !cardInRect(index, box);
  const moved: (Point | undefined)[] = edges.map(() => undefined);
  const toMove: { i: number; a: Point; b: Point; middle: Point }[] = [];
  edges.forEach(({ id, source, target, shape, size }, i) => {
    const from = index.positions.get(source);
    const to = index.positions.get(target);
    if (!from || !to) return;
    const [a, b] = [cardCentre(from), cardCentre(to)];
    const middle = pointsAlong(a, b, shape, MIDDLE)[0]!;
    const box = boxAround(middle, size);
    if (!coversAName(names, box, id) && clearOfCards(box)) place(names, box, id);
    else toMove.push({ i, a, b, middle });
  });
  // Each name to move looks for places clear of the cards, along its line and then beside it.
  // Those with fewest go first, so a name with room to spare does not take the only place
  // another has; counting stops at a few, which is room enough.
  const searches = toMove.map(({ i, a, b, middle }) => {
    const { shape, size } = edges[i]!;
    const onLine = pointsAlong(a, b, shape, FRACTIONS);
    const points = [...onLine, ...besideLine(a, b, shape, [middle, ...onLine], size)];
    const clear: { point: Point; box: Rect }[] = [];
    let looked = 0;
    /** Looks on for the next place clear of the cards; false when there is none. */
    const findAnother = () => {
      while (looked < points.length) {
        const point = points[looked++]!;
        const box = boxAround(point, size);
        if (clearOfCards(box)) {
          clear.push({ point, box });
          return true;
        }
      }
      return false;
    };
    while (clear.length < ENOUGH_ROOM && findAnother());
    return { i, middle, clear, findAnother };
  });
  searches.sort((x, y) => x.clear.length - y.clear.length);
  for (const { i, middle, clear, findAnother } of searches) {
    const { id, size } = edges[i]!;
    const free = ({ box }: { box: Rect }) => !coversAName(names, box, id);
    let spot = clear.find(free);
    while (!spot && findAnother()) {
      const found = clear.at(-1)!;
      if (free(found)) spot = found;
    }
    place(names, spot?.box ?? boxAround(middle, size), id);
    moved[i] = spot?.point;
  }
  return moved;
}

const boxAround = ([x, y]: Point, size: NameSize): Rect => ({
  left: x - size.width / 2 - CLEARANCE,
  top: y - size.height / 2 - CLEARANCE,
  right: x + size.width / 2 + CLEARANCE,
  bottom: y + size.height / 2 + CLEARANCE,
});
