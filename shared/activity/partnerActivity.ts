import type { StrategyGraph } from '../model/graph';
import { addMonths, daysBetween } from './dates';
import {
  exchangesOf,
  isPartner,
  lacksFollowThrough,
  lastExchangeDate,
  projectIdsOf,
  type PartnerKind,
  type PartnerNode,
} from './exchangeLog';
import type { ActivitySettings } from './types';

export interface PartnerActivity {
  id: string;
  kind: PartnerKind;
  /** Exchanges dated within the last `recentYears` up to the as-of date. */
  recentExchanges: number;
  totalExchanges: number;
  /** Exchanges dated after the as-of date, which no figure counts. */
  laterExchanges: number;
  /** Projects tied to the partner on the map or named by one of its exchanges. */
  projects: number;
  noFollowThrough: number;
  lastExchange: string | null;
  /** Days from the last exchange to the as-of date; null with no exchange. */
  daysSinceLast: number | null;
  /** The tie counts as live on paper: a formal, active relation, or a seat in a network. */
  onPaper: boolean;
  /** Live on paper with no exchange in the recent window: the tie the report warns about. */
  silent: boolean;
}

const FORMAL_RELATIONS = new Set(['sister', 'friendship', 'mou']);

function isOnPaper(node: PartnerNode): boolean {
  if (node.kind === 'network') return node.data.role !== '';
  return FORMAL_RELATIONS.has(node.data.relation) && node.data.status !== 'dormant';
}

/** Each partner's projects: joined by an edge either way, or named by one of its exchanges. */
function projectsByPartner(graph: StrategyGraph): Map<string, Set<string>> {
  const projects = projectIdsOf(graph);
  const byPartner = new Map<string, Set<string>>();
  const add = (partner: string, project: string) =>
    byPartner.set(partner, (byPartner.get(partner) ?? new Set()).add(project));
  for (const edge of graph.edges) {
    if (projects.has(edge.source)) add(edge.target, edge.source);
    if (projects.has(edge.target)) add(edge.source, edge.target);
  }
  for (const node of graph.nodes)
    for (const exchange of exchangesOf(node))
      if (projects.has(exchange.projectId)) add(node.id, exchange.projectId);
  return byPartner;
}

/** The figures of every partner city and network, in the strategy's order. */
export function partnerActivity(
  graph: StrategyGraph,
  settings: ActivitySettings,
  asOf: string,
): PartnerActivity[] {
  const projects = projectIdsOf(graph);
  const byPartner = projectsByPartner(graph);
  // The window is half-open at its start: three years before 2018-12-31 is 2015-12-31, excluded.
  const windowStart = addMonths(asOf, -12 * settings.recentYears);
  return graph.nodes.filter(isPartner).map((node) => {
    const all = exchangesOf(node);
    const log = all.filter((e) => e.date <= asOf);
    const recentExchanges = log.filter((e) => e.date > windowStart).length;
    const lastExchange = lastExchangeDate(log);
    const onPaper = isOnPaper(node);
    return {
      id: node.id,
      kind: node.kind,
      recentExchanges,
      totalExchanges: log.length,
      laterExchanges: all.length - log.length,
      projects: byPartner.get(node.id)?.size ?? 0,
      noFollowThrough: log.filter((e) =>
        lacksFollowThrough(e, projects, asOf, settings.followThroughMonths),
      ).length,
      lastExchange,
      daysSinceLast: lastExchange === null ? null : daysBetween(lastExchange, asOf),
      onPaper,
      silent: onPaper && recentExchanges === 0,
    };
  });
}

export const ACTIVITY_SORTS = ['recent', 'lastExchange', 'noFollowThrough', 'projects'] as const;
export type ActivitySort = (typeof ACTIVITY_SORTS)[number];

const byLatest = (a: PartnerActivity, b: PartnerActivity) =>
  (b.lastExchange ?? '').localeCompare(a.lastExchange ?? '');

const COMPARE: Record<ActivitySort, (a: PartnerActivity, b: PartnerActivity) => number> = {
  // The most recent exchanges first, then the freshest contact: who is being worked with now.
  recent: (a, b) => b.recentExchanges - a.recentExchanges || byLatest(a, b),
  lastExchange: byLatest,
  // The broken promises first: what needs a decision.
  noFollowThrough: (a, b) => b.noFollowThrough - a.noFollowThrough || byLatest(a, b),
  projects: (a, b) => b.projects - a.projects || b.recentExchanges - a.recentExchanges,
};

/** Partners ranked by one figure; ties keep the strategy's order. */
export function rankPartners(rows: readonly PartnerActivity[], sort: ActivitySort) {
  return [...rows].sort(COMPARE[sort]);
}
