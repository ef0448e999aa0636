import type { Language, StrategyGraph } from '../../shared/model/graph';
import type { Translate } from '../../shared/i18n/translate';
import { legendKinds } from '../../shared/model/vocabulary';
import { KIND_COLOURS } from '../../shared/report/drawingModel';
import { escapeXml, graphSvg } from '../../shared/report/graphSvg';
import { FONT_STACK } from '../../shared/report/fonts';
import { landscapePageSvg, MAP_AREA_MM, type PlacedSvg } from '../../shared/report/printMaps';

/** Cards no larger than this on paper, however few there are. */
const MAX_MM_PER_UNIT = 0.45;

/**
 * A map page: caption, map and legend drawn as one SVG across the landscape page's whole width
 * (see landscapePageSvg for why it is one drawing), its texts searchable in the PDF.
 */
export function MapFigure({
  map,
  legend,
  caption,
  note,
}: {
  map: PlacedSvg;
  legend: string;
  caption: string;
  note?: string;
}) {
  const svg = landscapePageSvg({ map, legend, caption, note, fontFamily: FONT_STACK });
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
}: {
  graph: StrategyGraph;
  language: Language;
  t: Translate;
  caption: string;
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
      legend=""
      map={{ svg: drawing.svg, width: drawing.width * scale, height: drawing.height * scale }}
    />
  );
}

/** What a direction's map shows, in millimetres: cards by kind, and the bar to their goal. */
export function laneLegendSvg(t: Translate): string {
  const font = 2.8;
  const rows = legendKinds(false).nodes.map((kind, i) => {
    const y = 8 + i * 6;
    const colours = KIND_COLOURS[kind];
    return (
      `<rect x="0" y="${y - 3}" width="7" height="4" rx="0.8" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="0.35"/>` +
      `<text x="9" y="${y}" font-size="${font}">${escapeXml(t(`kind.${kind}`))}</text>`
    );
  });
  const barY = 8 + rows.length * 6 + 6;
  return [
    `<text x="0" y="3" font-size="3.5" font-weight="700">${escapeXml(t('legend'))}</text>`,
    ...rows,
    `<path d="M0 ${barY - 1}H7" stroke="${KIND_COLOURS.goal.stroke}" stroke-width="0.6"/>`,
    `<text x="9" y="${barY}" font-size="${font}">${escapeXml(t('laneLegendBar'))}</text>`,
  ].join('');
}
