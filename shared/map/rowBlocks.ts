import { NODE_HEIGHT } from '../layout/layoutByKind';
import type { Position } from '../model/graph';

/** A card on a map of rows: where it is. */
export interface RowCard {
  position: Position;
}

/** Consecutive rows that share a value: its top, and how many cards hold it from where. */
export interface RowBlock {
  value: string;
  top: number;
  cards: number;
  left: number;
}

/**
 * At most one card in this many may lie out of its group's rows (a city added since the rows
 * were laid out, placed beside the card selected then) and the rows still be read as grouped.
 */
const CARDS_PER_STRAY = 10;

/** The cards in rows, top to bottom: cards less than half a card's height apart share a row. */
export function rowsOf<C extends RowCard>(cards: readonly C[]): C[][] {
  const rows: C[][] = [];
  for (const card of [...cards].sort((a, b) => a.position.y - b.position.y)) {
    const row = rows.at(-1);
    if (row && card.position.y - row[0]!.position.y < NODE_HEIGHT / 2) row.push(card);
    else rows.push([card]);
  }
  return rows;
}

/**
 * Whether a row is rather a card or two between the rows of a layout: it overlaps a fuller row
 * beside it, as no row of a layout does. A heading beside it would lie on that row's.
 */
function betweenRows(
  row: readonly RowCard[],
  ...beside: (readonly RowCard[] | undefined)[]
): boolean {
  const top = row[0]!.position.y;
  return beside.some(
    (other) =>
      other !== undefined &&
      other.length > row.length &&
      Math.abs(other[0]!.position.y - top) < NODE_HEIGHT,
  );
}

/**
 * The blocks that rows of cards grouped by a value make (a region, a stage), top to bottom,
 * each row counted for the value it holds (see rowValue): its cards of another value, and cards
 * between rows, are out of place. Where a value's rows come back after another's, the smallest
 * block in the way goes first (one of a value that comes back, or one that splits another's),
 * so a stray card between two rows of a region does not break that region in two. Null when
 * more cards are out of place than rows grouped by value would have: rows not grouped at all.
 */
export function groupedBlocks<C extends RowCard>(
  rows: readonly C[][],
  valueOf: (card: C) => string,
): RowBlock[] | null {
  const total = rows.reduce((sum, row) => sum + row.length, 0);
  const laidOut = rows.filter((row, i) => !betweenRows(row, rows[i - 1], rows[i + 1]));
  const totals = countsOf(laidOut.flat().map(valueOf));
  let blocks: RowBlock[] = laidOut.map((row) => {
    const value = rowValue(row, valueOf, totals);
    const held = row.filter((card) => valueOf(card) === value);
    return {
      value,
      top: Math.min(...held.map((card) => card.position.y)),
      cards: held.length,
      left: Math.min(...held.map((card) => card.position.x)),
    };
  });
  const outOfPlace = () => total - blocks.reduce((sum, block) => sum + block.cards, 0);
  const mostOutOfPlace = Math.floor(total / CARDS_PER_STRAY);
  for (;;) {
    blocks = joinedAlike(blocks);
    // Each block taken out parts one value's blocks no more, and joins at most one other's: with
    // too many to take out, the rows are not grouped, found at once in a map of thousands.
    const repeats = blocks.length - new Set(blocks.map((block) => block.value)).size;
    if (outOfPlace() + Math.ceil(repeats / 2) > mostOutOfPlace) return null;
    const out = blockInTheWay(blocks);
    if (!out) return blocks;
    blocks = blocks.filter((block) => block !== out);
  }
}

/**
 * The smallest block of a value that comes back, or that lies between two blocks of another
 * value; of blocks as small, one of a value that comes back is the one out of place. Null when
 * each value's rows are together.
 */
function blockInTheWay(blocks: readonly RowBlock[]): RowBlock | null {
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  blocks.forEach((block, i) => {
    if (!first.has(block.value)) first.set(block.value, i);
    last.set(block.value, i);
  });
  // How many values' blocks lie both before and after each block.
  const between = new Array<number>(blocks.length + 1).fill(0);
  for (const [value, from] of first) {
    const to = last.get(value)!;
    if (to - from < 2) continue;
    between[from + 1]!++;
    between[to]!--;
  }
  let best: RowBlock | null = null;
  let bestRank = Infinity;
  let covering = 0;
  for (const [i, block] of blocks.entries()) {
    covering += between[i]!;
    const comesBack = first.get(block.value) !== last.get(block.value);
    if (!comesBack && covering === 0) continue;
    const rank = block.cards + (comesBack ? 0 : 0.5);
    if (rank < bestRank) [best, bestRank] = [block, rank];
  }
  return best;
}

/**
 * The value a row holds: the one most of its cards have. Between values as many, the one whose
 * cards are mostly here (a region's one city, not a card from another region's rows put beside
 * it), then the leftmost card's, where a laid-out row starts.
 */
function rowValue<C extends RowCard>(
  row: readonly C[],
  valueOf: (card: C) => string,
  totals: ReadonlyMap<string, number>,
): string {
  const here = countsOf(row.map(valueOf));
  const leftmost = [...row].sort((a, b) => a.position.x - b.position.x);
  const order = (value: string) => leftmost.findIndex((card) => valueOf(card) === value);
  const [value] = [...here.keys()].sort(
    (a, b) =>
      here.get(b)! - here.get(a)! ||
      here.get(b)! / totals.get(b)! - here.get(a)! / totals.get(a)! ||
      order(a) - order(b),
  );
  return value!;
}

/** Neighbouring blocks of the same value made one. */
function joinedAlike(blocks: readonly RowBlock[]): RowBlock[] {
  const joined: RowBlock[] = [];
  for (const block of blocks) {
    const last = joined.at(-1);
    if (last?.value === block.value)
      joined[joined.length - 1] = {
        ...last,
        cards: last.cards + block.cards,
        left: Math.min(last.left, block.left),
      };
    else joined.push(block);
  }
  return joined;
}

/** How many times each value comes. */
function countsOf(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
