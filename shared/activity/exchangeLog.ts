import type { StrategyGraph, StrategyNode } from '../model/graph';
import { addMonths } from './dates';
import type { ActivitySettings, Exchange } from './types';

/** The node kinds that keep an exchange log. */
export type PartnerKind = 'partnerCity' | 'network';
export type PartnerNode = Extract<StrategyNode, { kind: PartnerKind }>;

export function isPartner(node: StrategyNode): node is PartnerNode {
  return node.kind === 'partnerCity' || node.kind === 'network';
}

/** A partner's exchanges, oldest first; a record from before the log has none. */
export function exchangesOf(node: StrategyNode): readonly Exchange[] {
  if (!isPartner(node)) return [];
  return [...(node.data.exchanges ?? [])].sort((a, b) => a.date.localeCompare(b.date));
}

/** The date of the latest exchange in a log, or null for an empty log. */
export function lastExchangeDate(exchanges: readonly Exchange[]): string | null {
  let last: string | null = null;
  for (const exchange of exchanges) if (last === null || exchange.date > last) last = exchange.date;
  return last;
}

/**
 * A partner city's last contact: the later of its log's latest exchange and the date typed in
 * its field, which holds contacts from before the log or not worth an entry.
 */
export function lastContactOf(node: StrategyNode): string {
  const logged = lastExchangeDate(exchangesOf(node)) ?? '';
  const typed = node.kind === 'partnerCity' ? node.data.lastContact : '';
  return logged > typed ? logged : typed;
}

/**
 * The log's latest contact where it is later than the date typed in the field (which it then
 * outranks, see lastContactOf), or null: what the field should say beside its own value.
 */
export function laterContactInLog(node: Pick<StrategyNode, 'kind' | 'data'>): string | null {
  if (node.kind !== 'partnerCity') return null;
  const { exchanges, lastContact } = node.data as { exchanges?: Exchange[]; lastContact: string };
  const logged = lastExchangeDate(exchanges ?? []);
  return logged !== null && logged > lastContact ? logged : null;
}

/**
 * An exchange promised a next step and, the chosen months later, still has no project to show
 * for it. A link to a project that was since deleted counts as none. Only an explicit link
 * counts: a project with the same partner may have nothing to do with what was promised.
 */
export function lacksFollowThrough(
  exchange: Exchange,
  projectIds: ReadonlySet<string>,
  asOf: string,
  months: number,
): boolean {
  if (!exchange.followUp) return false;
  if (exchange.projectId !== '' && projectIds.has(exchange.projectId)) return false;
  return addMonths(exchange.date, months) <= asOf;
}

export function projectIdsOf(graph: StrategyGraph): Set<string> {
  return new Set(graph.nodes.filter((n) => n.kind === 'project').map((n) => n.id));
}

export interface UnfollowedExchange {
  partnerId: string;
  exchange: Exchange;
}

/** Every exchange with no follow-through, oldest first: the longest wait leads. */
export function exchangesWithNoFollowThrough(
  graph: StrategyGraph,
  settings: ActivitySettings,
  asOf: string,
): UnfollowedExchange[] {
  const projects = projectIdsOf(graph);
  const found: UnfollowedExchange[] = [];
  for (const node of graph.nodes)
    for (const exchange of exchangesOf(node))
      if (lacksFollowThrough(exchange, projects, asOf, settings.followThroughMonths))
        found.push({ partnerId: node.id, exchange });
  return found.sort((a, b) => a.exchange.date.localeCompare(b.exchange.date));
}

/** Exchanges that name a project, by project id: where a project came from. */
export function exchangesByProject(graph: StrategyGraph): Map<string, UnfollowedExchange[]> {
  const byProject = new Map<string, UnfollowedExchange[]>();
  for (const node of graph.nodes)
    for (const exchange of exchangesOf(node))
      if (exchange.projectId !== '')
        byProject.set(exchange.projectId, [
          ...(byProject.get(exchange.projectId) ?? []),
          { partnerId: node.id, exchange },
        ]);
  return byProject;
}
