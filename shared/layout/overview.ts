import type { Position } from '../model/graph';
import { NODE_HEIGHT, NODE_WIDTH } from './layoutByKind';
import type { Rect } from './viewport';

/** How a graph area maps onto a small overview picture: graph point = offset + pixel / scale. */
export interface OverviewFrame {
  scale: number;
  offsetX: number;
  offsetY: number;
}

/** The area holding every node and the visible part of the canvas, so both always show. */
export function overviewArea(positions: Iterable<Position>, view: Rect): Rect {
  let { left, top, right, bottom } = view;
  for (const { x, y } of positions) {
    if (x < left) left = x;
    if (y < top) top = y;
    if (x + NODE_WIDTH > right) right = x + NODE_WIDTH;
    if (y + NODE_HEIGHT > bottom) bottom = y + NODE_HEIGHT;
  }
  return { left, top, right, bottom };
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
