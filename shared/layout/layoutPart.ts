import type { Position } from '../model/graph';
import { BAND_GAP, NODE_HEIGHT, NODE_WIDTH, overlaps } from './layoutByKind';
import { boundsOf } from './overview';

const moved = (positions: ReadonlyMap<string, Position>, dx: number, dy: number) =>
  new Map([...positions].map(([id, p]) => [id, { x: p.x + dx, y: p.y + dy }]));

/**
 * Where a layout of only part of a graph (what the map's filters show) goes, among `nodes`, the
 * graph's nodes where they are now: where that part began, its top left kept, when no card of it
 * lands on a node left out; or else just above every node left out, so that showing the rest
 * again never puts one card on another.
 */
export function placeLaidOutPart(
  arranged: ReadonlyMap<string, Position>,
  nodes: readonly { id: string; position: Position }[],
): Map<string, Position> {
  const partBefore: Position[] = [];
  const leftOut: Position[] = [];
  for (const node of nodes) (arranged.has(node.id) ? partBefore : leftOut).push(node.position);
  const laidOut = boundsOf(arranged.values());
  const before = boundsOf(partBefore);
  if (!laidOut || !before) return new Map(arranged);
  const atFormerPlace = moved(arranged, before.left - laidOut.left, before.top - laidOut.top);
  const block = boundsOf(atFormerPlace.values())!;
  // Only a node reaching into the block can lie on one of its cards.
  const inTheWay = leftOut.filter(
    (p) =>
      p.x < block.right &&
      p.x + NODE_WIDTH > block.left &&
      p.y < block.bottom &&
      p.y + NODE_HEIGHT > block.top,
  );
  const clear = [...atFormerPlace.values()].every((p) => !inTheWay.some((q) => overlaps(p, q)));
  if (clear) return atFormerPlace;
  const rest = boundsOf(leftOut)!;
  const height = laidOut.bottom - laidOut.top;
  return moved(arranged, before.left - laidOut.left, rest.top - BAND_GAP - height - laidOut.top);
}
