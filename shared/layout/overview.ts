import type { Position } from '../model/graph';
import { NODE_HEIGHT, NODE_WIDTH } from './layoutByKind';
import type { Rect } from './viewport';

/** How a graph area maps onto a small overview picture: graph point = offset + pixel / scale. */
export interface OverviewFrame {
  scale: number;
  offsetX: number;
  offsetY: number;
}

/** The area the nodes cover, or null when there are none. */
export function boundsOf(positions: Iterable<Position>): Rect | null {
  let bounds: Rect | null = null;
  for (const { x, y } of positions) {
    if (!bounds) bounds = { left: x, top: y, right: x + NODE_WIDTH, bottom: y + NODE_HEIGHT };
    if (x < bounds.left) bounds.left = x;
    if (y < bounds.top) bounds.top = y;
    if (x + NODE_WIDTH > bounds.right) bounds.right = x + NODE_WIDTH;
    if (y + NODE_HEIGHT > bounds.bottom) bounds.bottom = y + NODE_HEIGHT;
  }
  return bounds;
}

/** The area holding the nodes' bounds and the visible part of the canvas, so both always show. */
export function overviewArea(nodes: Rect | null, view: Rect): Rect {
  if (!nodes) return view;
  return {
    left: Math.min(nodes.left, view.left),
    top: Math.min(nodes.top, view.top),
    right: Math.max(nodes.right, view.right),
    bottom: Math.max(nodes.bottom, view.bottom),
  };
}

/** Fits an area into a picture of the given size, centred, keeping its proportions. */
export function fitArea(area: Rect, width: number, height: number): OverviewFrame {
  const areaWidth = Math.max(area.right - area.left, 1);
  const areaHeight = Math.max(area.bottom - area.top, 1);
  const scale = Math.min(width / areaWidth, height / areaHeight);
  return {
    scale,
    offsetX: area.left - (width / scale - areaWidth) / 2,
    offsetY: area.top - (height / scale - areaHeight) / 2,
  };
}

export function pictureToGraph(frame: OverviewFrame, px: number, py: number): Position {
  return { x: frame.offsetX + px / frame.scale, y: frame.offsetY + py / frame.scale };
}

export function graphToPicture(frame: OverviewFrame, point: Position): Position {
  return { x: (point.x - frame.offsetX) * frame.scale, y: (point.y - frame.offsetY) * frame.scale };
}
