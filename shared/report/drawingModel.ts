import type { Language, StrategyGraph } from '../model/graph';
import { nameText } from '../model/names';
import { nodeShownName } from '../model/nodes';
import type { NodeKind } from '../model/vocabulary';
import type { Translate } from '../i18n/translate';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/layoutByKind';
import { wrapName } from './wrapName';
import { drawnEdges, mapLegend, type DrawnEdge, type DrawnLegend } from './mapDrawing';

export type { DrawnEdge, DrawnLegend };

export const KIND_COLOURS: Record<NodeKind, { stroke: string; fill: string }> = {
  goal: { stroke: '#d97706', fill: '#fffbeb' },
  partnerCity: { stroke: '#2563eb', fill: '#eff6ff' },
  network: { stroke: '#7c3aed', fill: '#faf5ff' },
  actor: { stroke: '#475569', fill: '#f8fafc' },
  project: { stroke: '#059669', fill: '#f0fdf4' },
  idea: { stroke: '#a16207', fill: '#fef08a' },
};

/** A name in the other language is tagged in this colour; a card with no name is greyed. */
export const UNTRANSLATED_COLOUR = '#b45309';
export const UNNAMED_COLOUR = '#6b7280';

export const PADDING = 40;

export interface DrawnNode {
  x: number;
  y: number;
  kind: NodeKind;
  radius: number;
  kindLabel: string;
  lines: string[];
  /** The language the name is in ("KO"), shown when it is not the picture's language. */
  languageTag: string | null;
  /** The node has no name: its lines say its kind, drawn muted. */
  unnamed: boolean;
  /** Drawn pale: a card cut by the edge of a map printed in parts, whole on another part. */
  faded?: boolean;
}

export interface DrawingModel {
  left: number;
  top: number;
  width: number;
  height: number;
  nodes: DrawnNode[];
  edges: DrawnEdge[];
  /** What the cards and lines mean, beside the map; none where the page prints its own. */
  legend: DrawnLegend | null;
}

/** What a picture of the strategy holds, in graph coordinates; SVG and PNG both draw this. */
export function drawingModel(
  graph: StrategyGraph,
  language: Language,
  t: Translate,
  options: { legend?: boolean } = {},
): DrawingModel {
  if (graph.nodes.length === 0)
    return { left: 0, top: 0, width: 1, height: 1, nodes: [], edges: [], legend: null };
  const xs = graph.nodes.map((n) => n.position.x);
  const ys = graph.nodes.map((n) => n.position.y);
  const left = Math.min(...xs) - PADDING;
  const top = Math.min(...ys) - PADDING;
  const right = Math.max(...xs) + NODE_WIDTH + PADDING;
  const bottom = Math.max(...ys) + NODE_HEIGHT + PADDING;
  const legend =
    options.legend === false
      ? null
      : mapLegend(
          t,
          { right, top: top + PADDING, height: bottom - top },
          graph.nodes.some((node) => node.kind === 'idea'),
        );
  return {
    left,
    top,
    width: (legend ? legend.x + legend.width * legend.scale + PADDING : right) - left,
    height: Math.max(bottom, legend ? legend.y + legend.height * legend.scale + PADDING : 0) - top,
    edges: drawnEdges(graph, t),
    legend,
    nodes: graph.nodes.map((node) => {
      const name = nodeShownName(node, language);
      return {
        x: node.position.x,
        y: node.position.y,
        kind: node.kind,
        radius: node.kind === 'goal' ? 18 : 8,
        kindLabel: t(`kind.${node.kind}`),
        lines: wrapName(nameText(name, node.kind, t)),
        languageTag: name.untranslated ? t(`languageTag.${name.language}`) : null,
        unnamed: name.empty,
      };
    }),
  };
}
