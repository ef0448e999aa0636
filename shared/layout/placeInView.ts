import type { Position } from '../model/graph';
import { freeSpotNear } from './freeSpot';
import { NODE_HEIGHT, NODE_WIDTH, overlaps } from './layoutByKind';
import { boundsOf } from './overview';
import type { Rect } from './viewport';

/** Room left between a new card and the one it is placed next to. */
const GAP = 40;
const MAX_RINGS = 24;

/**
 * Where a new node goes: just below `anchor` (the selected node, which the new one usually
 * serves, so the edge runs up into it) or else in the middle of the view; in either case on a
 * free spot wholly inside the view and clear of what lies over it (`covered`: the canvas's tools,
 * its overview map, a timer), so the user sees what was added. When the view has no room, the
 * nearest free spot, with `inView` false so the caller can bring it into view.
 */
export function placeInView(
  taken: readonly Position[],
  view: Rect | null,
  anchor: Position | null,
  covered: readonly Rect[] = [],
): { position: Position; inView: boolean } {
  const wanted = anchor
    ? { x: anchor.x, y: anchor.y + NODE_HEIGHT + GAP }
    : view
      ? {
          x: (view.left + view.right - NODE_WIDTH) / 2,
          y: (view.top + view.bottom - NODE_HEIGHT) / 2,
        }
      : { x: 0, y: 0 };
  if (!view) return { position: freeSpotNear(taken, wanted), inView: false };
  const margin = Math.min(view.right - view.left, view.bottom - view.top) * 0.02;
  const minX = view.left + margin;
  const maxX = view.right - margin - NODE_WIDTH;
  const minY = view.top + margin;
  const maxY = view.bottom - margin - NODE_HEIGHT;
  const clamp = (value: number, low: number, high: number) =>
    Math.round(Math.min(Math.max(value, low), high));
  if (maxX < minX || maxY < minY) return { position: freeSpotNear(taken, wanted), inView: false };
  const start = { x: clamp(wanted.x, minX, maxX), y: clamp(wanted.y, minY, maxY) };
  const fits = (p: Position) => p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY;
  // Only cards that could touch a spot in the view matter, and a view zoomed far out is searched
  // only near its start: a large strategy must not make adding a node slow.
  const near = taken.filter(
    (t) =>
      t.x > minX - NODE_WIDTH &&
      t.x < maxX + NODE_WIDTH &&
      t.y > minY - NODE_HEIGHT &&
      t.y < maxY + NODE_HEIGHT,
  );
  const isFree = (p: Position) =>
    !near.some((t) => overlaps(t, p)) &&
    !covered.some(
      (c) =>
        p.x < c.right && p.x + NODE_WIDTH > c.left && p.y < c.bottom && p.y + NODE_HEIGHT > c.top,
    );
  const stepX = NODE_WIDTH + 16;
  const stepY = NODE_HEIGHT + 16;
  const rings = Math.min(
    MAX_RINGS,
    Math.ceil(Math.max((maxX - minX) / stepX, (maxY - minY) / stepY)) + 1,
  );
  // A card set right beside the one it is linked to would hide the line between them.
  const clearOfAnchor = (p: Position) =>
    !anchor ||
    p.x >= anchor.x + NODE_WIDTH + GAP ||
    p.x + NODE_WIDTH + GAP <= anchor.x ||
    p.y >= anchor.y + NODE_HEIGHT + GAP ||
    p.y + NODE_HEIGHT + GAP <= anchor.y;
  const steps = anchor ? outward : across;
  for (const wanted of [clearOfAnchor, () => true]) {
    if (isFree(start) && wanted(start)) return { position: start, inView: true };
    for (let ring = 1; ring <= rings; ring++)
      // Under a card, rows below first, then nearest: a second card under the same one goes
      // beside the first. In the view's middle, ring by ring from its top left.
      for (const dy of steps(ring))
        for (const dx of steps(ring)) {
          if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
          const candidate = { x: start.x + dx * stepX, y: start.y + dy * stepY };
          if (fits(candidate) && isFree(candidate) && wanted(candidate))
            return { position: candidate, inView: true };
        }
  }
  return { position: freeSpotNear(taken, start), inView: false };
}

/** 0, 1, -1, 2, -2… up to ±ring: nearest first, down and right before up and left. */
function outward(ring: number): number[] {
  const steps = [0];
  for (let d = 1; d <= ring; d++) steps.push(d, -d);
  return steps;
}

/** -ring… ring, in order. */
function across(ring: number): number[] {
  return Array.from({ length: 2 * ring + 1 }, (_, i) => i - ring);
}

/** How far each paste lands from what it copies, so the copy is seen as one. */
export const PASTE_STEP = 40;

/**
 * How far to move pasted nodes: one step further for each paste of the same copy; and when that
 * would leave them out of view (copied in another strategy, or far away), into the view's middle.
 */
export function pasteOffset(
  positions: readonly Position[],
  view: Rect | null,
  pastes: number,
): Position {
  const step = { x: PASTE_STEP * pastes, y: PASTE_STEP * pastes };
  const bounds = boundsOf(positions);
  if (!view || !bounds) return step;
  const inView =
    bounds.left + step.x >= view.left &&
    bounds.top + step.y >= view.top &&
    bounds.right + step.x <= view.right &&
    bounds.bottom + step.y <= view.bottom;
  if (inView) return step;
  return {
    x: Math.round((view.left + view.right - bounds.left - bounds.right) / 2) + step.x,
    y: Math.round((view.top + view.bottom - bounds.top - bounds.bottom) / 2) + step.y,
  };
}
