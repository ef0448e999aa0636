import type { NodeOfKind, StrategyGraph, StrategyNode } from '../model/graph';
import { sumBudgets } from '../pipeline/analysis';

type Goal = NodeOfKind<'goal'>;

/** What serves one goal of a direction, by kind, in strategy order. */
export interface GoalSupport {
  goal: Goal;
  /** 0 for the direction itself, 1 for its tasks, 2 for their subtasks… */
  depth: number;
  partnerCities: NodeOfKind<'partnerCity'>[];
  networks: NodeOfKind<'network'>[];
  actors: NodeOfKind<'actor'>[];
  projects: NodeOfKind<'project'>[];
  /** What a task still lacks; the direction itself lacks nothing (its tasks say what). */
  missing: ('project' | 'partnerCity')[];
}

/** One chapter of the plan: a direction, its tasks and what serves each. */
export interface DirectionChapter {
  direction: Goal;
  /** What serves the direction itself, not through one of its tasks. */
  own: GoalSupport;
  tasks: GoalSupport[];
  /** Every node the chapter names, the direction first: its part of the map. */
  nodeIds: string[];
  /** The budgets of its projects, each project counted once; null when none is recorded. */
  budgetKrw: number | null;
}

/*
 * A node serves a goal with a "serves goal" edge. A project that serves it brings the partner
 * city it is located in and the actors that implement or fund it: they serve the goal through it.
 */
const THROUGH_PROJECT = new Set(['locatedIn', 'implementedBy', 'fundedBy']);

function supportOf(
  graph: StrategyGraph,
  byId: Map<string, StrategyNode>,
  goal: Goal,
  depth: number,
) {
  const serving = new Set<string>();
  for (const edge of graph.edges)
    if (edge.kind === 'servesGoal' && edge.target === goal.id) serving.add(edge.source);
  for (const edge of graph.edges)
    if (
      THROUGH_PROJECT.has(edge.kind) &&
      serving.has(edge.source) &&
      byId.get(edge.source)?.kind === 'project'
    )
      serving.add(edge.target);
  const nodes = graph.nodes.filter((n) => serving.has(n.id));
  const ofKind = <K extends StrategyNode['kind']>(kind: K) =>
    nodes.filter((n): n is NodeOfKind<K> => n.kind === kind);
  const support: GoalSupport = {
    goal,
    depth,
    partnerCities: ofKind('partnerCity'),
    networks: ofKind('network'),
    actors: ofKind('actor'),
    projects: ofKind('project'),
    missing: [],
  };
  if (depth > 0) {
    if (support.projects.length === 0) support.missing.push('project');
    if (support.partnerCities.length === 0) support.missing.push('partnerCity');
  }
  return support;
}

/**
 * A chapter per goal of level "direction", in strategy order. Its tasks are the goals below it
 * by "subgoal of", depth first; a goal below two directions appears in both, and a cycle is cut
 * where it closes.
 */
export function directionChapters(graph: StrategyGraph): DirectionChapter[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const goals = graph.nodes.filter((n): n is Goal => n.kind === 'goal');
  const childrenOf = new Map<string, Goal[]>();
  for (const goal of goals) childrenOf.set(goal.id, []);
  for (const edge of graph.edges) {
    const child = byId.get(edge.source);
    if (edge.kind === 'subgoalOf' && child?.kind === 'goal' && childrenOf.has(edge.target))
      childrenOf.get(edge.target)!.push(child);
  }
  return goals
    .filter((goal) => goal.data.level === 'direction')
    .map((direction) => {
      const tasks: GoalSupport[] = [];
      const seen = new Set([direction.id]);
      const visit = (goal: Goal, depth: number) => {
        for (const child of childrenOf.get(goal.id) ?? []) {
          if (seen.has(child.id)) continue;
          seen.add(child.id);
          tasks.push(supportOf(graph, byId, child, depth));
          visit(child, depth + 1);
        }
      };
      visit(direction, 1);
      const own = supportOf(graph, byId, direction, 0);
      const nodeIds = [direction.id];
      const projects = new Map<string, number | null>();
      for (const support of [own, ...tasks]) {
        for (const node of [
          support.goal,
          ...support.partnerCities,
          ...support.networks,
          ...support.actors,
          ...support.projects,
        ])
          if (!nodeIds.includes(node.id)) nodeIds.push(node.id);
        for (const project of support.projects) projects.set(project.id, project.data.budgetKrw);
      }
      const budgetKrw = sumBudgets(projects.values());
      return { direction, own, tasks, nodeIds, budgetKrw };
    });
}

/** Everything that serves a goal, in the order the chapter lists it. */
export function servingNodes(support: GoalSupport): StrategyNode[] {
  return [...support.partnerCities, ...support.networks, ...support.actors, ...support.projects];
}
