import type { Position } from '../model/graph';
import { NODE_KINDS } from '../model/vocabulary';
import {
  BAND_GAP,
  CELL_X,
  CELL_Y,
  GAP_X,
  GAP_Y,
  goalTree,
  NODE_HEIGHT,
  NODE_WIDTH,
  type LayoutGraph,
} from './layoutByKind';

/** Room between the subtrees of sibling goals, and between the rows of a tree. */
const SIBLING_GAP = 96;
const LEVEL_GAP = 120;
const BAND_COLUMNS = 8;

/**
 * The goal each non-goal node belongs under: the goal it serves, or else (a project without
 * one) the goal of its partner city. Nodes with neither are left for the bands below.
 */
export function homeGoals(graph: LayoutGraph): Map<string, string> {
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

export interface ForestStyle {
  /** Every goal of a depth on one row across the whole strategy, or each row under its parent. */
  layered: boolean;
  /** How many cards of what serves a goal sit side by side, beside the goal, given how many. */
  columns(members: number): number;
}

/** A goal's card with what serves it in a block of rows to its right. */
interface Unit {
  members: string[];
  columns: number;
  width: number;
  height: number;
}

/** Where a subtree reaches left and right of its goal card's left edge. */
interface Extent {
  left: number;
  right: number;
}

/**
 * Lays the goals out as a tidy tree: siblings side by side on one row, each parent centred
 * over its children, every subtree in a column of its own so no two cards overlap; each goal
 * has what serves it gathered in a block beside it. Whatever serves no goal goes in bands by
 * kind underneath.
 */
export function layoutGoalForest(graph: LayoutGraph, style: ForestStyle): Map<string, Position> {
  const home = homeGoals(graph);
  const goals = graph.nodes.filter((n) => n.kind === 'goal');
  const { parentOf, children } = goalTree(goals, graph);
  const kindOrder = new Map(NODE_KINDS.map((kind, i) => [kind, i]));
  const membersOf = new Map<string, { id: string; kind: (typeof NODE_KINDS)[number] }[]>();
  for (const node of graph.nodes) {
    const goal = home.get(node.id);
    if (node.kind === 'goal' || !goal) continue;
    const list = membersOf.get(goal);
    if (list) list.push(node);
    else membersOf.set(goal, [node]);
  }
  const units = new Map<string, Unit>();
  for (const goal of goals) {
    const members = (membersOf.get(goal.id) ?? [])
      .sort((a, b) => kindOrder.get(a.kind)! - kindOrder.get(b.kind)!)
      .map((n) => n.id);
    const columns = members.length === 0 ? 0 : Math.max(1, style.columns(members.length));
    const rows = columns === 0 ? 0 : Math.ceil(members.length / columns);
    units.set(goal.id, {
      members,
      columns,
      width: NODE_WIDTH + columns * CELL_X,
      height: Math.max(NODE_HEIGHT, rows * CELL_Y - GAP_Y),
    });
  }

  // The forest: each goal claimed once, so a subgoal cycle cannot loop; goals caught in one
  // have no root and each leads a tree of its own.
  const kidsOf = new Map<string, string[]>();
  const roots: string[] = [];
  const claimed = new Set<string>();
  const claim = (root: string) => {
    claimed.add(root);
    roots.push(root);
    const stack = [root];
    while (stack.length > 0) {
      const goal = stack.pop()!;
      const kids = (children.get(goal) ?? []).filter((kid) => !claimed.has(kid));
      kids.forEach((kid) => claimed.add(kid));
      kidsOf.set(goal, kids);
      stack.push(...kids);
    }
  };
  for (const goal of goals) if (!parentOf.has(goal.id)) claim(goal.id);
  for (const goal of goals) if (!claimed.has(goal.id)) claim(goal.id);

  // Widths first, bottom up: a subtree's extent and each child's offset from its parent.
  const extents = new Map<string, Extent>();
  const offsets = new Map<string, number>();
  const depthOf = new Map<string, number>();
  const order: string[] = [];
  const visit = (goal: string, depth: number) => {
    depthOf.set(goal, depth);
    order.push(goal);
    for (const kid of kidsOf.get(goal)!) visit(kid, depth + 1);
  };
  roots.forEach((root) => visit(root, 0));
  for (let i = order.length - 1; i >= 0; i--) {
    const goal = order[i]!;
    const unit = units.get(goal)!;
    const kids = kidsOf.get(goal)!;
    if (kids.length === 0) {
      extents.set(goal, { left: 0, right: unit.width });
      continue;
    }
    const at = sideBySide(kids.map((kid) => extents.get(kid)!));
    const centre = (at[0]! + at[at.length - 1]!) / 2;
    let left = 0;
    let right = unit.width;
    kids.forEach((kid, k) => {
      const offset = at[k]! - centre;
      offsets.set(kid, offset);
      left = Math.min(left, offset + extents.get(kid)!.left);
      right = Math.max(right, offset + extents.get(kid)!.right);
    });
    extents.set(goal, { left, right });
  }

  // Then rows, top down: under the parent's block, or on the row of the goal's depth.
  const rowTops: number[] = [0];
  if (style.layered) {
    const tallest: number[] = [];
    for (const goal of order) {
      const depth = depthOf.get(goal)!;
      tallest[depth] = Math.max(tallest[depth] ?? 0, units.get(goal)!.height);
    }
    tallest.forEach((height, depth) => (rowTops[depth + 1] = rowTops[depth]! + height + LEVEL_GAP));
  }
  const positions = new Map<string, Position>();
  const place = (goal: string, x: number, y: number) => {
    positions.set(goal, { x, y });
    const unit = units.get(goal)!;
    unit.members.forEach((id, i) =>
      positions.set(id, {
        x: x + NODE_WIDTH + GAP_X + (i % unit.columns) * CELL_X,
        y: y + Math.floor(i / unit.columns) * CELL_Y,
      }),
    );
    const below = style.layered ? rowTops[depthOf.get(goal)! + 1]! : y + unit.height + LEVEL_GAP;
    for (const kid of kidsOf.get(goal)!) place(kid, x + offsets.get(kid)!, below);
  };
  const rootsAt = sideBySide(roots.map((root) => extents.get(root)!));
  roots.forEach((root, i) => place(root, rootsAt[i]!, 0));

  // Subtrees reach left of the first root: the tree starts at x = 0, like the bands below.
  let left = Infinity;
  for (const position of positions.values()) left = Math.min(left, position.x);
  for (const position of positions.values()) position.x -= left;
  let bottom = 0;
  for (const goal of goals) {
    const { y } = positions.get(goal.id)!;
    bottom = Math.max(bottom, y + units.get(goal.id)!.height);
  }
  placeLooseNodes(graph, positions, positions.size > 0 ? bottom + BAND_GAP : 0);
  for (const [id, position] of positions)
    positions.set(id, { x: Math.round(position.x), y: Math.round(position.y) });
  return positions;
}

/** Where each of a row of subtrees has its goal card, the first at 0, SIBLING_GAP apart. */
function sideBySide(extents: readonly Extent[]): number[] {
  const at: number[] = [];
  let reached = 0;
  extents.forEach((extent, i) => {
    at.push(i === 0 ? 0 : reached + SIBLING_GAP - extent.left);
    reached = at[i]! + extent.right;
  });
  return at;
}

/** What no layout placed (it serves no goal): in bands by kind from `top` down. */
export function placeLooseNodes(
  graph: LayoutGraph,
  positions: Map<string, Position>,
  top: number,
  left = 0,
): void {
  for (const kind of NODE_KINDS) {
    const loose = graph.nodes.filter((n) => n.kind === kind && !positions.has(n.id));
    loose.forEach((node, i) =>
      positions.set(node.id, {
        x: left + (i % BAND_COLUMNS) * CELL_X,
        y: top + Math.floor(i / BAND_COLUMNS) * CELL_Y,
      }),
    );
    if (loose.length > 0) top += Math.ceil(loose.length / BAND_COLUMNS) * CELL_Y + BAND_GAP;
  }
}

/** The layout "by goal": rows by depth, six cards of what serves a goal to a row beside it. */
export const layoutByGoal = (graph: LayoutGraph) =>
  layoutGoalForest(graph, { layered: true, columns: () => 6 });

/**
 * The "tree": each goal's children right under it, and what serves a goal in a block about as
 * tall as it is wide, so the tree stays compact.
 */
export const layoutTree = (graph: LayoutGraph) =>
  layoutGoalForest(graph, {
    layered: false,
    columns: (members) => Math.min(6, Math.ceil(Math.sqrt((members * CELL_Y) / CELL_X))),
  });
