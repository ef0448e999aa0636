import type { Language, StrategyGraph } from '../../shared/model/graph';
import type { Translate } from '../../shared/i18n/translate';
import { graphSvg } from '../../shared/report/graphSvg';
import { MAX_MM_PER_UNIT, partsDrawing, partSvg, type MapPart } from '../../shared/report/mapParts';
import { FONT_STACK } from '../../shared/report/fonts';
import { landscapePageSvg, MAP_AREA_MM, type PlacedSvg } from '../../shared/report/printMaps';

/**
 * A map page: caption, map and legend drawn as one SVG across the landscape page's whole width
 * (see landscapePageSvg for why it is one drawing), its texts searchable in the PDF.
 */
export function MapFigure({
  map,
  legend,
  caption,
  note,
  legendSize,
}: {
  map: PlacedSvg;
  legend: string;
  caption: string;
  note?: string | undefined;
  /** The legend's size in millimetres, where it is not the direction maps' own. */
  legendSize?: { width: number; height: number };
}) {
  const svg = landscapePageSvg({
    map,
    legend,
    caption,
    note,
    fontFamily: FONT_STACK,
    ...(legendSize === undefined ? {} : { legendSize }),
  });
  return <figure className="map-figure" dangerouslySetInnerHTML={{ __html: svg }} />;
}

/**
 * The whole strategy map, as large as its landscape page allows, with the legend it draws
 * beside itself. Only a map that fits at a readable scale comes here (see printMaps.ts).
 */
export function FullMapFigure({
  graph,
  language,
  t,
  caption,
  note,
}: {
  graph: StrategyGraph;
  language: Language;
  t: Translate;
  caption: string;
  note?: string | undefined;
}) {
  const drawing = graphSvg(graph, language, t, { legend: true });
  const scale = Math.min(
    (MAP_AREA_MM.width + 44) / drawing.width,
    MAP_AREA_MM.height / drawing.height,
    MAX_MM_PER_UNIT,
  );
  return (
    <MapFigure
      caption={caption}
      note={note}
      legend=""
      map={{ svg: drawing.svg, width: drawing.width * scale, height: drawing.height * scale }}
    />
  );
}

/** The whole strategy map in parts, a landscape page each, beside the legend. */
export function MapPartFigures({
  graph,
  parts,
  language,
  t,
  caption,
  note,
}: {
  graph: StrategyGraph;
  parts: readonly MapPart[];
  language: Language;
  t: Translate;
  caption: string;
  note?: string | undefined;
}) {
  const { model, scale, legend } = partsDrawing(graph, parts, language, t);
  return parts.map((part, i) => (
    <MapFigure
      key={`${part.row}:${part.column}`}
      caption={`${caption} · ${t('mapPart', { index: i + 1, count: parts.length })}`}
      note={[t('mapPartPlace', { ...part }), i === 0 ? note : undefined].filter(Boolean).join(' ')}
      legend={legend.svg}
      legendSize={legend}
      map={{ svg: partSvg(model, part), width: part.width * scale, height: part.height * scale }}
    />
  ));
}
