import type { Position, StrategyNode } from '../model/graph';
import { NODE_HEIGHT, NODE_WIDTH } from './layoutByKind';
import { boundsOf } from './overview';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether two rectangles share any area (touching edges do not). */
export const rectsOverlap = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether a point lies inside a rectangle (on its edge is outside, as with rectsOverlap). */
export const pointInRect = (x: number, y: number, rect: Rect) =>
  x > rect.left && x < rect.right && y > rect.top && y < rect.bottom;

/** `rect` with `by` more room on every side. */
export const grownRect = (rect: Rect, by: number): Rect => ({
  left: rect.left - by,
  top: rect.top - by,
  right: rect.right + by,
  bottom: rect.bottom + by,
});

/** Where the canvas looks: the graph point at the pane's top-left corner, and the zoom. */
export interface ViewPlace {
  x: number;
  y: number;
  zoom: number;
}

/** Far enough out to see a strategy of tens of thousands of nodes whole. */
export const MIN_ZOOM = 0.01;
export const MAX_ZOOM = 2.5;

/** A stored view the canvas can go back to; anything else (an old or damaged value) is not. */
export function isViewPlace(value: unknown): value is ViewPlace {
  if (typeof value !== 'object' || value === null) return false;
  const { x, y, zoom } = value as Record<string, unknown>;
  return (
    Number.isFinite(x) &&
    Number.isFinite(y) &&
    typeof zoom === 'number' &&
    zoom >= MIN_ZOOM &&
    zoom <= MAX_ZOOM
  );
}

export const sameViewPlace = (a: ViewPlace, b: ViewPlace) =>
  a.x === b.x && a.y === b.y && a.zoom === b.zoom;

/** Fitting never magnifies past 100%, so one or two nodes do not fill the screen. */
export const FIT_VIEW_OPTIONS = { maxZoom: 1, padding: 0.08 };

/**
 * Room kept clear along the canvas's edges when fitting, in screen pixels: the view controls
 * and the map tools along the top, the legend button along the bottom.
 */
export const FIT_INSETS = { top: 110, right: 24, bottom: 56, left: 24 };

/** The overview map's picture, in the canvas's bottom-right corner (see OverviewMap). */
export const OVERVIEW_SIZE = { width: 200, height: 140 };
/** React Flow's margin around a panel, and a little air beside the overview map. */
const OVERVIEW_CLEARANCE = 15 + 8;

/** The view that shows `bounds` whole and centred in `area`, no closer than 100%. */
function placeIn(bounds: Rect, area: Rect, minZoom: number): ViewPlace {
  const roomX = (area.right - area.left) / (1 + FIT_VIEW_OPTIONS.padding);
  const roomY = (area.bottom - area.top) / (1 + FIT_VIEW_OPTIONS.padding);
  const wide = Math.max(bounds.right - bounds.left, 1);
  const tall = Math.max(bounds.bottom - bounds.top, 1);
  const zoom = Math.min(
    FIT_VIEW_OPTIONS.maxZoom,
    Math.max(minZoom, Math.min(roomX / wide, roomY / tall)),
  );
  return {
    x: (area.left + area.right) / 2 - ((bounds.left + bounds.right) / 2) * zoom,
    y: (area.top + area.bottom) / 2 - ((bounds.top + bounds.bottom) / 2) * zoom,
    zoom,
  };
}

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Where a rectangle of the graph lands on screen under a view. */
function onScreen(place: ViewPlace, rect: Rect): Rect {
  return {
    left: place.x + rect.left * place.zoom,
    top: place.y + rect.top * place.zoom,
    right: place.x + rect.right * place.zoom,
    bottom: place.y + rect.bottom * place.zoom,
  };
}

/**
 * The view that shows `bounds` whole and centred in the part of a `width` × `height` pane
 * clear of the controls, no closer than 100% and no farther than `minZoom`. The overview map
 * takes the bottom-right corner: when a card (of `cards`, else the bounds) would lie under
 * it, the bounds go beside it or above it instead, whichever shows them larger. A panel over
 * the pane's right side takes `coveredRight` pixels of it.
 */
export function placeToFit(
  bounds: Rect,
  width: number,
  height: number,
  minZoom: number,
  cards: readonly Position[] = [],
  coveredRight = 0,
): ViewPlace {
  const right = Math.max(FIT_INSETS.right, coveredRight);
  const roomy =
    width > FIT_INSETS.left + right + 100 && height > FIT_INSETS.top + FIT_INSETS.bottom + 100;
  if (!roomy) return placeIn(bounds, { left: 0, top: 0, right: width, bottom: height }, minZoom);
  const free = {
    left: FIT_INSETS.left,
    top: FIT_INSETS.top,
    right: width - right,
    bottom: height - FIT_INSETS.bottom,
  };
  const plain = placeIn(bounds, free, minZoom);
  const corner = {
    left: width - OVERVIEW_SIZE.width - OVERVIEW_CLEARANCE,
    top: height - OVERVIEW_SIZE.height - OVERVIEW_CLEARANCE,
    right: width,
    bottom: height,
  };
  const rects =
    cards.length > 0
      ? cards.map((p) => ({
          left: p.x,
          top: p.y,
          right: p.x + NODE_WIDTH,
          bottom: p.y + NODE_HEIGHT,
        }))
      : [bounds];
  if (!rects.some((rect) => overlaps(onScreen(plain, rect), corner))) return plain;
  const beside = { ...free, right: corner.left };
  const above = { ...free, bottom: corner.top };
  const candidates = [beside, above]
    .filter((area) => area.right - area.left >= 100 && area.bottom - area.top >= 100)
    .map((area) => placeIn(bounds, area, minZoom));
  if (candidates.length === 0) return plain;
  return candidates.reduce((best, next) => (next.zoom > best.zoom ? next : best));
}

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
 * The view's new top-left corner (React Flow's translation) that brings `box`, in graph
 * coordinates, into a view of `width` × `height` clear of `insets` (screen pixels), moving as
 * little as it can: a card moved by the keyboard stays on screen, as a caret keeps its text in
 * view. Null when the view shows it already. A box larger than the view is shown from its
 * top-left corner.
 */
export function panToShow(
  transform: readonly [number, number, number],
  width: number,
  height: number,
  box: Rect,
  insets: { top: number; right: number; bottom: number; left: number } = FIT_INSETS,
): { x: number; y: number } | null {
  const [x, y, zoom] = transform;
  const shift = (start: number, end: number, from: number, to: number) => {
    if (start < from || end - start > to - from) return from - start;
    return end > to ? to - end : 0;
  };
  const dx = shift(box.left * zoom + x, box.right * zoom + x, insets.left, width - insets.right);
  const dy = shift(box.top * zoom + y, box.bottom * zoom + y, insets.top, height - insets.bottom);
  return dx === 0 && dy === 0 ? null : { x: x + dx, y: y + dy };
}

/**
 * The area the canvas is given the graph for (see graphNearView): the view snapped outward to a
 * grid of cells a quarter of the view's size (a power of two). It stays the same while the view
 * pans or zooms a little, so the part to draw is worked out again only now and then, not on
 * every frame of a gesture, and it always holds the whole view.
 */
export function cullingRect(
  transform: readonly [number, number, number],
  width: number,
  height: number,
): Rect {
  const view = visibleRect(transform, width, height, 0);
  const span = Math.max(view.right - view.left, view.bottom - view.top, 1);
  const cell = 2 ** Math.ceil(Math.log2(span / 4));
  return {
    left: Math.floor(view.left / cell) * cell,
    top: Math.floor(view.top / cell) * cell,
    right: Math.ceil(view.right / cell) * cell,
    bottom: Math.ceil(view.bottom / cell) * cell,
  };
}

/** How many times as wide and as tall as the view a culling area may be and still be kept. */
export const CULLING_KEPT_SPAN = 4;

const holds = (outer: Rect, inner: Rect) =>
  outer.left <= inner.left &&
  outer.top <= inner.top &&
  outer.right >= inner.right &&
  outer.bottom >= inner.bottom;

/**
 * The culling area for a view, given the one used so far (`kept`): kept while it still holds
 * the whole view and is no more than CULLING_KEPT_SPAN times its size, else a new one (see
 * cullingRect). Zooming in stays inside the area of the view it started from, so the graph the
 * canvas is given stays the same through the gesture rather than changing at every cell it
 * crosses; the bound on size keeps a view zoomed far in from holding a whole map's worth.
 */
export function nextCullingRect(
  kept: Rect | null,
  transform: readonly [number, number, number],
  width: number,
  height: number,
): Rect {
  const view = visibleRect(transform, width, height, 0);
  const small =
    kept &&
    kept.right - kept.left <= CULLING_KEPT_SPAN * (view.right - view.left) &&
    kept.bottom - kept.top <= CULLING_KEPT_SPAN * (view.bottom - view.top);
  if (kept && small && holds(kept, view)) return kept;
  return cullingRect(transform, width, height);
}

export const sameRect = (a: Rect, b: Rect) =>
  a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom;

function touches(position: Position, rect: Rect): boolean {
  return (
    position.x + NODE_WIDTH >= rect.left &&
    position.x <= rect.right &&
    position.y + NODE_HEIGHT >= rect.top &&
    position.y <= rect.bottom
  );
}

/** Above this many nodes and edges together, the canvas is given only the part near the view. */
export const CULLING_THRESHOLD = 1000;

interface PlacedNode {
  id: string;
  position: Position;
  selected?: boolean;
}

/**
 * The most nodes held beyond the view only because an edge from a node near it ends there. A
 * goal served by thousands of nodes would otherwise bring every one of them, and its edge, into
 * the canvas library for a view that shows a handful of cards: seconds of rendering for lines
 * that leave the screen. The nearest far ends are held, so the lines that are drawn lead where
 * the eye goes next; the rest are counted on their card (see `leftOut`).
 */
export const FAR_ENDS_HELD = 150;

/** How far a card lies outside a rectangle, in graph units: 0 when it touches it. */
function distanceOutside(position: Position, rect: Rect): number {
  const dx = Math.max(rect.left - (position.x + NODE_WIDTH), 0, position.x - rect.right);
  const dy = Math.max(rect.top - (position.y + NODE_HEIGHT), 0, position.y - rect.bottom);
  return Math.hypot(dx, dy);
}

/**
 * Where each node's edges are in a list of edges, as chains through two numbers per edge (one
 * per end), so that a list of tens of thousands is indexed without an array per node.
 */
interface EdgeIndex {
  /** A node's last end in the list: edge number × 2, + 1 for a target end. */
  lastEnd: Map<string, number>;
  /** For each end, the node's end before it in the list, or -1. */
  previousEnd: Int32Array;
}

/** The index of each list of edges prepared (see prepareEdgesNearView). */
const edgeIndexes = new WeakMap<readonly object[], EdgeIndex>();
/** Indexes begun, with the number of edges indexed so far. */
const edgeIndexesBegun = new WeakMap<readonly object[], EdgeIndex & { indexed: number }>();

/**
 * Indexes a list of edges by their ends, so that graphNearView looks only at the edges of the
 * few nodes near the view. Without it each view looks through the whole list, which costs about
 * as much as building the index: a strategy just opened is shown first, and its edges indexed
 * after, for the pans and zooms to come. Each call indexes up to `count` more edges, so a list
 * of tens of thousands can be indexed over several tasks; true once the index is whole.
 */
export function prepareEdgesNearView(
  edges: readonly { source: string; target: string }[],
  count = Infinity,
): boolean {
  if (edgeIndexes.has(edges)) return true;
  let begun = edgeIndexesBegun.get(edges);
  if (!begun) {
    begun = { lastEnd: new Map(), previousEnd: new Int32Array(edges.length * 2), indexed: 0 };
    edgeIndexesBegun.set(edges, begun);
  }
  const { lastEnd, previousEnd } = begun;
  const add = (id: string, end: number) => {
    previousEnd[end] = lastEnd.get(id) ?? -1;
    lastEnd.set(id, end);
  };
  const until = Math.min(edges.length, begun.indexed + count);
  for (let at = begun.indexed; at < until; at++) {
    const edge = edges[at]!;
    add(edge.source, at * 2);
    // An edge from a node to itself is listed once for it.
    if (edge.target !== edge.source) add(edge.target, at * 2 + 1);
    else previousEnd[at * 2 + 1] = -1;
  }
  begun.indexed = until;
  if (until < edges.length) return false;
  edgeIndexesBegun.delete(edges);
  edgeIndexes.set(edges, { lastEnd, previousEnd });
  return true;
}

/** The places in `edges` of the edges with an end among `ids`, in order. */
function edgesTouching(edges: readonly { source: string; target: string }[], ids: Set<string>) {
  const index = edgeIndexes.get(edges);
  if (!index) {
    const found: number[] = [];
    edges.forEach((edge, at) => {
      if (ids.has(edge.source) || ids.has(edge.target)) found.push(at);
    });
    return found;
  }
  const found = new Set<number>();
  for (const id of ids)
    for (let end = index.lastEnd.get(id) ?? -1; end !== -1; end = index.previousEnd[end]!)
      found.add(end >> 1);
  return [...found].sort((a, b) => a - b);
}

export interface GraphNearView<N, E> {
  nodes: N[];
  edges: E[];
  /**
   * For a node held near the view, how many of its edges are left out because their far end is
   * not held; nodes with none are not listed. Its card says so, and lists them for the keyboard.
   */
  leftOut: Map<string, number>;
}

/**
 * The part of a large graph the canvas needs for a view: the nodes in or near it, the selected
 * ones (a drag moves them all), the edges with an end among those, and the far ends of those
 * edges, so each edge can still be drawn as a line leaving the screen. Everything else is left
 * out: the canvas library walks every node it holds on every frame of a gesture, so holding five
 * thousand when a few hundred can be seen is what slows a large strategy down. Far ends are
 * held up to `farEndsHeld`, those of selected nodes' edges first (the card found or clicked shows
 * where all its edges lead), then those nearest the view; an edge to a far end not held is left
 * out too, and counted for its near end in `leftOut`.
 */
export function graphNearView<N extends PlacedNode, E extends { source: string; target: string }>(
  nodes: readonly N[],
  edges: readonly E[],
  rect: Rect,
  farEndsHeld = FAR_ENDS_HELD,
): GraphNearView<N, E> {
  const near = new Set<string>();
  const selected = new Set<string>();
  for (const node of nodes) {
    if (node.selected) selected.add(node.id);
    if (node.selected || touches(node.position, rect)) near.add(node.id);
  }
  const touching = edgesTouching(edges, near).map((at) => edges[at]!);
  const farEnds = new Set<string>();
  /** Far ends of a selected node's edges: what the person is looking at leads there. */
  const ofSelected = new Set<string>();
  for (const edge of touching) {
    if (!near.has(edge.source)) farEnds.add(edge.source);
    if (!near.has(edge.target)) farEnds.add(edge.target);
    if (selected.has(edge.source) && !near.has(edge.target)) ofSelected.add(edge.target);
    if (selected.has(edge.target) && !near.has(edge.source)) ofSelected.add(edge.source);
  }
  const held = new Set(near);
  if (farEnds.size <= farEndsHeld) for (const id of farEnds) held.add(id);
  else {
    // The selected cards' far ends first, then the nearest the view; among equals, in the
    // strategy's order, so the choice is stable.
    const byDistance: { id: string; rank: number; distance: number; index: number }[] = [];
    nodes.forEach((node, index) => {
      if (farEnds.has(node.id))
        byDistance.push({
          id: node.id,
          rank: ofSelected.has(node.id) ? 0 : 1,
          distance: distanceOutside(node.position, rect),
          index,
        });
    });
    byDistance.sort((a, b) => a.rank - b.rank || a.distance - b.distance || a.index - b.index);
    for (const far of byDistance.slice(0, farEndsHeld)) held.add(far.id);
  }
  const drawn: E[] = [];
  const leftOut = new Map<string, number>();
  for (const edge of touching) {
    if (held.has(edge.source) && held.has(edge.target)) {
      drawn.push(edge);
      continue;
    }
    const nearEnd = near.has(edge.source) ? edge.source : edge.target;
    leftOut.set(nearEnd, (leftOut.get(nearEnd) ?? 0) + 1);
  }
  return { nodes: nodes.filter((node) => held.has(node.id)), edges: drawn, leftOut };
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

/** Cards at their own size, where their titles are 12.5 px: read without effort. */
export const READABLE_ZOOM = 1;
/** Room above the top of the goal tree, clear of the controls along the canvas's top edge. */
const OPENING_TOP_MARGIN = 64;
/**
 * How far the first view zooms out for the top of the goal tree to fit across a narrow canvas
 * (a laptop's with the inspector open): titles at 10.6 px, read whole rather than cut at the
 * canvas's edges.
 */
const OPENING_LEAST_ZOOM = 0.85;
/** Room left at either side of the top of the goal tree. */
const OPENING_SIDE_MARGIN = 8;

/**
 * Where a strategy opens the first time, on a canvas of the given size: null to fit all of it
 * when its cards can be read that way. Otherwise the top of its goal tree (vision and
 * directions) at a readable zoom, a little less where that fits it across a narrow canvas,
 * centred across and near the top, so what the strategy is for
 * is the first thing read, with "Fit view" one press away. A strategy without goals is fitted.
 */
export function openingPlace(
  nodes: readonly StrategyNode[],
  width: number,
  height: number,
): ViewPlace | null {
  const whole = boundsOf(nodes.map((n) => n.position));
  if (!whole || width <= 0 || height <= 0) return null;
  const room = 1 + FIT_VIEW_OPTIONS.padding * 2;
  const fitted = Math.min(
    width / ((whole.right - whole.left) * room),
    height / ((whole.bottom - whole.top) * room),
  );
  if (fitted >= READABLE_ZOOM) return null;
  const goals = nodes.filter((n) => n.kind === 'goal');
  const top = goals.filter((n) => n.data.level === 'vision' || n.data.level === 'direction');
  const shown = boundsOf((top.length > 0 ? top : goals).map((n) => n.position));
  if (!shown) return null;
  const across = (width - 2 * OPENING_SIDE_MARGIN) / (shown.right - shown.left);
  const zoom = Math.max(OPENING_LEAST_ZOOM, Math.min(READABLE_ZOOM, across));
  return {
    x: width / 2 - ((shown.left + shown.right) / 2) * zoom,
    y: OPENING_TOP_MARGIN - shown.top * zoom,
    zoom,
  };
}
