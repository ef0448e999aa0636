import type { Position } from '../model/graph';
import { NODE_HEIGHT, NODE_WIDTH } from './layoutByKind';
import { LARGE_STRATEGY_NODES, type Rect } from './viewport';

/**
 * Below this zoom a card's title is drawn under 6.5 px and cannot be read: a large strategy is
 * drawn on one canvas instead of as thousands of cards, which no page can move fluidly.
 */
export const CANVAS_ZOOM = 0.5;
/**
 * Zooming in, cards come back only from here: a zoom hovering on the threshold (a pinch, a
 * wheel's small steps) does not swap the two drawings back and forth.
 */
export const CARDS_ZOOM = 0.55;
/** A strategy this small is cheap as cards at any zoom, and reads better as cards. */
export const CANVAS_MIN_NODES = LARGE_STRATEGY_NODES;
/**
 * Cards kept in the page while the canvas draws, those nearest the middle of the view: screen
 * readers and Tab still reach the part of the strategy being looked at.
 */
export const KEPT_CARDS = 60;
/** Selected nodes kept as cards on top of those, so keyboard actions on them still work. */
export const KEPT_SELECTED = 60;

/**
 * A zoom has rested once the view has not zoomed for this long: what is drawn only while a
 * zoom goes on (the cards' hand-over, the edges' canvas) gives way then.
 */
export const ZOOM_REST_MS = 200;

/** Which side of the hand-over a zoom is on: -1 canvas, 1 cards, 0 the band between. */
export type ZoomBand = -1 | 0 | 1;

export function zoomBand(zoom: number): ZoomBand {
  if (zoom < CANVAS_ZOOM) return -1;
  return zoom < CARDS_ZOOM ? 0 : 1;
}

/**
 * Whether the map is drawn on the canvas: a large strategy zoomed out past reading (see
 * zoomBand). In the band between the two zooms it stays as it was. While a zoom goes on, the
 * canvas keeps drawing past the cards' zoom and the cards come back once it rests: a zoom in
 * and back out in one gesture swaps nothing, and cards put in the page mid-zoom would take
 * the gesture's own frames.
 */
export function drawsOnCanvas(
  band: ZoomBand,
  shownNodes: number,
  drawingNow: boolean,
  zooming = false,
): boolean {
  if (shownNodes <= CANVAS_MIN_NODES) return false;
  if (drawingNow && zooming) return true;
  return band === 0 ? drawingNow : band < 0;
}

interface PlacedNode {
  id: string;
  position: Position;
  selected?: boolean;
}

const distanceToCentre = (node: PlacedNode, centre: Position) =>
  Math.hypot(
    node.position.x + NODE_WIDTH / 2 - centre.x,
    node.position.y + NODE_HEIGHT / 2 - centre.y,
  );

/** The `limit` nodes of a list nearest `centre`, in the list's own order. */
function nearest<N extends PlacedNode>(nodes: readonly N[], centre: Position, limit: number): N[] {
  if (nodes.length <= limit) return [...nodes];
  const byDistance = nodes
    .map((node, index) => ({ index, distance: distanceToCentre(node, centre) }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.index)
    .sort((a, b) => a - b);
  return byDistance.map((index) => nodes[index]!);
}

/**
 * The cards kept while the canvas draws: the nodes nearest the middle of the view, the
 * selected ones nearest it, and the one whose card has the keyboard (`keyboard`) wherever it
 * is, so a view that moves on does not take the card from under the keyboard. In the
 * strategy's order, so Tab goes through them as it does through cards.
 */
export function keptCards<N extends PlacedNode>(
  nodes: readonly N[],
  centre: Position,
  keyboard: string | null = null,
  limit = KEPT_CARDS,
  selectedLimit = KEPT_SELECTED,
): N[] {
  const kept = new Set<N>(nearest(nodes, centre, limit));
  const selected = nodes.filter((node) => node.selected && !kept.has(node));
  for (const node of nearest(selected, centre, selectedLimit)) kept.add(node);
  return nodes.filter((node) => kept.has(node) || node.id === keyboard);
}

/** Titles on the canvas are drawn at this size on screen, whatever the zoom. */
export const TITLE_PX = 11;
/** Below this many characters' room a title says too little to be worth drawing. */
const MIN_TITLE_ROOM = 10;

/**
 * How many Latin characters of a title fit across a card drawn at `zoom` (a wide character
 * counts as two; see wrapName), or 0 when too few fit to be worth drawing.
 */
export function titleRoom(zoom: number): number {
  const room = Math.floor(((NODE_WIDTH - 16) * zoom) / (TITLE_PX * 0.55));
  return room >= MIN_TITLE_ROOM ? room : 0;
}

/**
 * The middle of the view, snapped to a grid half the view's size across: the cards kept near
 * it change when the view has moved on by that much, not on every frame of a pan or zoom.
 */
export function keptCentre(
  transform: readonly [number, number, number],
  width: number,
  height: number,
): Position {
  const [x, y, zoom] = transform;
  const span = Math.max(width, height, 1) / zoom;
  const cell = 2 ** Math.round(Math.log2(span / 2));
  const snap = (value: number) => (Math.floor(value / cell) + 0.5) * cell;
  return { x: snap((width / 2 - x) / zoom), y: snap((height / 2 - y) / zoom) };
}

/**
 * The part of the graph to draw ahead into the layer's picture: the view grown by `margin` of
 * its size on each side, so a pan only moves the picture until it leaves that part, and no
 * more than the nodes cover. Null when there is nothing to draw.
 */
export function pictureArea(view: Rect, nodes: Rect | null, margin = 0.5): Rect | null {
  if (!nodes) return null;
  const w = (view.right - view.left) * margin;
  const h = (view.bottom - view.top) * margin;
  const area = {
    left: Math.max(view.left - w, nodes.left),
    top: Math.max(view.top - h, nodes.top),
    right: Math.min(view.right + w, nodes.right),
    bottom: Math.min(view.bottom + h, nodes.bottom),
  };
  return area.left < area.right && area.top < area.bottom ? area : null;
}

/**
 * How much of what `view` shows of the nodes a picture of `area` holds, from 0 to 1: while a
 * zoom goes on, a picture holding most of it is scaled rather than drawn again.
 */
export function pictureCover(area: Rect, view: Rect, nodes: Rect): number {
  const wanted = {
    left: Math.max(view.left, nodes.left),
    top: Math.max(view.top, nodes.top),
    right: Math.min(view.right, nodes.right),
    bottom: Math.min(view.bottom, nodes.bottom),
  };
  const size = (r: Rect) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);
  const whole = size(wanted);
  if (whole === 0) return 1;
  const held = {
    left: Math.max(wanted.left, area.left),
    top: Math.max(wanted.top, area.top),
    right: Math.min(wanted.right, area.right),
    bottom: Math.min(wanted.bottom, area.bottom),
  };
  return size(held) / whole;
}

/**
 * How far a zoom's edge picture reaches past the pane on each side, as a share of the pane's
 * size: room for the view to zoom out to 1 / (1 + 2 × PICTURE_MARGIN) of the picture's zoom.
 */
export const PICTURE_MARGIN = 0.15;
/** The most a zoom's picture is magnified before it is drawn again, sharp, at the zoom reached. */
export const MOST_MAGNIFIED = 2;

/** A picture of the pane drawn at `transform`, reaching `margin` CSS pixels past each side. */
export interface ScaledPicture {
  transform: readonly [number, number, number];
  margin: number;
  width: number;
  height: number;
}

/**
 * Where the picture lands with the view at `transform`: its top left corner in the pane's pixels
 * and its scale, or null when it no longer covers the pane or would be magnified too far.
 */
export function placedPicture(
  picture: ScaledPicture,
  [x, y, zoom]: readonly [number, number, number],
): { left: number; top: number; scale: number } | null {
  const [x0, y0, zoom0] = picture.transform;
  const { margin, width, height } = picture;
  const scale = zoom / zoom0;
  const left = x - (x0 + margin) * scale;
  const top = y - (y0 + margin) * scale;
  const right = left + (width + 2 * margin) * scale;
  const bottom = top + (height + 2 * margin) * scale;
  const covers = left <= 0 && top <= 0 && right >= width && bottom >= height;
  return covers && scale <= MOST_MAGNIFIED ? { left, top, scale } : null;
}
