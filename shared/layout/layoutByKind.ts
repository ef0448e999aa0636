import type { Position, StrategyEdge } from '../model/graph';
import { NODE_KINDS, type NodeKind } from '../model/vocabulary';

/** What a layout reads of a strategy: no node data, so it is cheap to hand to a worker. */
export interface LayoutGraph {
  nodes: readonly { id: string; kind: NodeKind }[];
  edges: readonly StrategyEdge[];
}

/** Every node is drawn at this size, so a layout can promise that nothing overlaps. */
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 72;
export const GAP_X = 32;
export const GAP_Y = 28;
export const BAND_GAP = 96;
const COLUMNS = 8;
export const CELL_X = NODE_WIDTH + GAP_X;
export const CELL_Y = NODE_HEIGHT + GAP_Y;

/**
 * Lays goals out as a tree (vision above directions above tasks) and every other kind in its
 * own band of rows below, so a reader sees at a glance what the strategy is made of. Within a
 * band, a node whose `rowGroupOf` differs from the one before starts a new row: partner cities
 * grouped by region read as a row (or rows) per region.
 */
export function layoutByKind(
  graph: LayoutGraph,
  rowGroupOf: (id: string) => string = () => '',
): Map<string, Position> {
  const positions = new Map<string, Position>();
  const goals = graph.nodes.filter((n) => n.kind === 'goal');
  let top = layoutGoalTree(goals, graph, positions);
  for (const kind of NODE_KINDS) {
    if (kind === 'goal') continue;
    const band = graph.nodes.filter((n) => n.kind === kind);
    if (band.length === 0) continue;
    top += BAND_GAP;
    let [row, column] = [0, 0];
    let group = rowGroupOf(band[0]!.id);
    for (const node of band) {
      const nodeGroup = rowGroupOf(node.id);
      if (column === COLUMNS || nodeGroup !== group) [row, column] = [row + 1, 0];
      group = nodeGroup;
      positions.set(node.id, { x: column * CELL_X, y: top + row * CELL_Y });
      column++;
    }
    top += (row + 1) * CELL_Y;
  }
  return positions;
}

/** Places goals as a tidy tree; returns the y just below the tree. */
function layoutGoalTree(
  goals: readonly { id: string }[],
  graph: LayoutGraph,
  positions: Map<string, Position>,
): number {
  if (goals.length === 0) return -BAND_GAP;
  const { parentOf, children } = goalTree(goals, graph);
  let nextColumn = 0;
  let deepest = 0;
  const visited = new Set<string>();
  const isLeaf = (id: string) => (children.get(id) ?? []).length === 0;
  // Returns the column the node is centred on. Leaves take the next free column, except that
  // a parent whose children are all leaves stacks them below itself, like an outline, so a
  // long list of tasks grows down rather than across.
  const place = (id: string, depth: number): number => {
    visited.add(id);
    deepest = Math.max(deepest, depth);
    const kids = (children.get(id) ?? []).filter((kid) => !visited.has(kid));
    let column: number;
    if (kids.length === 0) column = nextColumn++;
    else if (kids.every(isLeaf)) {
      column = nextColumn++;
      kids.forEach((kid, i) => {
        visited.add(kid);
        positions.set(kid, { x: column * CELL_X, y: (depth + 1 + i) * CELL_Y });
      });
      deepest = Math.max(deepest, depth + kids.length);
    } else {
      const columns = kids.map((kid) => place(kid, depth + 1));
      column = (columns[0]! + columns[columns.length - 1]!) / 2;
    }
    positions.set(id, { x: column * CELL_X, y: depth * CELL_Y });
    return column;
  };
  for (const goal of goals) if (!parentOf.has(goal.id) && !visited.has(goal.id)) place(goal.id, 0);
  // Goals caught in a subgoal cycle have no root; give them columns of their own.
  for (const goal of goals) if (!visited.has(goal.id)) place(goal.id, 0);
  return (deepest + 1) * CELL_Y - GAP_Y;
}

/**
 * The subgoal tree among `goals`: each goal's parent and children. A goal keeps its first
 * parent only, so the result is a forest even when the edges say otherwise.
 */
export function goalTree(
  goals: readonly { id: string }[],
  graph: LayoutGraph,
): { parentOf: Map<string, string>; children: Map<string, string[]> } {
  const goalIds = new Set(goals.map((g) => g.id));
  const parentOf = new Map<string, string>();
  const children = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (edge.kind !== 'subgoalOf' || !goalIds.has(edge.source) || !goalIds.has(edge.target))
      continue;
    if (parentOf.has(edge.source) || edge.source === edge.target) continue;
    parentOf.set(edge.source, edge.target);
    children.set(edge.target, [...(children.get(edge.target) ?? []), edge.source]);
  }
  return { parentOf, children };
}

/** True when two nodes' boxes overlap. */
export function overlaps(a: Position, b: Position): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;
}
