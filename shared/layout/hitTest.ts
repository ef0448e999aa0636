import type { Position } from '../model/graph';
import { NODE_HEIGHT, NODE_WIDTH } from './layoutByKind';
import type { Rect } from './viewport';

interface PlacedNode {
  id: string;
  position: Position;
}

/** A point on the pane (pixels from its top-left corner) as a point of the graph. */
export function paneToGraph(
  transform: readonly [number, number, number],
  x: number,
  y: number,
): Position {
  const [tx, ty, zoom] = transform;
  return { x: (x - tx) / zoom, y: (y - ty) / zoom };
}

const contains = (position: Position, point: Position, slop: number) =>
  point.x >= position.x - slop &&
  point.x <= position.x + NODE_WIDTH + slop &&
  point.y >= position.y - slop &&
  point.y <= position.y + NODE_HEIGHT + slop;

/**
 * The node under a graph point: of overlapping nodes, the one drawn last, which is on top.
 * Failing that, the node nearest the point within `slop` graph units, so a node a few pixels
 * across can still be hit by a finger or an unsteady hand.
 */
export function nodeAt<N extends PlacedNode>(
  nodes: readonly N[],
  point: Position,
  slop = 0,
): N | null {
  for (let i = nodes.length - 1; i >= 0; i--)
    if (contains(nodes[i]!.position, point, 0)) return nodes[i]!;
  let nearest: N | null = null;
  let best = Infinity;
  for (const node of nodes) {
    if (!contains(node.position, point, slop)) continue;
    const dx = Math.max(node.position.x - point.x, 0, point.x - node.position.x - NODE_WIDTH);
    const dy = Math.max(node.position.y - point.y, 0, point.y - node.position.y - NODE_HEIGHT);
    const distance = Math.hypot(dx, dy);
    if (distance < best) {
      best = distance;
      nearest = node;
    }
  }
  return nearest;
}

/**
 * The nodes a selection box takes: those wholly inside it, as the canvas's box selection does
 * with cards, or with `partly`, those it touches.
 */
export function nodesInRect<N extends PlacedNode>(
  nodes: readonly N[],
  rect: Rect,
  partly = false,
): N[] {
  return nodes.filter(({ position: { x, y } }) =>
    partly
      ? x + NODE_WIDTH >= rect.left &&
        x <= rect.right &&
        y + NODE_HEIGHT >= rect.top &&
        y <= rect.bottom
      : x >= rect.left &&
        x + NODE_WIDTH <= rect.right &&
        y >= rect.top &&
        y + NODE_HEIGHT <= rect.bottom,
  );
}

/** A box given by one corner and its size on the pane, as a rectangle of the graph. */
export function paneBoxToGraph(
  transform: readonly [number, number, number],
  box: { x: number; y: number; width: number; height: number },
): Rect {
  const from = paneToGraph(transform, box.x, box.y);
  const to = paneToGraph(transform, box.x + box.width, box.y + box.height);
  return { left: from.x, top: from.y, right: to.x, bottom: to.y };
}
