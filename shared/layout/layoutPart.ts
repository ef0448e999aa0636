import type { Position } from '../model/graph';
import { BAND_GAP, NODE_HEIGHT, NODE_WIDTH, overlaps } from './layoutByKind';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function boxOf(positions: Iterable<Position>): Box | null {
  let box: Box | null = null;
  for (const { x, y } of positions) {
    if (!box) box = { left: x, top: y, right: x + NODE_WIDTH, bottom: y + NODE_HEIGHT };
    else {
      box.left = Math.min(box.left, x);
      box.top = Math.min(box.top, y);
      box.right = Math.max(box.right, x + NODE_WIDTH);
      box.bottom = Math.max(box.bottom, y + NODE_HEIGHT);
    }
  }
  return box;
}

const moved = (positions: ReadonlyMap<string, Position>, dx: number, dy: number) =>
  new Map([...positions].map(([id, p]) => [id, { x: p.x + dx, y: p.y + dy }]));

/**
 * Where a layout of only part of a graph (what the map shows under its filters or focus) goes:
 * where that part began, its top left kept, when no card of it lands on a node left out; or else
 * just above every node left out, so that showing the rest again never puts one card on another.
 */
export function placeLaidOutPart(
  arranged: ReadonlyMap<string, Position>,
  partBefore: readonly Position[],
  leftOut: readonly Position[],
): Map<string, Position> {
  const laidOut = boxOf(arranged.values());
  const before = boxOf(partBefore);
  if (!laidOut || !before) return new Map(arranged);
  const atFormerPlace = moved(arranged, before.left - laidOut.left, before.top - laidOut.top);
  const block = boxOf(atFormerPlace.values())!;
  const inTheWay = leftOut.filter(
    (p) =>
      p.x < block.right &&
      p.x + NODE_WIDTH > block.left &&
      p.y < block.bottom &&
      p.y + NODE_HEIGHT > block.top,
  );
  const clear = [...atFormerPlace.values()].every((p) => !inTheWay.some((q) => overlaps(p, q)));
  if (clear) return atFormerPlace;
  const rest = boxOf(leftOut)!;
  const height = laidOut.bottom - laidOut.top;
  return moved(arranged, before.left - laidOut.left, rest.top - BAND_GAP - height - laidOut.top);
}
