import type { Translate } from '../i18n/translate';
import type { Language, StrategyGraph } from '../model/graph';
import { CELL_X, CELL_Y, GAP_X, GAP_Y, NODE_HEIGHT, NODE_WIDTH } from '../layout/layoutByKind';
import { drawingModel } from './drawingModel';
import { mapParts, MAX_MAP_PARTS, type MapPart } from './mapParts';
import { fitsOnPage, MAP_AREA_MM, MM_PER_UNIT } from './printMaps';

/** The whole strategy map as the plan prints it, in print and in the Word copy alike. */
export interface WholeMap<G extends StrategyGraph> {
  graph: G;
  /** True when the blank between its cards was closed up for the map to print readable. */
  closedUp: boolean;
  /** The pages it prints on, in parts; null when it fits one page whole. */
  parts: MapPart[] | null;
}

/** How many cards a page holds at the readable scale, packed as a layout packs them. */
const CARDS_A_PAGE =
  ((MAP_AREA_MM.width / MM_PER_UNIT) * (MAP_AREA_MM.height / MM_PER_UNIT)) / (CELL_X * CELL_Y);

/**
 * The map at the cards' own places when it fits a page at a readable scale; else closed up (see
 * closedUp), on one page when that fits, or in a few parts (see mapParts); else null, and the
 * plan prints an outline and the maps by direction. A few cards set far apart on the canvas, or
 * a small map a column too wide, would otherwise print as that outline, nameless, and those
 * no direction's map shows would be named on no map at all.
 */
export function wholeMapToPrint<G extends StrategyGraph>(
  graph: G,
  language: Language,
  t: Translate,
): WholeMap<G> | null {
  const fits = (shown: G) => fitsOnPage(drawingModel(shown, language, t, { legend: false }));
  if (fits(graph)) return { graph, closedUp: false, parts: null };
  if (graph.nodes.length > CARDS_A_PAGE * MAX_MAP_PARTS) return null;
  const closed = closedUp(graph);
  const moved = closed.nodes.some(
    (node, i) =>
      node.position.x !== graph.nodes[i]!.position.x ||
      node.position.y !== graph.nodes[i]!.position.y,
  );
  if (fits(closed)) return { graph: closed, closedUp: true, parts: null };
  const shown = moved ? closed : graph;
  const parts = mapParts(shown);
  return parts.length <= MAX_MAP_PARTS ? { graph: shown, closedUp: moved, parts } : null;
}

/**
 * The graph with every blank stretch between its cards, across and down, narrowed to a
 * layout's gap between cards. Cards keep their order left to right and top to bottom, those
 * side by side stay as they were to each other, and none comes to overlap another.
 */
export function closedUp<G extends StrategyGraph>(graph: G): G {
  const xs = closedAxis(
    graph.nodes.map((node) => node.position.x),
    NODE_WIDTH,
    GAP_X,
  );
  const ys = closedAxis(
    graph.nodes.map((node) => node.position.y),
    NODE_HEIGHT,
    GAP_Y,
  );
  return {
    ...graph,
    nodes: graph.nodes.map((node) => ({
      ...node,
      position: { x: xs.get(node.position.x)!, y: ys.get(node.position.y)! },
    })),
  } as G;
}

/** Each start on one axis moved back by the blank before it beyond `gap`, cards `size` long. */
function closedAxis(starts: readonly number[], size: number, gap: number): Map<number, number> {
  const moved = new Map<number, number>();
  let removed = 0;
  let reach = -Infinity;
  for (const start of [...new Set(starts)].sort((a, b) => a - b)) {
    if (start - reach > gap && reach !== -Infinity) removed += start - reach - gap;
    moved.set(start, start - removed);
    reach = Math.max(reach, start + size);
  }
  return moved;
}
