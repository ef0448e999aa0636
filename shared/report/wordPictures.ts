import { actualsOf, measuresOf } from '../activity/measures';
import type { Translate } from '../i18n/translate';
import type { Language, Strategy, StrategyGraph, StrategyNode } from '../model/graph';
import { displayName } from '../model/nodes';
import { SHOW_EVERYTHING } from '../map/filters';
import { mapPlaces } from '../places/mapPlaces';
import { pictureOf, type MapPicture } from '../places/mapPicture';
import { countryPaths, mapScene, projectionFor, type WorldTopology } from '../places/mapScene';
import type { ChartGeometry } from './charts';
import { directionChapters, type DirectionChapter } from './directions';
import { drawingModel, type DrawingModel } from './drawingModel';
import { FONT_STACK } from './fonts';
import { escapeXml } from './graphSvg';
import { LANE_LEGEND_WIDTH_MM, laneLegendHeight, laneLegendSvg } from './laneLegend';
import { measureChartGeometry, measureChartSvg } from './measureChart';
import { PART_LEGEND_GAP_MM, partsDrawing, partSvg, type MapPart } from './mapParts';
import { directionMapTiles, laneMapSvg, nestedSvg, overviewSvg, type MapTile } from './printMaps';
import { wholeMapToPrint } from './wholeMap';
import type { ReportSection } from './reportData';
import { reportSummary } from './summary';
import { summaryCharts } from './summaryCharts';
import { LANDSCAPE_FRAME } from './wordParts';

/**
 * What the renderer is asked to draw for the Word copy, each by the id the document looks it up
 * by: the strategy map (as the image export draws it), a chart, an SVG the print view prints
 * (drawn at `width` × `height` CSS pixels), or the world map, which needs the countries loaded.
 */
export type WordPictureRequest =
  | { id: string; kind: 'map'; model: DrawingModel }
  | { id: string; kind: 'chart'; chart: ChartGeometry }
  | { id: string; kind: 'svg'; svg: string; width: number; height: number }
  | { id: string; kind: 'worldMap' };

export const PICTURE_IDS = {
  graph: 'graph',
  overview: 'graph-overview',
  worldMap: 'world-map',
  chart: (id: string) => `chart-${id}`,
  measure: (goalId: string, measureId: string) => `measure-${goalId}-${measureId}`,
  lane: (directionId: string, tile: number) => `lane-${directionId}-${tile}`,
  graphPart: (index: number) => `graph-part-${index}`,
};

const PX_PER_MM = 96 / 25.4;
const LEGEND_GAP_MM = 6;

/** A page of a direction's map with its legend beside it, in millimetres as printed. */
export function lanePicture(
  tile: MapTile,
  language: Language,
  t: Translate,
): { svg: string; width: number; height: number } {
  const name = (node: StrategyNode) => displayName(node, language);
  const width = tile.width + LEGEND_GAP_MM + LANE_LEGEND_WIDTH_MM;
  const height = Math.max(tile.height, laneLegendHeight(t)) + 1;
  const lanes = laneMapSvg(tile, name, escapeXml, FONT_STACK)
    .replace(/^<svg [^>]*>/, '<g>')
    .replace(/<\/svg>$/, '</g>');
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK)}" fill="#111827">`,
    `<g transform="translate(0 0.5)">${lanes}</g>`,
    `<g transform="translate(${tile.width + LEGEND_GAP_MM} 0.5)">${laneLegendSvg(t)}</g>`,
    '</svg>',
  ].join('');
  return { svg, width: width * PX_PER_MM, height: height * PX_PER_MM };
}

/** The whole map's parts, each beside its legend, in millimetres as the PDF prints them. */
function partPictures(
  graph: StrategyGraph,
  parts: readonly MapPart[],
  language: Language,
  t: Translate,
): WordPictureRequest[] {
  const { model, scale, legend } = partsDrawing(graph, parts, language, t);
  return parts.map((part, i) => {
    const mapWidth = part.width * scale;
    const width = mapWidth + PART_LEGEND_GAP_MM + legend.width;
    const height = Math.max(part.height * scale, legend.height) + 1;
    const svg = [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK)}" fill="#111827">`,
      nestedSvg(partSvg(model, part), 0, 0.5, mapWidth, part.height * scale),
      `<g transform="translate(${mapWidth + PART_LEGEND_GAP_MM} 0.5)">${legend.svg}</g>`,
      '</svg>',
    ].join('');
    return {
      id: PICTURE_IDS.graphPart(i),
      kind: 'svg',
      svg,
      width: width * PX_PER_MM,
      height: height * PX_PER_MM,
    };
  });
}

/** The pictures of a direction's map, by page, with the id each is drawn under. */
export function directionMapPages(chapter: DirectionChapter) {
  return directionMapTiles(chapter).map((tile) => ({
    tile,
    id: PICTURE_IDS.lane(chapter.direction.id, tile.index),
  }));
}

/** The map's overview, as the print view shows one too large to read, fitted to a landscape page. */
function overviewRequest(strategy: Strategy): WordPictureRequest {
  const svg = overviewSvg(strategy);
  const box = /viewBox="[-\d.e]+ [-\d.e]+ ([\d.e]+) ([\d.e]+)"/.exec(svg);
  const [w, h] = box ? [Number(box[1]), Number(box[2])] : [1, 1];
  const scale = Math.min(LANDSCAPE_FRAME.width / w, LANDSCAPE_FRAME.height / h);
  return { id: PICTURE_IDS.overview, kind: 'svg', svg, width: w * scale, height: h * scale };
}

/**
 * Every picture the chosen chapters hold, so the renderer draws only those. The strategy is
 * the one the document is made of (without ideas, unless the workshop chapter is chosen).
 */
export function wordPictureRequests(
  strategy: Strategy,
  sections: readonly ReportSection[],
  language: Language,
  t: Translate,
  asOf: string,
): WordPictureRequest[] {
  const requests: WordPictureRequest[] = [];
  const include = (section: ReportSection) => sections.includes(section);
  if (include('summary'))
    for (const chart of summaryCharts(reportSummary(strategy, asOf), language, t))
      requests.push({ id: PICTURE_IDS.chart(chart.id), kind: 'chart', chart: chart.chart });
  if (include('goals'))
    for (const goal of strategy.nodes)
      for (const measure of measuresOf(goal)) {
        const chart = measureChartGeometry(measure, actualsOf(measure, strategy, asOf), language);
        if (chart)
          requests.push({
            id: PICTURE_IDS.measure(goal.id, measure.id),
            kind: 'svg',
            svg: measureChartSvg(chart, FONT_STACK),
            width: chart.width,
            height: chart.height,
          });
      }
  const whole =
    include('graph') && strategy.nodes.length > 0 ? wholeMapToPrint(strategy, language, t) : null;
  const fits = whole !== null;
  const lanesWanted =
    include('directions') || (include('graph') && strategy.nodes.length > 0 && !fits);
  if (lanesWanted)
    for (const chapter of directionChapters(strategy))
      for (const { tile, id } of directionMapPages(chapter))
        requests.push({ id, kind: 'svg', ...lanePicture(tile, language, t) });
  if (include('graph') && strategy.nodes.length > 0)
    requests.push(
      ...(whole?.parts
        ? partPictures(whole.graph, whole.parts, language, t)
        : whole
          ? [
              {
                id: PICTURE_IDS.graph,
                kind: 'map' as const,
                model: drawingModel(whole.graph, language, t),
              },
            ]
          : [overviewRequest(strategy)]),
    );
  if (include('worldMap')) requests.push({ id: PICTURE_IDS.worldMap, kind: 'worldMap' });
  return requests;
}

/** Every partner city on the world map, whatever the screen's filters hide, as print shows it. */
export function worldMapPicture(
  strategy: Strategy,
  world: WorldTopology | null,
  language: Language,
  t: Translate,
): MapPicture {
  const places = mapPlaces(strategy, strategy.home, SHOW_EVERYTHING);
  const projection = projectionFor(places);
  const countries = world ? countryPaths(world, projection) : [];
  return pictureOf(mapScene(places, countries, language, t, projection), t);
}
