import type { Position } from '../model/graph';
import { NODE_HEIGHT, NODE_WIDTH, overlaps } from './layoutByKind';

/**
 * The nearest spot to `wanted` where a new node overlaps none of `taken`, searched ring by ring
 * on a grid of node-sized steps so a new node never lands on top of another.
 */
export function freeSpotNear(taken: readonly Position[], wanted: Position): Position {
  const start = { x: Math.round(wanted.x), y: Math.round(wanted.y) };
  const stepX = NODE_WIDTH + 16;
  const stepY = NODE_HEIGHT + 16;
  const isFree = (p: Position) => !taken.some((t) => overlaps(t, p));
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
