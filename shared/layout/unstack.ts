import type { Position } from '../model/graph';
import { freeSpotNear } from './freeSpot';
import { overlaps } from './layoutByKind';

interface Placed {
  id: string;
  position: Position;
}

/**
 * Where one's own new cards go when someone else's new card landed on them: in a live session
 * people adding at the same moment each place their card before the others' arrive, so all
 * pick the same free spot (and so do people adding while offline).
 *
 * Every device runs this with its own recent cards as `own` and the cards that just arrived as
 * `arrived`; a device cannot know whether another still counts its card as recent. So each
 * device moves its own card, and every card of a stack has a place of its own, worked out alike
 * on every device from the stack's ids: in id order, the smaller half goes left, the greater
 * half right, each to the free spot its rank gives it on that side. Cards moved at once never
 * meet again, and when some devices leave theirs where they landed, the moved ones still clear
 * that spot.
 */
export function unstackOwnCards(
  nodes: readonly Placed[],
  own: ReadonlySet<string>,
  arrived: ReadonlySet<string>,
): Map<string, Position> {
  const moved = new Map<string, Position>();
  if (own.size === 0 || arrived.size === 0) return moved;
  const arrivals = nodes.filter((node) => arrived.has(node.id) && !own.has(node.id));
  const mine = nodes.filter((node) => own.has(node.id)).sort((a, b) => byId(a.id, b.id));
  for (const card of mine) {
    const under = arrivals.filter((other) => overlaps(other.position, card.position));
    if (under.length === 0) continue;
    const stack = [card, ...under].map((node) => node.id).sort(byId);
    const rank = stack.indexOf(card.id);
    const leftCount = Math.floor(stack.length / 2);
    // Counted outward from the spot on each side, so no two devices pick the same free spot.
    const side = rank < leftCount ? -1 : 1;
    const passOver = side === -1 ? leftCount - 1 - rank : rank - leftCount;
    const taken = nodes
      .filter((node) => node.id !== card.id)
      .map((node) => moved.get(node.id) ?? node.position);
    moved.set(card.id, freeSpotNear(taken, card.position, side, passOver));
  }
  return moved;
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
