import type { Position } from '../model/graph';
import { layoutByGoal, layoutTree } from './layoutByGoal';
import { layoutByKind, type LayoutGraph } from './layoutByKind';
import { layoutRadial } from './layoutRadial';

export const LAYOUT_STYLES = ['byGoal', 'tree', 'radial', 'byKind'] as const;
export type LayoutStyle = (typeof LAYOUT_STYLES)[number];

export interface LayoutOptions {
  /** The node a radial layout is centred on; without one, the top of the goal tree. */
  centre?: string | null;
}

/** New positions for every node of the graph, in the chosen style. */
export function autoLayout(
  graph: LayoutGraph,
  style: LayoutStyle,
  options: LayoutOptions = {},
): Map<string, Position> {
  switch (style) {
    case 'byGoal':
      return layoutByGoal(graph);
    case 'tree':
      return layoutTree(graph);
    case 'radial':
      return layoutRadial(graph, options.centre);
    case 'byKind':
      return layoutByKind(graph);
  }
}

/** The part of a strategy a layout reads, stripped of node data to pass it cheaply. */
export const layoutGraphOf = (graph: LayoutGraph): LayoutGraph => ({
  nodes: graph.nodes.map(({ id, kind }) => ({ id, kind })),
  edges: graph.edges.map(({ id, kind, source, target }) => ({ id, kind, source, target })),
});

/** Where each node is `progress` (0…1) of the way along an eased move. */
export function positionsAt(
  from: ReadonlyMap<string, Position>,
  to: ReadonlyMap<string, Position>,
  progress: number,
): Map<string, Position> {
  const t = progress >= 1 ? 1 : 1 - (1 - progress) ** 3;
  const positions = new Map<string, Position>();
  for (const [id, end] of to) {
    const start = from.get(id) ?? end;
    positions.set(id, { x: start.x + (end.x - start.x) * t, y: start.y + (end.y - start.y) * t });
  }
  return positions;
}
