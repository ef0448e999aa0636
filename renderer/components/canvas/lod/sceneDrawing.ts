import type { BundleMark, SceneEdge } from '../../../../shared/layout/canvasScene';
import type { EdgeLine, Point } from '../../../../shared/layout/edgeGeometry';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../../shared/layout/layoutByKind';
import { TITLE_PX } from '../../../../shared/layout/levelOfDetail';
import { grownRect, pointInRect, type Rect } from '../../../../shared/layout/viewport';
import { ARROWHEAD_SHAPES, arrowheadPaint, EDGE_STYLES } from '../../../../shared/model/edgeStyles';
import type { Position } from '../../../../shared/model/graph';
import type { EdgeKind, NodeKind } from '../../../../shared/model/vocabulary';
import { KIND_COLOURS } from '../../../../shared/report/drawingModel';

/** What the layer needs of a node to draw it. */
export interface DrawnNode {
  id: string;
  type: NodeKind;
  position: Position;
}

/** Corners as the cards have them (see .node-card): goals round, the rest slightly. */
const RADIUS: Record<NodeKind, number> = {
  goal: 18,
  partnerCity: 8,
  network: 8,
  actor: 8,
  project: 8,
  idea: 2,
};
/** The coloured band along a card's top edge (see .node-card's border-top). */
const BAND = 5;
const SELECTED = '#1d4ed8';
const TITLE_COLOUR = '#1f2937';

/** The cards of one kind as one path, as plain blocks, and their top bands. */
export interface KindShapes {
  kind: NodeKind;
  cards: Path2D;
  blocks: Path2D;
  bands: Path2D;
}

export function nodeShapes(nodes: readonly DrawnNode[]): KindShapes[] {
  const byKind = new Map<NodeKind, KindShapes>();
  for (const { type, position } of nodes) {
    let shapes = byKind.get(type);
    if (!shapes)
      byKind.set(
        type,
        (shapes = { kind: type, cards: new Path2D(), blocks: new Path2D(), bands: new Path2D() }),
      );
    shapes.cards.roundRect(position.x, position.y, NODE_WIDTH, NODE_HEIGHT, RADIUS[type]);
    shapes.blocks.rect(position.x, position.y, NODE_WIDTH, NODE_HEIGHT);
    shapes.bands.rect(position.x, position.y, NODE_WIDTH, BAND);
  }
  return [...byKind.values()];
}

/** The outlines of some nodes as one path, for the selection. */
export function outlinePath(nodes: readonly DrawnNode[]): Path2D {
  const path = new Path2D();
  for (const { type, position } of nodes)
    path.roundRect(
      position.x - 3,
      position.y - 3,
      NODE_WIDTH + 6,
      NODE_HEIGHT + 6,
      RADIUS[type] + 3,
    );
  return path;
}

/** The edges of one relationship as one path, and their arrowheads as another. */
export interface KindLines {
  kind: EdgeKind;
  lines: Path2D;
  heads: Path2D;
  /** Wider than the relationship's own width, as selected edges are drawn. */
  width?: number;
}

const headPaths = new Map<EdgeKind, Path2D>();
function headPath(kind: EdgeKind): Path2D {
  let path = headPaths.get(kind);
  if (!path)
    headPaths.set(kind, (path = new Path2D(ARROWHEAD_SHAPES[EDGE_STYLES[kind].arrowhead].path)));
  return path;
}

function addEdge(lines: Path2D, edge: SceneEdge) {
  lines.moveTo(edge.from[0], edge.from[1]);
  const end = edge.junction ?? edge.to;
  lines.quadraticCurveTo(edge.control[0], edge.control[1], end[0], end[1]);
  if (edge.junction) lines.lineTo(edge.to[0], edge.to[1]);
}

function addHead(heads: Path2D, kind: EdgeKind, tip: Point, before: Point) {
  const angle = Math.atan2(tip[1] - before[1], tip[0] - before[0]);
  const place = new DOMMatrix().translateSelf(tip[0], tip[1]).rotateSelf((angle * 180) / Math.PI);
  heads.addPath(headPath(kind), place);
}

export function edgeShapes(edges: readonly SceneEdge[]): KindLines[] {
  const byKind = new Map<EdgeKind, KindLines>();
  for (const edge of edges) {
    let shapes = byKind.get(edge.kind);
    if (!shapes)
      byKind.set(
        edge.kind,
        (shapes = { kind: edge.kind, lines: new Path2D(), heads: new Path2D() }),
      );
    addEdge(shapes.lines, edge);
    addHead(shapes.heads, edge.kind, edge.to, edge.before);
  }
  return [...byKind.values()];
}

/** An edge as the cards' canvas draws it (see RelationEdge). */
export interface RoutedEdge {
  kind: EdgeKind;
  line: EdgeLine;
  selected: boolean;
}

/** Selected edges are this wide, as .react-flow__edge.selected draws them. */
const SELECTED_WIDTH = 3;

/** Edges on their routes, one path per relationship and per selected or not. */
export function routedEdgeShapes(edges: readonly RoutedEdge[]): KindLines[] {
  const groups = new Map<string, KindLines>();
  for (const { kind, line, selected } of edges) {
    const key = selected ? `${kind} selected` : kind;
    let shapes = groups.get(key);
    if (!shapes)
      groups.set(
        key,
        (shapes = {
          kind,
          lines: new Path2D(),
          heads: new Path2D(),
          width: selected ? SELECTED_WIDTH : undefined,
        }),
      );
    shapes.lines.addPath(new Path2D(line.path));
    addHead(shapes.heads, kind, line.tip, line.before);
  }
  return [...groups.values()];
}

/** Arrowheads under this zoom are under two pixels long: colour alone tells the kind. */
const HEADS_ZOOM = 0.2;

/**
 * The lines in their relationship's colour and width (see EDGE_STYLES), never thinner than
 * half a pixel, so they still show at a whole-strategy view. Dashes only when `dashed`, as the
 * cards' canvas draws them at reading zoom: smaller, they cannot be told apart, and cost.
 */
export function drawLines(
  ctx: CanvasRenderingContext2D,
  lines: readonly KindLines[],
  zoom: number,
  dashed = false,
) {
  const pixel = 1 / zoom;
  for (const { kind, lines: path, heads, width } of lines) {
    const style = EDGE_STYLES[kind];
    ctx.strokeStyle = style.colour;
    ctx.lineWidth = Math.max(width ?? style.width, 0.5 * pixel);
    if (dashed) ctx.setLineDash(style.dash);
    ctx.stroke(path);
    if (dashed) ctx.setLineDash([]);
    if (zoom < HEADS_ZOOM) continue;
    const paint = arrowheadPaint(ARROWHEAD_SHAPES[style.arrowhead], style.colour);
    if (paint.fill !== 'none') {
      ctx.fillStyle = paint.fill;
      ctx.fill(heads);
    }
    if (paint.stroke !== 'none') {
      ctx.lineWidth = paint.strokeWidth;
      ctx.stroke(heads);
    }
  }
}

/** A bundle mark's circle's radius, in graph units. */
const MARK_RADIUS = 26;

/**
 * Each trunk's count in its circle, as RelationEdge draws it; the number once it can be read.
 * Only those in `view` when given: each number is laid out in its font as it is drawn.
 */
export function drawMarks(
  ctx: CanvasRenderingContext2D,
  allMarks: readonly BundleMark[],
  zoom: number,
  font: string,
  view?: Rect,
) {
  const reach = MARK_RADIUS + Math.max(3, 1 / zoom);
  // Grown once, not per mark: this runs on every redraw of a zoom.
  const near = view && grownRect(view, reach);
  const marks = near ? allMarks.filter(({ at: [x, y] }) => pointInRect(x, y, near)) : allMarks;
  if (marks.length === 0) return;
  const circles = new Path2D();
  for (const { at } of marks) {
    circles.moveTo(at[0] + MARK_RADIUS, at[1]);
    circles.arc(at[0], at[1], MARK_RADIUS, 0, Math.PI * 2);
  }
  ctx.fillStyle = '#ffffff';
  ctx.fill(circles);
  ctx.strokeStyle = EDGE_STYLES.servesGoal.colour;
  ctx.lineWidth = Math.max(3, 1 / zoom);
  ctx.stroke(circles);
  if (24 * zoom < 8) return;
  ctx.fillStyle = TITLE_COLOUR;
  ctx.font = `700 24px ${font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const { at, count } of marks) ctx.fillText(String(count), at[0], at[1]);
  ctx.textAlign = 'start';
}

/**
 * The cards: too small for a title, solid blocks of their kind's colour, which is all that
 * can be told apart at that size; with room for one, pale cards with their kind's outline and
 * top band, as the cards themselves are drawn.
 */
export function drawCards(
  ctx: CanvasRenderingContext2D,
  shapes: readonly KindShapes[],
  zoom: number,
  asCards: boolean,
) {
  for (const { kind, cards, blocks, bands } of shapes) {
    const colours = KIND_COLOURS[kind];
    if (!asCards) {
      ctx.fillStyle = colours.stroke;
      ctx.fill(blocks);
      continue;
    }
    ctx.fillStyle = colours.fill;
    ctx.fill(cards);
    ctx.strokeStyle = colours.stroke;
    ctx.lineWidth = Math.max(1.5, 1 / zoom);
    ctx.stroke(cards);
    ctx.fillStyle = colours.stroke;
    ctx.fill(bands);
  }
}

/** The selection's outline, three pixels wide at any zoom, as a selected card's ring. */
export function drawOutline(
  ctx: CanvasRenderingContext2D,
  path: Path2D,
  zoom: number,
  faint = false,
) {
  ctx.strokeStyle = faint ? 'rgb(29 78 216 / 0.55)' : SELECTED;
  ctx.lineWidth = 3 / zoom;
  ctx.stroke(path);
}

/** Short titles of the nodes in `view`, at one size on screen whatever the zoom. */
export function drawTitles<N extends DrawnNode>(
  ctx: CanvasRenderingContext2D,
  nodes: readonly N[],
  view: Rect,
  zoom: number,
  font: string,
  titleOf: (node: N) => string,
) {
  ctx.fillStyle = TITLE_COLOUR;
  ctx.font = `700 ${TITLE_PX / zoom}px ${font}`;
  ctx.textBaseline = 'middle';
  const y = (NODE_HEIGHT + BAND) / 2;
  for (const node of nodes) {
    const { x: left, y: top } = node.position;
    if (left > view.right || left + NODE_WIDTH < view.left) continue;
    if (top > view.bottom || top + NODE_HEIGHT < view.top) continue;
    ctx.fillText(titleOf(node), left + 8, top + y, NODE_WIDTH - 16);
  }
}

/** A relationship's name, drawn at its line's middle or where it was moved clear of the cards. */
export interface EdgeName {
  text: string;
  at: Point;
}

/** Edge names in `view`, as .edge-name draws them: on a white halo, over the lines. */
export function drawEdgeNames(
  ctx: CanvasRenderingContext2D,
  names: readonly EdgeName[],
  view: Rect,
  font: string,
) {
  ctx.font = `12px ${font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 8;
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = TITLE_COLOUR;
  for (const { text, at } of names) {
    const [x, y] = at;
    if (x < view.left || x > view.right || y < view.top || y > view.bottom) continue;
    ctx.strokeText(text, x, y);
    ctx.fillText(text, x, y);
  }
  ctx.textAlign = 'start';
}

/**
 * Sizes a canvas over the pane to the pane (and `margin` CSS pixels round it), clears it, and
 * sets its transform to the graph's under React Flow's viewport: what is drawn next is drawn in
 * graph units. Returns the ratio of device pixels to CSS pixels.
 */
export function clearForView(
  element: HTMLCanvasElement,
  ctx: CanvasRenderingContext2D,
  [x, y, zoom]: readonly [number, number, number],
  width: number,
  height: number,
  margin = 0,
): number {
  const ratio = window.devicePixelRatio || 1;
  const [across, down] = [(width + 2 * margin) * ratio, (height + 2 * margin) * ratio];
  if (element.width !== Math.round(across)) element.width = Math.round(across);
  if (element.height !== Math.round(down)) element.height = Math.round(down);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, element.width, element.height);
  ctx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * (x + margin), ratio * (y + margin));
  return ratio;
}
