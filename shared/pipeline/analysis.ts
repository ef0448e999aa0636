import type { StrategyGraph } from '../model/graph';
import { STAGES, type Stage } from '../model/vocabulary';
import { stageIndex } from './gates';
import { isStalled } from './history';
import type { ProjectContext } from './projects';
import type { PipelineSettings, ProjectPipelineData } from './types';

export interface StageFigures {
  count: number;
  /** The budgets recorded, summed; null when no project at the stage has one (not zero won). */
  budgetKrw: number | null;
}

/** Budgets summed; null when none is recorded, which is not a budget of nothing. */
export function sumBudgets(budgets: Iterable<number | null>): number | null {
  let sum: number | null = null;
  for (const budget of budgets) if (budget !== null) sum = (sum ?? 0) + budget;
  return sum;
}

export function stageFigures(projects: readonly ProjectContext[]): Record<Stage, StageFigures> {
  return Object.fromEntries(
    STAGES.map((stage) => {
      const members = projects.filter(({ data }) => data.stage === stage);
      return [
        stage,
        { count: members.length, budgetKrw: sumBudgets(members.map(({ data }) => data.budgetKrw)) },
      ];
    }),
  ) as Record<Stage, StageFigures>;
}

/**
 * The furthest stage a project ever held. A project that skipped a stage counts as having
 * passed it, and one that moved back keeps the stage it had reached.
 */
export function furthestStageIndex(data: ProjectPipelineData & { stage: Stage }): number {
  let furthest = stageIndex(data.stage);
  for (const change of data.history) furthest = Math.max(furthest, stageIndex(change.to));
  return furthest;
}

export interface Conversion {
  reached: number;
  /** Projects that reached the next stage ÷ projects that reached this one; null with none or at the end. */
  toNext: number | null;
}

export function conversion(projects: readonly ProjectContext[]): Record<Stage, Conversion> {
  const reached = STAGES.map(() => 0);
  for (const { data } of projects) {
    const furthest = furthestStageIndex(data);
    for (let i = 0; i <= furthest; i++) reached[i]! += 1;
  }
  return Object.fromEntries(
    STAGES.map((stage, i) => {
      const next = reached[i + 1];
      const toNext = next === undefined || reached[i] === 0 ? null : next / reached[i]!;
      return [stage, { reached: reached[i]!, toNext }];
    }),
  ) as Record<Stage, Conversion>;
}

/** Conversion per group (domain, region…), groups in first-seen order. */
export function conversionBy(
  projects: readonly ProjectContext[],
  groupOf: (project: ProjectContext) => string,
): { group: string; conversion: Record<Stage, Conversion> }[] {
  const groups = new Map<string, ProjectContext[]>();
  for (const project of projects) {
    const group = groupOf(project);
    groups.set(group, [...(groups.get(group) ?? []), project]);
  }
  return [...groups].map(([group, members]) => ({ group, conversion: conversion(members) }));
}

export interface FollowThroughGaps {
  /** Partner cities with an active relation that no project is tied to. */
  idlePartnerCities: string[];
  projectsWithoutGoal: string[];
  /** Goals that nothing serves, directly or through a subgoal. */
  goalsWithoutSupport: string[];
  stalledProjects: string[];
}

const FORMAL_RELATIONS = new Set(['sister', 'friendship', 'mou']);

export function followThroughGaps(
  graph: StrategyGraph,
  settings: PipelineSettings,
  today: string,
): FollowThroughGaps {
  const kindOf = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const citiesWithProjects = new Set<string>();
  const projectsServing = new Set<string>();
  const servedGoals = new Set<string>();
  const parentsOf = new Map<string, string[]>();
  for (const edge of graph.edges) {
    const [source, target] = [kindOf.get(edge.source), kindOf.get(edge.target)];
    if (source === 'project' && target === 'partnerCity') citiesWithProjects.add(edge.target);
    if (edge.kind === 'servesGoal') {
      if (source === 'project') projectsServing.add(edge.source);
      // Whatever serves it, an actor (KOICA, a ministry) as much as a city or a project.
      servedGoals.add(edge.target);
    }
    if (edge.kind === 'subgoalOf')
      parentsOf.set(edge.source, [...(parentsOf.get(edge.source) ?? []), edge.target]);
  }
  // A served subgoal serves its parents too.
  const pending = [...servedGoals];
  while (pending.length > 0) {
    for (const parent of parentsOf.get(pending.pop()!) ?? []) {
      if (!servedGoals.has(parent)) {
        servedGoals.add(parent);
        pending.push(parent);
      }
    }
  }
  const gaps: FollowThroughGaps = {
    idlePartnerCities: [],
    projectsWithoutGoal: [],
    goalsWithoutSupport: [],
    stalledProjects: [],
  };
  for (const node of graph.nodes) {
    if (node.kind === 'partnerCity') {
      const active = node.data.status === 'active' && FORMAL_RELATIONS.has(node.data.relation);
      if (active && !citiesWithProjects.has(node.id)) gaps.idlePartnerCities.push(node.id);
    } else if (node.kind === 'project') {
      if (!projectsServing.has(node.id)) gaps.projectsWithoutGoal.push(node.id);
      if (isStalled(node.data, today, settings.stalledAfterDays))
        gaps.stalledProjects.push(node.id);
    } else if (node.kind === 'goal' && !servedGoals.has(node.id))
      gaps.goalsWithoutSupport.push(node.id);
  }
  return gaps;
}
