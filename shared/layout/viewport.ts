import type { Position, StrategyNode } from '../model/graph';
import { NODE_HEIGHT, NODE_WIDTH } from './layoutByKind';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Fitting never magnifies past 100%, so one or two nodes do not fill the screen. */
export const FIT_VIEW_OPTIONS = { maxZoom: 1, padding: 0.08 };

/** Below this many edges every edge is drawn; above it, only those near the view. */
export const EDGE_CULLING_THRESHOLD = 600;

/** The part of the graph a viewport shows, grown by `margin` (a share of its size) on each side. */
export function visibleRect(
  transform: readonly [number, number, number],
  width: number,
  height: number,
  margin = 0.5,
): Rect {
  const [x, y, zoom] = transform;
  const w = width / zoom;
  const h = height / zoom;
  // `0 - …` rather than `-…`, so an unpanned view starts at 0 and not at -0.
  const left = 0 - x / zoom;
  const top = 0 - y / zoom;
  return {
    left: left - w * margin,
    top: top - h * margin,
    right: left + w * (1 + margin),
    bottom: top + h * (1 + margin),
  };
}

/**
 * The area whose edges are drawn for a view: the view snapped outward to a grid of cells half
 * the view's size (a power of two), plus one cell on each side. It stays the same while the view
 * pans or zooms a little, so the edges to draw are worked out again only now and then, not on
 * every frame of a gesture.
 */
export function cullingRect(
  transform: readonly [number, number, number],
  width: number,
  height: number,
): Rect {
  const view = visibleRect(transform, width, height, 0);
  const span = Math.max(view.right - view.left, view.bottom - view.top, 1);
  const cell = 2 ** Math.ceil(Math.log2(span / 2));
  return {
    left: (Math.floor(view.left / cell) - 1) * cell,
    top: (Math.floor(view.top / cell) - 1) * cell,
    right: (Math.ceil(view.right / cell) + 1) * cell,
    bottom: (Math.ceil(view.bottom / cell) + 1) * cell,
  };
}

export const sameRect = (a: Rect, b: Rect) =>
  a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom;

function touches(position: Position | undefined, rect: Rect): boolean {
  return (
    !!position &&
    position.x + NODE_WIDTH >= rect.left &&
    position.x <= rect.right &&
    position.y + NODE_HEIGHT >= rect.top &&
    position.y <= rect.bottom
  );
}

/**
 * Edges with at least one end in or near the view. Edges whose two ends are both far away are
 * left out: in a large strategy they are lines crossing the screen between things not shown,
 * and drawing hundreds of them is what slows a large canvas down.
 */
export function edgesNearView<E extends { source: string; target: string }>(
  edges: readonly E[],
  positionOf: (id: string) => Position | undefined,
  rect: Rect,
): E[] {
  return edges.filter(
    (edge) => touches(positionOf(edge.source), rect) || touches(positionOf(edge.target), rect),
  );
}

/** Past this many nodes, a strategy fitted whole is a field of unreadable specks. */
export const LARGE_STRATEGY_NODES = 400;

/**
 * What the view shows when a strategy opens: all of it when it can be read that way; in a
 * large strategy, the top of its goal tree (vision and directions, what everything else
 * serves), with "Fit view" one press away. Returns the ids to fit, or null for every node.
 */
export function openingFocus(nodes: readonly StrategyNode[]): string[] | null {
  if (nodes.length <= LARGE_STRATEGY_NODES) return null;
  const goals = nodes.filter((n) => n.kind === 'goal');
  const top = goals.filter((n) => n.data.level === 'vision' || n.data.level === 'direction');
  const focus = top.length > 0 ? top : goals.length > 0 ? goals : nodes.slice(0, 100);
  return focus.map((n) => n.id);
}
