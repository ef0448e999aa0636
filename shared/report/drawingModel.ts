import type { Language, StrategyGraph } from '../model/graph';
import { displayName } from '../model/nodes';
import type { NodeKind } from '../model/vocabulary';
import type { Translate } from '../i18n/translate';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/layoutByKind';
import { wrapName } from './wrapName';

export const KIND_COLOURS: Record<NodeKind, { stroke: string; fill: string }> = {
  goal: { stroke: '#d97706', fill: '#fffbeb' },
  partnerCity: { stroke: '#2563eb', fill: '#eff6ff' },
  network: { stroke: '#7c3aed', fill: '#faf5ff' },
  actor: { stroke: '#475569', fill: '#f8fafc' },
  project: { stroke: '#059669', fill: '#f0fdf4' },
};

const PADDING = 40;

export interface DrawnNode {
  x: number;
  y: number;
  kind: NodeKind;
  radius: number;
  kindLabel: string;
  lines: string[];
}

export interface DrawnEdge {
  /** A cubic curve from the source's bottom to the target's top. */
  from: [number, number];
  control1: [number, number];
  control2: [number, number];
  to: [number, number];
  label: string;
}

export interface DrawingModel {
  left: number;
  top: number;
  width: number;
  height: number;
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}

/** What a picture of the strategy holds, in graph coordinates; SVG and PNG both draw this. */
export function drawingModel(graph: StrategyGraph, language: Language, t: Translate): DrawingModel {
  if (graph.nodes.length === 0)
    return { left: 0, top: 0, width: 1, height: 1, nodes: [], edges: [] };
  const xs = graph.nodes.map((n) => n.position.x);
  const ys = graph.nodes.map((n) => n.position.y);
  const left = Math.min(...xs) - PADDING;
  const top = Math.min(...ys) - PADDING;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges: DrawnEdge[] = [];
  for (const edge of graph.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    const from: [number, number] = [
      source.position.x + NODE_WIDTH / 2,
      source.position.y + NODE_HEIGHT,
    ];
    const to: [number, number] = [target.position.x + NODE_WIDTH / 2, target.position.y];
    const bend = Math.max(40, Math.abs(to[1] - from[1]) / 2);
    edges.push({
      from,
      control1: [from[0], from[1] + bend],
      control2: [to[0], to[1] - bend],
      to,
      label: t(`edge.${edge.kind}`),
    });
  }
  return {
    left,
    top,
    width: Math.max(...xs) + NODE_WIDTH + PADDING - left,
    height: Math.max(...ys) + NODE_HEIGHT + PADDING - top,
    edges,
    nodes: graph.nodes.map((node) => ({
      x: node.position.x,
      y: node.position.y,
      kind: node.kind,
      radius: node.kind === 'goal' ? 18 : 8,
      kindLabel: t(`kind.${node.kind}`),
      lines: wrapName(displayName(node, language)),
    })),
  };
}
