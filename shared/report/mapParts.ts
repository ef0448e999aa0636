import type { Translate } from '../i18n/translate';
import type { StrategyGraph } from '../model/graph';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/layoutByKind';
import { KIND_COLOURS, PADDING, type DrawingModel } from './drawingModel';
import { escapeXml, drawingSvg } from './graphSvg';
import { legendSvg, mapLegend, LEGEND_WIDTH } from './mapDrawing';
import { LANDSCAPE_COLUMN_MM, MAP_AREA_MM, MIN_LABEL_PT, MM_PER_UNIT } from './printMaps';

/*
 * A map too wide or too tall for one page at the readable scale prints in parts, page by page
 * like an atlas, each part beside the legend. Parts are cut between cards, so every card prints
 * whole on its own part; one that also fits whole on a neighbour's shows there too, and a line
 * to a card on another part runs to the page's edge.
 */

/** Parts a plan gives its map at most; beyond, the map prints as an outline and by direction. */
export const MAX_MAP_PARTS = 6;

/** The legend beside each part, drawn so its smallest text (its headings) prints at 7 pt. */
const LEGEND_MM_PER_UNIT = Math.ceil(((MIN_LABEL_PT * 25.4) / 72 / 12) * 1000) / 1000;
export const PART_LEGEND_WIDTH_MM = Math.ceil(LEGEND_WIDTH * LEGEND_MM_PER_UNIT);
const LEGEND_GAP_MM = 5;
const PART_AREA_MM = {
  width: LANDSCAPE_COLUMN_MM - PART_LEGEND_WIDTH_MM - LEGEND_GAP_MM,
  height: MAP_AREA_MM.height,
};
/** Cards no larger than this on paper, however few a part holds. */
const MAX_MM_PER_UNIT = 0.45;

/** One page's part of the map: its area in the drawing's units, and where it lies among them. */
export interface MapPart {
  left: number;
  top: number;
  width: number;
  height: number;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

interface Span {
  from: number;
  to: number;
}

/**
 * Stretches of one axis, in order, each holding whole the cards that start in it and no longer
 * than `room`. A card belongs to the stretch its start falls in.
 */
function spans(starts: readonly number[], size: number, room: number): Span[] {
  const found: Span[] = [];
  for (const start of [...new Set(starts)].sort((a, b) => a - b)) {
    const last = found.at(-1);
    if (last && start + size - last.from <= room) last.to = Math.max(last.to, start + size);
    else found.push({ from: start, to: start + size });
  }
  return found;
}

const spanOf = (stretches: readonly Span[], start: number) =>
  stretches.findLastIndex((span) => span.from <= start);

/** The parts the map prints in, row by row; parts no card starts in are left out. */
export function mapParts(graph: StrategyGraph): MapPart[] {
  const room = (mm: number) => mm / MM_PER_UNIT - 2 * PADDING;
  const columns = spans(
    graph.nodes.map((node) => node.position.x),
    NODE_WIDTH,
    room(PART_AREA_MM.width),
  );
  const rows = spans(
    graph.nodes.map((node) => node.position.y),
    NODE_HEIGHT,
    room(PART_AREA_MM.height),
  );
  const taken = new Set(
    graph.nodes.map(
      (node) => `${spanOf(rows, node.position.y)}:${spanOf(columns, node.position.x)}`,
    ),
  );
  return rows.flatMap((across, row) =>
    columns
      .map((down, column) => ({ across, down, column }))
      .filter(({ column }) => taken.has(`${row}:${column}`))
      .map(({ across, down, column }) => ({
        left: down.from - PADDING,
        top: across.from - PADDING,
        width: down.to - down.from + 2 * PADDING,
        height: across.to - across.from + 2 * PADDING,
        row: row + 1,
        column: column + 1,
        rows: rows.length,
        columns: columns.length,
      })),
  );
}

/** Millimetres per drawing unit for every part alike, so cards print one size throughout. */
export function partScale(parts: readonly MapPart[]): number {
  return Math.min(
    PART_AREA_MM.width / Math.max(...parts.map((part) => part.width)),
    PART_AREA_MM.height / Math.max(...parts.map((part) => part.height)),
    MAX_MM_PER_UNIT,
  );
}

/** A part of the map as an SVG document in the drawing's units: the cards whole inside it. */
export function partSvg(model: DrawingModel, part: MapPart): string {
  const inside = model.nodes.filter(
    (node) =>
      node.x >= part.left &&
      node.y >= part.top &&
      node.x + NODE_WIDTH <= part.left + part.width &&
      node.y + NODE_HEIGHT <= part.top + part.height,
  );
  const { left, top, width, height } = part;
  return drawingSvg({ ...model, left, top, width, height, nodes: inside, legend: null }).svg;
}

/** The legend beside a part, as SVG content in millimetres, and its size. */
export function partLegend(
  t: Translate,
  withIdeas: boolean,
): { svg: string; width: number; height: number } {
  const legend = mapLegend(t, { right: -40, top: 0, height: 0 }, withIdeas);
  const drawn = legendSvg({ ...legend, x: 0, y: 0, scale: 1 }, KIND_COLOURS, escapeXml);
  return {
    svg: `<g transform="scale(${LEGEND_MM_PER_UNIT})">${drawn}</g>`,
    width: PART_LEGEND_WIDTH_MM,
    height: legend.height * LEGEND_MM_PER_UNIT,
  };
}
