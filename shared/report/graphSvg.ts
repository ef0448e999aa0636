import type { Language, StrategyGraph } from '../model/graph';
import type { Translate } from '../i18n/translate';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/layoutByKind';
import { drawingModel, KIND_COLOURS } from './drawingModel';

export { wrapName } from './wrapName';

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/**
 * The strategy graph as a standalone SVG document: nodes as labelled boxes coloured by kind,
 * edges as arrows. Text stays text, so a PDF made from it can be searched and selected.
 */
export function graphSvg(
  graph: StrategyGraph,
  language: Language,
  t: Translate,
): { svg: string; width: number; height: number } {
  const model = drawingModel(graph, language, t);
  const { left, top, width, height } = model;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${left} ${top} ${width} ${height}" width="${width}" height="${height}" font-family="'Noto Sans KR', sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#94a3b8"/></marker></defs>',
    '<g fill="none" stroke="#94a3b8" stroke-width="1.2">',
  ];
  for (const edge of model.edges) {
    const [a, b, c, d] = [edge.from, edge.control1, edge.control2, edge.to];
    parts.push(
      `<path d="M${a[0]},${a[1]} C${b[0]},${b[1]} ${c[0]},${c[1]} ${d[0]},${d[1]}" marker-end="url(#arrow)"><title>${escapeXml(edge.label)}</title></path>`,
    );
  }
  parts.push('</g>');
  for (const node of model.nodes) {
    const { x, y } = node;
    const colours = KIND_COLOURS[node.kind];
    parts.push(
      `<g><rect x="${x}" y="${y}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="${node.radius}" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="1.5"/>`,
      `<rect x="${x}" y="${y}" width="${NODE_WIDTH}" height="5" fill="${colours.stroke}"/>`,
      `<text x="${x + 10}" y="${y + 20}" font-size="10" fill="${colours.stroke}">${escapeXml(node.kindLabel)}</text>`,
      ...node.lines.map(
        (line, i) =>
          `<text x="${x + 10}" y="${y + 40 + i * 16}" font-size="13" font-weight="700" fill="#1f2937">${escapeXml(line)}</text>`,
      ),
      '</g>',
    );
  }
  parts.push('</svg>');
  return { svg: parts.join(''), width, height };
}
