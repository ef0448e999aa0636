import type { Translate } from '../i18n/translate';
import { cardCentre, cardIndex, edgeLine, routeEdge, type Point } from '../layout/edgeGeometry';
import type { Position, StrategyGraph } from '../model/graph';
import {
  ARROWHEAD_SHAPES,
  arrowheadMarkerSvg,
  arrowheadPaint,
  dashArray,
  EDGE_STYLES,
} from '../model/edgeStyles';
import { EDGE_KINDS, legendKinds, type EdgeKind, type NodeKind } from '../model/vocabulary';

export interface DrawnEdge {
  kind: EdgeKind;
  /** SVG path data from border to border of the two cards, round the cards in its way. */
  path: string;
  /** The arrowhead's tip, and a point before it giving its direction. */
  tip: Point;
  before: Point;
  label: string;
}

/** The map's edges as the canvas draws them at reading zoom (see edgeGeometry). */
export function drawnEdges(graph: StrategyGraph, t: Translate): DrawnEdge[] {
  const positions = new Map<string, Position>(graph.nodes.map((n) => [n.id, n.position]));
  const index = cardIndex(positions);
  const edges: DrawnEdge[] = [];
  for (const edge of graph.edges) {
    const source = positions.get(edge.source);
    const target = positions.get(edge.target);
    if (!source || !target) continue;
    const shape = routeEdge(index, edge.source, edge.target, edge.kind === 'subgoalOf');
    const { path, tip, before } = edgeLine(cardCentre(source), cardCentre(target), shape);
    edges.push({ kind: edge.kind, path, tip, before, label: t(`edge.${edge.kind}`) });
  }
  return edges;
}

const round = (value: number) => Math.round(value * 10) / 10;
const markerOf = (kind: EdgeKind) => `map-end-${kind}`;

/** The edges as SVG, their arrowheads first; `escape` makes the labels safe as XML text. */
export function edgesSvg(edges: readonly DrawnEdge[], escape: (text: string) => string): string {
  const parts = [
    `<defs>${EDGE_KINDS.map((k) => arrowheadMarkerSvg(markerOf(k), k)).join('')}</defs>`,
  ];
  parts.push('<g fill="none">');
  for (const edge of edges) {
    const style = EDGE_STYLES[edge.kind];
    const dash = style.dash.length > 0 ? ` stroke-dasharray="${dashArray(style)}"` : '';
    parts.push(
      `<path d="${edge.path}" stroke="${style.colour}" stroke-width="${style.width}"${dash} marker-end="url(#${markerOf(edge.kind)})"><title>${escape(edge.label)}</title></path>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

/** Layout of the legend, in its own units; the picture scales it with the map (see mapLegend). */
export const LEGEND_PAD = 18;
const LEGEND_ROW = 26;
export const LEGEND_WIDTH = 260;
/** Where a legend row's sample (a small card or a line) ends and its label starts. */
export const LEGEND_LABEL_X = LEGEND_PAD + 64;
export const LEGEND_SAMPLE = { width: 48, height: 18 } as const;

export interface DrawnLegend {
  /** Top-left corner in graph units, and how much the legend is enlarged to match the map. */
  x: number;
  y: number;
  scale: number;
  width: number;
  height: number;
  title: string;
  headings: { text: string; y: number }[];
  nodes: { kind: NodeKind; label: string; y: number }[];
  edges: { kind: EdgeKind; label: string; y: number }[];
}

/**
 * The legend of a map: each node kind and each relationship with its name in the picture's
 * language. It goes beside the map's top right corner and is enlarged with large maps, so
 * it stays readable however far the picture is shrunk to be seen whole.
 */
export function mapLegend(
  t: Translate,
  map: { right: number; top: number; height: number },
  withIdeas: boolean,
): DrawnLegend {
  const kinds = legendKinds(withIdeas);
  let y = LEGEND_PAD + 16;
  const headings: DrawnLegend['headings'] = [];
  y += 30;
  headings.push({ text: t('legend.nodes'), y });
  const nodes = kinds.nodes.map((kind) => ({
    kind,
    label: t(`kind.${kind}`),
    y: (y += LEGEND_ROW),
  }));
  y += 34;
  headings.push({ text: t('legend.relationships'), y });
  const edges = kinds.edges.map((kind) => ({
    kind,
    label: t(`edge.${kind}`),
    y: (y += LEGEND_ROW),
  }));
  const height = y + LEGEND_PAD;
  const scale = Math.min(6, Math.max(1, map.height / 3 / height));
  return {
    x: map.right + 40 * scale,
    y: map.top,
    scale,
    width: LEGEND_WIDTH,
    height,
    title: t('legend'),
    headings,
    nodes,
    edges,
  };
}

/**
 * The legend as SVG. Its lines end in arrowheads drawn in place, not through markers, so the
 * picture's markers stay one per edge of the map.
 */
export function legendSvg(
  legend: DrawnLegend,
  colours: Record<NodeKind, { stroke: string; fill: string }>,
  escape: (text: string) => string,
): string {
  const { x, y, scale, width, height } = legend;
  const parts = [
    `<g transform="translate(${round(x)},${round(y)}) scale(${round(scale * 100) / 100})" font-size="14">`,
    `<rect x="0" y="0" width="${width}" height="${height}" rx="8" fill="#ffffff" stroke="#d1d5db"/>`,
    `<text x="${LEGEND_PAD}" y="${LEGEND_PAD + 16}" font-size="17" font-weight="700" fill="#1f2937">${escape(legend.title)}</text>`,
    ...legend.headings.map(
      (heading) =>
        `<text x="${LEGEND_PAD}" y="${heading.y}" font-size="12" font-weight="700" fill="#6b7280">${escape(heading.text)}</text>`,
    ),
  ];
  for (const node of legend.nodes) {
    const c = colours[node.kind];
    const top = node.y - 13;
    parts.push(
      `<rect x="${LEGEND_PAD}" y="${top}" width="${LEGEND_SAMPLE.width}" height="${LEGEND_SAMPLE.height}" rx="${node.kind === 'goal' ? 8 : 3}" fill="${c.fill}" stroke="${c.stroke}" stroke-width="1.5"${node.kind === 'network' ? ' stroke-dasharray="4 2"' : ''}/>`,
      `<rect x="${LEGEND_PAD}" y="${top}" width="${LEGEND_SAMPLE.width}" height="4" fill="${c.stroke}"/>`,
      `<text x="${LEGEND_LABEL_X}" y="${node.y}" fill="#1f2937">${escape(node.label)}</text>`,
    );
  }
  for (const edge of legend.edges) {
    const style = EDGE_STYLES[edge.kind];
    const shape = ARROWHEAD_SHAPES[style.arrowhead];
    const paint = arrowheadPaint(shape, style.colour);
    const lineY = edge.y - 5;
    const tip = LEGEND_PAD + LEGEND_SAMPLE.width;
    const dash = style.dash.length > 0 ? ` stroke-dasharray="${dashArray(style)}"` : '';
    parts.push(
      `<path d="M${LEGEND_PAD},${lineY} L${tip},${lineY}" fill="none" stroke="${style.colour}" stroke-width="${style.width}"${dash}/>`,
      `<path d="${shape.path}" transform="translate(${tip},${lineY})" fill="${paint.fill}" stroke="${paint.stroke}" stroke-width="${paint.strokeWidth}" stroke-linejoin="round"/>`,
      `<text x="${LEGEND_LABEL_X}" y="${edge.y}" fill="#1f2937">${escape(edge.label)}</text>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}
