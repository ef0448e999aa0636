import type { StrategyGraph, StrategyNode } from '../model/graph';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/layoutByKind';
import { KIND_COLOURS } from './drawingModel';
import { escapeXml } from './graphSvg';
import { servingNodes, type DirectionChapter } from './directions';
import { wrapName } from './wrapName';

/*
 * Maps on paper. A drawn map's smallest text is 9 units (a card's language tag); printed at
 * MM_PER_UNIT it is 7 pt, the least a reader can read. A map that cannot fit its page at that
 * scale is printed in parts instead of shrunk.
 */
export const MM_PER_PT = 25.4 / 72;
export const MIN_LABEL_PT = 7;
const SMALLEST_MAP_FONT = 9;
export const MM_PER_UNIT =
  Math.ceil(((MIN_LABEL_PT * MM_PER_PT) / SMALLEST_MAP_FONT) * 1000) / 1000;

/** Room for a map on a landscape A4 page, beside its legend and below the chapter's heading. */
export const MAP_AREA_MM = { width: 212, height: 146 };

/*
 * Chromium lays every page out at the first page's width and centres that column on a wider
 * landscape page; anything wider than the column would shrink the whole document to fit. So a
 * map page is one SVG as wide as the portrait column whose drawing overflows it on both sides,
 * as far as the landscape page reaches: ink outside a box does not widen the layout.
 */
const PORTRAIT_COLUMN_MM = 178;
export const LANDSCAPE_COLUMN_MM = 265;
const LEGEND_WIDTH_MM = 44;
const CAPTION_MM = 9;

/** An SVG document and the size it is drawn at, in millimetres. */
export interface PlacedSvg {
  svg: string;
  width: number;
  height: number;
}

/** An SVG document's content placed at a position and size inside another. */
export function nestedSvg(
  svg: string,
  x: number,
  y: number,
  width: number,
  height: number,
): string {
  return svg.replace(
    /^<svg ([^>]*?)width="[^"]*" height="[^"]*"/,
    `<svg $1x="${x}" y="${y}" width="${width.toFixed(2)}" height="${height.toFixed(2)}"`,
  );
}

/**
 * A landscape page's map as one SVG for the portrait-wide column: the caption above, the map at
 * the left of the page and the legend (SVG content in millimetres, or '' where the map draws
 * its own) beside it, and a note below.
 */
export function landscapePageSvg({
  map,
  legend,
  caption,
  note,
  fontFamily,
  legendSize = { width: LEGEND_WIDTH_MM, height: 0 },
}: {
  map: PlacedSvg;
  legend: string;
  caption: string;
  note?: string | undefined;
  fontFamily: string;
  /** The room the legend takes at the page's right, and how far down it reaches. */
  legendSize?: { width: number; height: number };
}): string {
  const shift = (LANDSCAPE_COLUMN_MM - PORTRAIT_COLUMN_MM) / 2;
  // A legend taller than its map lengthens the figure: nothing laid out below may run into it.
  const drawn = Math.max(map.height, legendSize.height);
  const height = CAPTION_MM + drawn + (note ? 8 : 0);
  const captionPt = 11 * MM_PER_PT;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PORTRAIT_COLUMN_MM}mm" height="${height.toFixed(2)}mm" viewBox="0 0 ${PORTRAIT_COLUMN_MM} ${height.toFixed(2)}" overflow="visible" font-family="${escapeXml(fontFamily)}" fill="#111827">`,
    `<g transform="translate(${-shift} 0)">`,
    `<text x="0" y="${captionPt.toFixed(2)}" font-size="${captionPt.toFixed(2)}" font-weight="700">${escapeXml(caption)}</text>`,
    nestedSvg(map.svg, 0, CAPTION_MM, map.width, map.height),
    legend
      ? `<g transform="translate(${LANDSCAPE_COLUMN_MM - legendSize.width} ${CAPTION_MM})">${legend}</g>`
      : '',
    note
      ? `<text x="0" y="${(CAPTION_MM + drawn + 6).toFixed(2)}" font-size="${(8.5 * MM_PER_PT).toFixed(2)}" fill="#374151">${escapeXml(note)}</text>`
      : '',
    '</g></svg>',
  ].join('');
}

export function fitsOnPage(drawing: { width: number; height: number }): boolean {
  return (
    drawing.width * MM_PER_UNIT <= MAP_AREA_MM.width &&
    drawing.height * MM_PER_UNIT <= MAP_AREA_MM.height
  );
}

/*
 * A direction's map is drawn in lanes, in millimetres at its printed size: each goal (the
 * direction, then its tasks) starts a lane, its card at the left, and what serves it fills the
 * three columns beside it, joined to it by a bar. Its names print at LANE_FONT_PT.
 */
export const LANE_FONT_PT = 7.5;
const FONT_MM = LANE_FONT_PT * MM_PER_PT;
const GOAL_WIDTH = 50;
const CARD_WIDTH = 48;
const CARD_HEIGHT = 10.5;
const FIRST_COLUMN = 58;
const COLUMN_STEP = 52;
const COLUMNS = 3;
const ROW_STEP = 12.5;
const ROWS = 11;
/** How many Latin letters' widths a card's line holds (see wrapName). */
const CARD_LINE = 28;

export interface LaneCard {
  node: StrategyNode;
  x: number;
  y: number;
  width: number;
}

export interface Lane {
  goal: StrategyNode;
  top: number;
  bottom: number;
  cards: LaneCard[];
}

/** One page's part of a direction's map. */
export interface MapTile {
  lanes: Lane[];
  width: number;
  height: number;
  index: number;
  count: number;
}

/** Room between a lane's cards and its frame, in millimetres: well under half the rows' gap. */
const FRAME_MARGIN = 0.6;

/**
 * The frame round a lane's cards, which the bar from its goal enters: everything inside serves
 * that goal, the second and third columns as much as the first.
 */
export function laneFrame(lane: Lane): { x: number; y: number; width: number; height: number } {
  const right = Math.max(...lane.cards.map((card) => card.x + card.width));
  return {
    x: FIRST_COLUMN - FRAME_MARGIN * 2,
    y: lane.top - FRAME_MARGIN,
    width: right - FIRST_COLUMN + FRAME_MARGIN * 4,
    height: lane.bottom - lane.top + FRAME_MARGIN * 2,
  };
}

/**
 * A direction's part of the map in pages of at most 11 rows of cards. A goal served by more
 * than a page holds continues on the next page, its card repeated there; a node serving two
 * goals on one page is drawn once, with the first.
 */
export function directionMapTiles(chapter: DirectionChapter): MapTile[] {
  const pages: Lane[][] = [];
  let lanes: Lane[] = [];
  let onPage = new Set<string>();
  let row = 0;
  const newPage = () => {
    if (lanes.length > 0) pages.push(lanes);
    lanes = [];
    onPage = new Set();
    row = 0;
  };
  for (const support of [chapter.own, ...chapter.tasks]) {
    const serving = servingNodes(support);
    if (support.depth === 0 && serving.length === 0 && chapter.tasks.length > 0) continue;
    let rest = serving.filter((n) => !onPage.has(n.id));
    const rowsNeeded = Math.max(1, Math.ceil(rest.length / COLUMNS));
    if (row + rowsNeeded > ROWS && rowsNeeded <= ROWS) {
      newPage();
      rest = serving;
    }
    for (;;) {
      if (row >= ROWS) {
        newPage();
        rest = rest.filter((n) => !onPage.has(n.id));
      }
      const rows = Math.min(ROWS - row, Math.max(1, Math.ceil(rest.length / COLUMNS)));
      const here = rest.slice(0, rows * COLUMNS);
      const cards = here.map((node, i) => ({
        node,
        x: FIRST_COLUMN + (i % COLUMNS) * COLUMN_STEP,
        y: (row + Math.floor(i / COLUMNS)) * ROW_STEP,
        width: CARD_WIDTH,
      }));
      for (const node of [support.goal, ...here]) onPage.add(node.id);
      lanes.push({
        goal: support.goal,
        top: row * ROW_STEP,
        bottom: (row + rows - 1) * ROW_STEP + CARD_HEIGHT,
        cards,
      });
      rest = rest.slice(here.length);
      row += rows;
      if (rest.length === 0) break;
      row = ROWS;
    }
  }
  newPage();
  const width = FIRST_COLUMN + (COLUMNS - 1) * COLUMN_STEP + CARD_WIDTH;
  return pages.map((pageLanes, index) => ({
    lanes: pageLanes,
    width,
    height: Math.max(...pageLanes.map((lane) => lane.bottom)),
    index,
    count: pages.length,
  }));
}

function cardSvg(
  x: number,
  y: number,
  width: number,
  kind: StrategyNode['kind'],
  lines: string[],
  escape: (text: string) => string,
): string {
  const colours = KIND_COLOURS[kind];
  const lineHeight = FONT_MM * 1.2;
  const first = y + CARD_HEIGHT / 2 - ((lines.length - 1) * lineHeight) / 2 + FONT_MM * 0.35;
  return [
    `<rect x="${x}" y="${y}" width="${width}" height="${CARD_HEIGHT}" rx="${kind === 'goal' ? 2.5 : 1}" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="0.35"/>`,
    `<rect x="${x}" y="${y}" width="1.2" height="${CARD_HEIGHT}" fill="${colours.stroke}"/>`,
    ...lines.map(
      (line, i) =>
        `<text x="${x + 2.2}" y="${(first + i * lineHeight).toFixed(2)}" font-size="${FONT_MM.toFixed(3)}"${kind === 'goal' ? ' font-weight="700"' : ''} fill="#111827">${escape(line)}</text>`,
    ),
  ].join('');
}

/**
 * A page of a direction's map as SVG in millimetres. `name` gives each node's name in the
 * document's language; `escape` makes texts safe as XML.
 */
export function laneMapSvg(
  tile: MapTile,
  name: (node: StrategyNode) => string,
  escape: (text: string) => string,
  fontFamily: string,
): string {
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${tile.width} ${tile.height}" width="${tile.width}mm" height="${tile.height}mm" font-family="${escape(fontFamily)}">`,
  ];
  tile.lanes.forEach((lane, i) => {
    if (i % 2 === 1)
      parts.push(
        `<rect x="0" y="${lane.top - 1}" width="${tile.width}" height="${lane.bottom - lane.top + 2}" fill="#f8fafc"/>`,
      );
    // The bar joins the goal to the frame round everything that serves it.
    if (lane.cards.length > 0) {
      const frame = laneFrame(lane);
      parts.push(
        `<path d="M${GOAL_WIDTH} ${lane.top + CARD_HEIGHT / 2}H${frame.x}" stroke="${KIND_COLOURS.goal.stroke}" stroke-width="0.6" fill="none"/>`,
        `<rect x="${frame.x}" y="${frame.y}" width="${frame.width}" height="${frame.height}" rx="1.2" fill="none" stroke="${KIND_COLOURS.goal.stroke}" stroke-width="0.45"/>`,
      );
    }
    parts.push(
      cardSvg(0, lane.top, GOAL_WIDTH, 'goal', wrapName(name(lane.goal), CARD_LINE + 1), escape),
    );
    for (const card of lane.cards)
      parts.push(
        cardSvg(
          card.x,
          card.y,
          card.width,
          card.node.kind,
          wrapName(name(card.node), CARD_LINE),
          escape,
        ),
      );
  });
  parts.push('</svg>');
  return parts.join('');
}

/**
 * The whole map's shape without its texts, for a map too large to read on one page: where its
 * parts lie, coloured by kind. Its readable parts are printed chapter by chapter.
 */
export function overviewSvg(graph: StrategyGraph): string {
  if (graph.nodes.length === 0) return '';
  const xs = graph.nodes.map((n) => n.position.x);
  const ys = graph.nodes.map((n) => n.position.y);
  const left = Math.min(...xs) - 40;
  const top = Math.min(...ys) - 40;
  const width = Math.max(...xs) + NODE_WIDTH + 40 - left;
  const height = Math.max(...ys) + NODE_HEIGHT + 40 - top;
  const centre = new Map(
    graph.nodes.map((n) => [n.id, [n.position.x + NODE_WIDTH / 2, n.position.y + NODE_HEIGHT / 2]]),
  );
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${left} ${top} ${width} ${height}" width="${width}" height="${height}" aria-hidden="true">`,
    '<g stroke="#cbd5e1" stroke-width="2">',
  ];
  for (const edge of graph.edges) {
    const [a, b] = [centre.get(edge.source), centre.get(edge.target)];
    if (a && b) parts.push(`<line x1="${a[0]}" y1="${a[1]}" x2="${b[0]}" y2="${b[1]}"/>`);
  }
  parts.push('</g>');
  for (const node of graph.nodes) {
    const colours = KIND_COLOURS[node.kind];
    parts.push(
      `<rect x="${node.position.x}" y="${node.position.y}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="${node.kind === 'goal' ? 18 : 8}" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="4"/>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
