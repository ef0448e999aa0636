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
 * Every device runs this with its own recent cards as `own` and the cards that just arrived as
 * `arrived`; a device cannot know whether the other still counts its card as recent. So each
 * moves its own card, and to a side of its own: the card whose id is greater than those it
 * landed on goes to the nearest free spot on the right, the smaller one to the left. Two cards
 * moved at once never meet again, and when only one device moves its card, the two still part.
 * A card between greater and smaller ids stays where it is, with the others gone either side.
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
    const under = arrivals.filter((other) => overlaps(other.position, card.position));
    if (under.length === 0) continue;
    const side = under.every((other) => other.id < card.id)
      ? 1
      : under.every((other) => other.id > card.id)
        ? -1
        : 0;
    if (side === 0) continue;
    const taken = nodes
      .filter((node) => node.id !== card.id)
      .map((node) => moved.get(node.id) ?? node.position);
    moved.set(card.id, freeSpotNear(taken, card.position, side));
  }
  return moved;
}
