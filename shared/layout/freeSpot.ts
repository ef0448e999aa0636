import type { Position } from '../model/graph';
import { NODE_HEIGHT, NODE_WIDTH, overlaps } from './layoutByKind';

/**
 * The nearest spot to `wanted` where a new node overlaps none of `taken`, searched ring by ring
 * on a grid of node-sized steps so a new node never lands on top of another. Given a `side`
 * (-1 left, 1 right), only spots on that side of `wanted` are taken, and the first `passOver`
 * free ones of them are left for others.
 */
export function freeSpotNear(
  taken: readonly Position[],
  wanted: Position,
  side?: -1 | 1,
  passOver = 0,
): Position {
  const start = { x: Math.round(wanted.x), y: Math.round(wanted.y) };
  const stepX = NODE_WIDTH + 16;
  const stepY = NODE_HEIGHT + 16;
  const isFree = (p: Position) => !taken.some((t) => overlaps(t, p));
  if (side !== undefined) {
    let toPass = passOver;
    // Along the row first, then a row up or down: the card moves aside, not away.
    for (let ring = 1; ring < 200; ring++)
      for (const dy of rowsOutward(ring))
        for (let dx = side; Math.abs(dx) <= ring; dx += side) {
          if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
          const candidate = { x: start.x + dx * stepX, y: start.y + dy * stepY };
          if (!isFree(candidate)) continue;
          if (toPass === 0) return candidate;
          toPass--;
        }
    return start;
  }
  if (isFree(start)) return start;
  for (let ring = 1; ring < 200; ring++) {
    for (let dy = -ring; dy <= ring; dy++) {
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const candidate = { x: start.x + dx * stepX, y: start.y + dy * stepY };
        if (isFree(candidate)) return candidate;
      }
    }
  }
  return start;
}

/** 0, -1, 1, -2, 2... up to ±ring: rows nearest the start first. */
function rowsOutward(ring: number): number[] {
  const rows = [0];
  for (let d = 1; d <= ring; d++) rows.push(-d, d);
  return rows;
}
