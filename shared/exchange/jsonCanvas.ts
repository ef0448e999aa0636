import type { Language, StrategyGraph } from '../model/graph';
import { displayName, nodeNames } from '../model/nodes';
import type { Translate } from '../i18n/translate';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/layoutByKind';
import { KIND_COLOURS } from '../report/drawingModel';

/**
 * The strategy as a JSON Canvas 1.0 document (https://jsoncanvas.org/spec/1.0/), which
 * Obsidian and other canvas tools open: each node a text card, each edge a labelled arrow.
 */
export function toJsonCanvas(graph: StrategyGraph, language: Language, t: Translate): string {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const document = {
    nodes: graph.nodes.map((node) => {
      const names = nodeNames(node);
      const other = language === 'ko' ? names.en : names.ko;
      const lines = [`**${displayName(node, language)}**`, t(`kind.${node.kind}`)];
      if (other && other !== displayName(node, language)) lines.push(other);
      return {
        id: node.id,
        type: 'text',
        text: lines.join('\n\n'),
        x: Math.round(node.position.x),
        y: Math.round(node.position.y),
        width: NODE_WIDTH,
        height: NODE_HEIGHT + 40,
        color: KIND_COLOURS[node.kind].stroke,
      };
    }),
    edges: graph.edges
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
      .map((edge) => ({
        id: edge.id,
        fromNode: edge.source,
        fromSide: 'bottom',
        toNode: edge.target,
        toSide: 'top',
        toEnd: 'arrow',
        label: t(`edge.${edge.kind}`),
      })),
  };
  return JSON.stringify(document, null, 2);
}
