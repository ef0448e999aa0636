import type { Strategy, StrategyGraph } from '../model/graph';
import {
  CITY_STATUSES,
  NETWORK_ROLES,
  PROJECT_DOMAINS,
  REGIONS,
  RELATIONS,
  STAGES,
  type NetworkRole,
  type ProjectDomain,
  type Region,
  type Relation,
  type Stage,
} from '../model/vocabulary';
import { followThroughGaps, sumBudgets, type FollowThroughGaps } from '../pipeline/analysis';

/** How many of something fall under one value of a vocabulary ('' is "not set"). */
export interface Tally<V extends string> {
  value: V;
  count: number;
}

/** Projects of one stage or domain, and what they are budgeted at together. */
export interface BudgetTally<V extends string> extends Tally<V> {
  /** Null when none of them has a budget recorded. */
  budgetKrw: number | null;
}

/** The most of each kind of gap the summary names; the rest are counted only. */
export const GAPS_NAMED = 5;

export interface GapList {
  kind: keyof FollowThroughGaps;
  /** Every node with this gap, in strategy order. */
  count: number;
  /** The first GAPS_NAMED of them. */
  ids: string[];
}

/**
 * The plan's figures on one or two pages, as plain data: the print view and the Word export
 * both render it, each in its own language. Tallies keep the vocabulary's order and leave out
 * values nothing has, so a chart shows only what the strategy holds.
 */
export interface ReportSummary {
  partners: {
    total: number;
    byRelation: Tally<Relation>[];
    byRegion: Tally<Region>[];
    active: number;
    dormant: number;
    /** Partner cities whose status is not set. */
    statusUnknown: number;
  };
  networks: { total: number; byRole: Tally<NetworkRole>[] };
  projects: {
    total: number;
    totalBudgetKrw: number | null;
    /** Every stage in pipeline order, empty ones too: a stage with none is worth seeing. */
    byStage: BudgetTally<Stage>[];
    byDomain: BudgetTally<ProjectDomain>[];
  };
  gaps: GapList[];
}

function tally<V extends string>(order: readonly V[], values: readonly V[]): Tally<V>[] {
  return order
    .map((value) => ({ value, count: values.filter((v) => v === value).length }))
    .filter((row) => row.count > 0);
}

function budgetTally<V extends string>(
  order: readonly V[],
  projects: readonly { key: V; budgetKrw: number | null }[],
  keepEmpty: boolean,
): BudgetTally<V>[] {
  return order
    .map((value) => {
      const members = projects.filter((p) => p.key === value);
      return {
        value,
        count: members.length,
        budgetKrw: sumBudgets(members.map((p) => p.budgetKrw)),
      };
    })
    .filter((row) => keepEmpty || row.count > 0);
}

const GAP_ORDER: readonly (keyof FollowThroughGaps)[] = [
  'goalsWithoutSupport',
  'idlePartnerCities',
  'projectsWithoutGoal',
  'stalledProjects',
];

/** The summary chapter's figures. `today` (YYYY-MM-DD) decides which projects are stalled. */
export function reportSummary(
  strategy: StrategyGraph & Pick<Strategy, 'pipeline'>,
  today: string,
): ReportSummary {
  const cities = strategy.nodes.flatMap((n) => (n.kind === 'partnerCity' ? [n.data] : []));
  const networks = strategy.nodes.flatMap((n) => (n.kind === 'network' ? [n.data] : []));
  const projects = strategy.nodes.flatMap((n) => (n.kind === 'project' ? [n.data] : []));
  const statuses = tally(
    CITY_STATUSES,
    cities.map((c) => c.status),
  );
  const countOf = (status: string) => statuses.find((s) => s.value === status)?.count ?? 0;
  const gaps = followThroughGaps(strategy, strategy.pipeline, today);
  return {
    partners: {
      total: cities.length,
      byRelation: tally(
        RELATIONS,
        cities.map((c) => c.relation),
      ),
      byRegion: tally(
        REGIONS,
        cities.map((c) => c.region),
      ),
      active: countOf('active'),
      dormant: countOf('dormant'),
      statusUnknown: countOf(''),
    },
    networks: {
      total: networks.length,
      byRole: tally(
        NETWORK_ROLES,
        networks.map((n) => n.role),
      ),
    },
    projects: {
      total: projects.length,
      totalBudgetKrw: sumBudgets(projects.map((p) => p.budgetKrw)),
      byStage: budgetTally(
        STAGES,
        projects.map((p) => ({ key: p.stage, budgetKrw: p.budgetKrw })),
        true,
      ),
      byDomain: budgetTally(
        PROJECT_DOMAINS,
        projects.map((p) => ({ key: p.domain, budgetKrw: p.budgetKrw })),
        false,
      ),
    },
    gaps: GAP_ORDER.map((kind) => ({
      kind,
      count: gaps[kind].length,
      ids: gaps[kind].slice(0, GAPS_NAMED),
    })).filter((gap) => gap.count > 0),
  };
}
