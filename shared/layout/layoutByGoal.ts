import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Position, StrategyGraph, StrategyNode } from '../model/graph';
import { NODE_KINDS } from '../model/vocabulary';
import { BAND_GAP, CELL_X, CELL_Y, GAP_X, GAP_Y, goalTree } from './layoutByKind';

/** The one thing this layout needs of ELK, so the engine can run in a worker or in a test. */
export interface LayeredEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/** How many cards of what serves a goal sit in a row beside it before the row wraps. */
const MEMBER_COLUMNS = 6;
const BAND_COLUMNS = 8;

/**
 * The goal each non-goal node belongs under: the goal it serves, or else (a project without
 * one) the goal of its partner city. Nodes with neither are left for the bands below.
 */
export function homeGoals(graph: StrategyGraph): Map<string, string> {
  const kindOf = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const home = new Map<string, string>();
  for (const edge of graph.edges)
    if (edge.kind === 'servesGoal' && kindOf.get(edge.target) === 'goal' && !home.has(edge.source))
      home.set(edge.source, edge.target);
  for (const edge of graph.edges) {
    if (edge.kind !== 'locatedIn' || home.has(edge.source)) continue;
    const cityHome = home.get(edge.target);
    if (cityHome) home.set(edge.source, cityHome);
  }
  return home;
}

/** A goal's row: the goal card, then what serves it, wrapping after MEMBER_COLUMNS cards. */
interface Row {
  goal: string;
  members: string[];
}

const rowWidth = (row: Row) => (1 + Math.min(row.members.length, MEMBER_COLUMNS)) * CELL_X - GAP_X;
const rowHeight = (row: Row) =>
  Math.max(1, Math.ceil(row.members.length / MEMBER_COLUMNS)) * CELL_Y;

/**
 * Lays the strategy out around its goals: each goal with what serves it in rows beside it; a
 * goal whose subgoals have none of their own lists them below it, like an outline; goals with
 * deeper subgoals lead their branches, arranged by ELK's layered algorithm. Whatever serves no
 * goal goes in bands by kind underneath. Every card sits in its own cell, so nothing overlaps.
 */
export async function layoutByGoal(
  graph: StrategyGraph,
  engine: LayeredEngine,
): Promise<Map<string, Position>> {
  const home = homeGoals(graph);
  const goals = graph.nodes.filter((n) => n.kind === 'goal');
  const { parentOf, children } = goalTree(goals, graph);
  const membersOf = new Map<string, StrategyNode[]>();
  for (const node of graph.nodes) {
    const goal = home.get(node.id);
    if (node.kind !== 'goal' && goal) membersOf.set(goal, [...(membersOf.get(goal) ?? []), node]);
  }
  const kindOrder = new Map(NODE_KINDS.map((kind, i) => [kind, i]));
  const rowOf = (goal: string): Row => ({
    goal,
    members: (membersOf.get(goal) ?? [])
      .sort((a, b) => kindOrder.get(a.kind)! - kindOrder.get(b.kind)!)
      .map((n) => n.id),
  });

  // A unit is a block of rows ELK places as one box: a goal, and its subgoals when they are
  // leaves (an outline). Goals with deeper subgoals are units of one row leading a branch.
  const units = new Map<string, Row[]>();
  const unitOf = new Map<string, string>();
  const isLeaf = (id: string) => (children.get(id) ?? []).length === 0;
  const visit = (goal: string, visited: Set<string>) => {
    if (visited.has(goal)) return;
    visited.add(goal);
    const kids = (children.get(goal) ?? []).filter((kid) => !visited.has(kid));
    if (kids.every(isLeaf)) {
      kids.forEach((kid) => visited.add(kid));
      units.set(goal, [rowOf(goal), ...kids.map(rowOf)]);
    } else {
      units.set(goal, [rowOf(goal)]);
      for (const kid of kids) {
        unitOf.set(kid, goal);
        visit(kid, visited);
      }
    }
  };
  const visited = new Set<string>();
  for (const goal of goals) if (!parentOf.has(goal.id)) visit(goal.id, visited);
  // Goals caught in a subgoal cycle have no root; each leads a unit of its own.
  for (const goal of goals) if (!visited.has(goal.id)) visit(goal.id, visited);

  const placed = await engine.layout({
    id: 'goals',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': String(GAP_X * 2),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(BAND_GAP),
      'elk.spacing.componentComponent': String(BAND_GAP),
    },
    children: [...units].map(([id, rows]) => ({
      id,
      // Blocks of one layer line up along their tops, so every branch starts at the same height.
      layoutOptions: { 'elk.alignment': 'TOP' },
      width: Math.max(...rows.map(rowWidth)),
      height: rows.reduce((sum, row) => sum + rowHeight(row), 0) - GAP_Y,
    })),
    edges: [...unitOf]
      .filter(([child, parent]) => units.has(child) && units.has(parent))
      .map(([child, parent]) => ({
        id: `${parent}>${child}`,
        sources: [parent],
        targets: [child],
      })),
  });

  const positions = new Map<string, Position>();
  let bottom = 0;
  for (const box of placed.children ?? []) {
    let y = box.y ?? 0;
    for (const row of units.get(box.id) ?? []) {
      const x = box.x ?? 0;
      positions.set(row.goal, { x, y });
      row.members.forEach((id, i) =>
        positions.set(id, {
          x: x + (1 + (i % MEMBER_COLUMNS)) * CELL_X,
          y: y + Math.floor(i / MEMBER_COLUMNS) * CELL_Y,
        }),
      );
      y += rowHeight(row);
    }
    bottom = Math.max(bottom, y);
  }

  // What serves no goal: in bands by kind, under the goals, where a planner sees what is loose.
  let top = positions.size > 0 ? bottom + BAND_GAP : 0;
  for (const kind of NODE_KINDS) {
    const loose = graph.nodes.filter((n) => n.kind === kind && !positions.has(n.id));
    loose.forEach((node, i) =>
      positions.set(node.id, {
        x: (i % BAND_COLUMNS) * CELL_X,
        y: top + Math.floor(i / BAND_COLUMNS) * CELL_Y,
      }),
    );
    if (loose.length > 0) top += Math.ceil(loose.length / BAND_COLUMNS) * CELL_Y + BAND_GAP;
  }
  for (const [id, position] of positions)
    positions.set(id, { x: Math.round(position.x), y: Math.round(position.y) });
  return positions;
}
