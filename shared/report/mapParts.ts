import type { Translate } from '../i18n/translate';
import type { Language, StrategyGraph } from '../model/graph';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/layoutByKind';
import { drawingModel, KIND_COLOURS, type DrawingModel } from './drawingModel';
import { escapeXml, drawingSvg } from './graphSvg';
import { legendSvg, mapLegend, LEGEND_WIDTH } from './mapDrawing';
import {
  LANDSCAPE_COLUMN_MM,
  MAP_AREA_MM,
  MIN_LABEL_PT,
  MM_PER_PT,
  MM_PER_UNIT,
} from './printMaps';
import { LANDSCAPE_FRAME, MM_PER_PX } from './wordFrames';

/*
 * A map too wide or too tall for one page at the readable scale prints in parts, page by page
 * like an atlas, each part beside the legend. Parts are cut between cards, so every card prints
 * whole on its own part; one the edge cuts is drawn pale there, and whole on its own part.
 */

/** Parts a plan gives its map at most; beyond, the map prints as an outline and by direction. */
export const MAX_MAP_PARTS = 6;

/** The legend beside each part, drawn so its smallest text (its headings) prints at 7 pt. */
const LEGEND_MM_PER_UNIT = Math.ceil(((MIN_LABEL_PT * MM_PER_PT) / 12) * 1000) / 1000;
const PART_LEGEND_WIDTH_MM = Math.ceil(LEGEND_WIDTH * LEGEND_MM_PER_UNIT);
export const PART_LEGEND_GAP_MM = 5;
/**
 * Room for a part beside its legend: on the PDF's landscape page and in the Word copy's
 * landscape frame alike, the smaller of the two, so neither shrinks it below 7 pt.
 */
const PART_AREA_MM = {
  width: Math.floor(
    Math.min(LANDSCAPE_COLUMN_MM, LANDSCAPE_FRAME.width * MM_PER_PX) -
      PART_LEGEND_WIDTH_MM -
      PART_LEGEND_GAP_MM,
  ),
  height: Math.floor(Math.min(MAP_AREA_MM.height, LANDSCAPE_FRAME.height * MM_PER_PX - 1)),
};
/** Blank round a part's cards, narrower than a whole map's: three columns fit a part. */
const PART_PADDING = 16;
/** Cards no larger than this on paper, however few a map or a part holds. */
export const MAX_MM_PER_UNIT = 0.45;

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
  const room = (mm: number) => mm / MM_PER_UNIT - 2 * PART_PADDING;
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
        left: down.from - PART_PADDING,
        top: across.from - PART_PADDING,
        width: down.to - down.from + 2 * PART_PADDING,
        height: across.to - across.from + 2 * PART_PADDING,
        row: row + 1,
        column: column + 1,
        rows: rows.length,
        columns: columns.length,
      })),
  );
}

/** What every part is drawn from, so the PDF and the Word copy draw them alike. */
export interface PartsDrawing {
  model: DrawingModel;
  /** Millimetres per drawing unit for every part alike, so cards print one size throughout. */
  scale: number;
  /** The legend beside each part, as SVG content in millimetres, and its size. */
  legend: { svg: string; width: number; height: number };
}

export function partsDrawing(
  graph: StrategyGraph,
  parts: readonly MapPart[],
  language: Language,
  t: Translate,
): PartsDrawing {
  const scale = Math.min(
    PART_AREA_MM.width / Math.max(...parts.map((part) => part.width)),
    PART_AREA_MM.height / Math.max(...parts.map((part) => part.height)),
    MAX_MM_PER_UNIT,
  );
  const withIdeas = graph.nodes.some((node) => node.kind === 'idea');
  const legend = mapLegend(t, { right: 0, top: 0, height: 0 }, withIdeas);
  const drawn = legendSvg({ ...legend, x: 0, y: 0, scale: 1 }, KIND_COLOURS, escapeXml);
  return {
    model: drawingModel(graph, language, t, { legend: false }),
    scale,
    legend: {
      svg: `<g transform="scale(${LEGEND_MM_PER_UNIT})">${drawn}</g>`,
      width: PART_LEGEND_WIDTH_MM,
      height: legend.height * LEGEND_MM_PER_UNIT,
    },
  };
}

/**
 * A part of the map as an SVG document in the drawing's units: the cards whole inside it, and
 * pale, cut by its edge, those that lie across it, so no line starts from nothing.
 */
export function partSvg(model: DrawingModel, part: MapPart): string {
  const right = part.left + part.width;
  const bottom = part.top + part.height;
  const shown = model.nodes.flatMap((node) => {
    const across =
      node.x < right &&
      node.x + NODE_WIDTH > part.left &&
      node.y < bottom &&
      node.y + NODE_HEIGHT > part.top;
    if (!across) return [];
    const whole =
      node.x >= part.left &&
      node.y >= part.top &&
      node.x + NODE_WIDTH <= right &&
      node.y + NODE_HEIGHT <= bottom;
    return [whole ? node : { ...node, faded: true }];
  });
  const { left, top, width, height } = part;
  return drawingSvg({ ...model, left, top, width, height, nodes: shown, legend: null }).svg;
}
