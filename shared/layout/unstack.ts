import type { Position } from '../model/graph';
import { freeSpotNear } from './freeSpot';
import { overlaps } from './layoutByKind';

interface Placed {
  id: string;
  position: Position;
}

/**
 * Where one's own new cards go when someone else's new card landed on them: in a live session
 * two people adding at the same moment each place their card before the other's arrives, so
 * both pick the same free spot (and so do two people adding while offline).
 *
 * Every device runs this with its own cards as `own` and the cards that just arrived as
 * `arrived`. Of two stacked cards, the one with the greater id moves, so the two devices agree:
 * exactly one of them moves its card, to the nearest free spot, and the other leaves its own.
 */
export function unstackOwnCards(
  nodes: readonly Placed[],
  own: ReadonlySet<string>,
  arrived: ReadonlySet<string>,
): Map<string, Position> {
  const moved = new Map<string, Position>();
  if (own.size === 0 || arrived.size === 0) return moved;
  const arrivals = nodes.filter((node) => arrived.has(node.id) && !own.has(node.id));
  const mine = nodes
    .filter((node) => own.has(node.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const card of mine) {
    const landedOn = arrivals.some(
      (other) => other.id < card.id && overlaps(other.position, card.position),
    );
    if (!landedOn) continue;
    const taken = nodes
      .filter((node) => node.id !== card.id)
      .map((node) => moved.get(node.id) ?? node.position);
    moved.set(card.id, freeSpotNear(taken, card.position));
  }
  return moved;
}
