import type { Language, StrategyGraph } from '../model/graph';
import { displayName } from '../model/nodes';
import type { NodeKind } from '../model/vocabulary';
import type { Translate } from '../i18n/translate';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/layoutByKind';

export const KIND_COLOURS: Record<NodeKind, { stroke: string; fill: string }> = {
  goal: { stroke: '#d97706', fill: '#fffbeb' },
  partnerCity: { stroke: '#2563eb', fill: '#eff6ff' },
  network: { stroke: '#7c3aed', fill: '#faf5ff' },
  actor: { stroke: '#475569', fill: '#f8fafc' },
  project: { stroke: '#059669', fill: '#f0fdf4' },
};

const PADDING = 40;

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/** Hangul and other wide characters take about twice the room of Latin letters. */
function visualWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(char) ? 1.8 : 1;
  return width;
}

function cutToWidth(text: string, width: number): string {
  if (visualWidth(text) <= width) return text;
  let cut = '';
  for (const char of text) {
    if (visualWidth(cut + char) > width - 1) break;
    cut += char;
  }
  return `${cut}…`;
}

/** Splits a name into at most two lines that fit a node, ending with … when cut. */
export function wrapName(name: string, perLine = 27): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (visualWidth(candidate) <= perLine || line === '') line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const shown = lines.slice(0, 2).map((l) => cutToWidth(l, perLine));
  if (lines.length > 2 && !shown[1]!.endsWith('…'))
    shown[1] = cutToWidth(`${shown[1]} …………`, perLine);
  return shown;
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
  if (graph.nodes.length === 0)
    return {
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
      width: 1,
      height: 1,
    };
  const xs = graph.nodes.map((n) => n.position.x);
  const ys = graph.nodes.map((n) => n.position.y);
  const left = Math.min(...xs) - PADDING;
  const top = Math.min(...ys) - PADDING;
  const width = Math.max(...xs) + NODE_WIDTH + PADDING - left;
  const height = Math.max(...ys) + NODE_HEIGHT + PADDING - top;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${left} ${top} ${width} ${height}" width="${width}" height="${height}" font-family="'Noto Sans KR', sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#94a3b8"/></marker></defs>',
    '<g fill="none" stroke="#94a3b8" stroke-width="1.2">',
  );
  for (const edge of graph.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    const [x1, y1] = [source.position.x + NODE_WIDTH / 2, source.position.y + NODE_HEIGHT];
    const [x2, y2] = [target.position.x + NODE_WIDTH / 2, target.position.y];
    const bend = Math.max(40, Math.abs(y2 - y1) / 2);
    parts.push(
      `<path d="M${x1},${y1} C${x1},${y1 + bend} ${x2},${y2 - bend} ${x2},${y2}" marker-end="url(#arrow)"><title>${escapeXml(t(`edge.${edge.kind}`))}</title></path>`,
    );
  }
  parts.push('</g>');
  for (const node of graph.nodes) {
    const { x, y } = node.position;
    const colours = KIND_COLOURS[node.kind];
    const lines = wrapName(displayName(node, language));
    parts.push(
      `<g><rect x="${x}" y="${y}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="${node.kind === 'goal' ? 18 : 8}" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="1.5"/>`,
      `<rect x="${x}" y="${y}" width="${NODE_WIDTH}" height="5" fill="${colours.stroke}"/>`,
      `<text x="${x + 10}" y="${y + 20}" font-size="10" fill="${colours.stroke}">${escapeXml(t(`kind.${node.kind}`))}</text>`,
      ...lines.map(
        (line, i) =>
          `<text x="${x + 10}" y="${y + 40 + i * 16}" font-size="13" font-weight="700" fill="#1f2937">${escapeXml(line)}</text>`,
      ),
      '</g>',
    );
  }
  parts.push('</svg>');
  return { svg: parts.join(''), width, height };
}
