import type { Language, StrategyGraph } from '../model/graph';
import type { Translate } from '../i18n/translate';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/layoutByKind';
import {
  drawingModel,
  KIND_COLOURS,
  UNNAMED_COLOUR,
  UNTRANSLATED_COLOUR,
  type DrawingModel,
} from './drawingModel';
import { FONT_STACK } from './fonts';
import { edgesSvg, legendSvg } from './mapDrawing';

export { wrapName } from './wrapName';

/*
 * Characters dropped from XML output. XML 1.0 cannot carry most of C0, unpaired surrogates or
 * U+FFFE and U+FFFF at all, not even as character references; DEL and the bidirectional
 * overrides and isolates are refused in input and dropped here too, should older data hold them.
 */
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]/gu;

const XML_ESCAPES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  // As references, tab and line breaks survive in attributes and CR is not turned into LF.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Text for XML content or attribute values: always well-formed, whatever the text holds. */
export function escapeXml(text: string): string {
  return text.replace(NOT_IN_XML, '').replace(/[<>&"'\t\n\r]/g, (c) => XML_ESCAPES[c]!);
}

/**
 * The strategy graph as a standalone SVG document: nodes as labelled boxes coloured by kind,
 * edges as lines in their relationship's style, and the legend beside them unless the page
 * shows its own. Text stays text, so a PDF made from it can be searched and selected.
 */
export function graphSvg(
  graph: StrategyGraph,
  language: Language,
  t: Translate,
  options: { legend?: boolean } = {},
): { svg: string; width: number; height: number } {
  return drawingSvg(drawingModel(graph, language, t, options));
}

/** A drawing as an SVG document, of the area its model gives: cards beyond it are cut off. */
export function drawingSvg(model: DrawingModel): { svg: string; width: number; height: number } {
  const { left, top, width, height } = model;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${left} ${top} ${width} ${height}" width="${width}" height="${height}" font-family="${FONT_STACK}">`,
  ];
  parts.push(edgesSvg(model.edges, escapeXml));
  for (const node of model.nodes) {
    const { x, y } = node;
    const colours = KIND_COLOURS[node.kind];
    parts.push(
      `<g${node.faded ? ' opacity="0.35"' : ''}><rect x="${x}" y="${y}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="${node.radius}" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="1.5"/>`,
      `<rect x="${x}" y="${y}" width="${NODE_WIDTH}" height="5" fill="${colours.stroke}"/>`,
      `<text x="${x + 10}" y="${y + 20}" font-size="10" fill="${colours.stroke}">${escapeXml(node.kindLabel)}</text>`,
      node.languageTag
        ? `<text x="${x + NODE_WIDTH - 10}" y="${y + 20}" font-size="9" font-weight="700" text-anchor="end" fill="${UNTRANSLATED_COLOUR}">${escapeXml(node.languageTag)}</text>`
        : '',
      ...node.lines.map((line, i) =>
        node.unnamed
          ? `<text x="${x + 10}" y="${y + 40 + i * 16}" font-size="13" font-style="italic" fill="${UNNAMED_COLOUR}">${escapeXml(line)}</text>`
          : `<text x="${x + 10}" y="${y + 40 + i * 16}" font-size="13" font-weight="700" fill="#1f2937">${escapeXml(line)}</text>`,
      ),
      '</g>',
    );
  }
  if (model.legend) parts.push(legendSvg(model.legend, KIND_COLOURS, escapeXml));
  parts.push('</svg>');
  return { svg: parts.join(''), width, height };
}
