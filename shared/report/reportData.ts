import { LOCALES } from '../i18n/locales';
import type { GoalData, NetworkData, PartnerCityData, ProjectData } from '../model/fields';
import type { Language, StrategyGraph, StrategyNode } from '../model/graph';
import { displayName } from '../model/nodes';
import { RELATIONS, type Relation } from '../model/vocabulary';
import { listedNames, type ListedNames } from './listedNames';

export interface GoalOutlineItem {
  id: string;
  data: GoalData;
  children: GoalOutlineItem[];
}

/** Goals as a tree by "subgoal of", roots first in strategy order; a cycle is cut where it closes. */
export function goalOutline(graph: StrategyGraph): GoalOutlineItem[] {
  const goals = graph.nodes.filter(
    (n): n is Extract<StrategyNode, { kind: 'goal' }> => n.kind === 'goal',
  );
  const byId = new Map(goals.map((g) => [g.id, g]));
  const parentOf = new Map<string, string>();
  for (const edge of graph.edges)
    if (
      edge.kind === 'subgoalOf' &&
      byId.has(edge.source) &&
      byId.has(edge.target) &&
      !parentOf.has(edge.source)
    )
      parentOf.set(edge.source, edge.target);
  const placed = new Set<string>();
  const build = (goal: (typeof goals)[number]): GoalOutlineItem => {
    placed.add(goal.id);
    const children = goals
      .filter((g) => parentOf.get(g.id) === goal.id && !placed.has(g.id))
      .map(build);
    return { id: goal.id, data: goal.data, children };
  };
  const roots = goals.filter((g) => !parentOf.has(g.id)).map(build);
  for (const goal of goals) if (!placed.has(goal.id)) roots.push(build(goal));
  return roots;
}

/** Names of the nodes of a kind that a node is tied to, in either direction, as listed. */
function linkedNames(
  graph: StrategyGraph,
  id: string,
  kind: StrategyNode['kind'],
  names: ListedNames,
  language: Language,
): string[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const own = byId.get(id);
  // In the partner's own row, a project's place there goes without saying.
  const beside = own ? [displayName(own, language)] : [];
  const linked: string[] = [];
  for (const edge of graph.edges) {
    const other = edge.source === id ? edge.target : edge.target === id ? edge.source : null;
    const node = other ? byId.get(other) : undefined;
    if (node?.kind === kind) linked.push(names.labelBeside(node, beside));
  }
  return linked;
}

export interface PartnerRow {
  id: string;
  data: PartnerCityData;
  goals: string[];
  projects: string[];
}

/** Formal ties first, the closest first (sister, friendship, MOU…); a relation not set last. */
const RELATION_ORDER: readonly Relation[] = [...RELATIONS.filter((r) => r !== ''), ''];

/**
 * Partner cities by relation, then by name in the reader's language and collation. Relation
 * is a column of the table, so a reader sees why a city stands where it does and finds a city
 * among its like, by name; region is not a column, and a city's country already says where it
 * is. Strategy order is only the order the cities were added in.
 */
export function partnerRows(graph: StrategyGraph, language: Language): PartnerRow[] {
  const names = listedNames(graph.nodes, language);
  const collator = new Intl.Collator(LOCALES[language]);
  return graph.nodes
    .filter((n): n is Extract<StrategyNode, { kind: 'partnerCity' }> => n.kind === 'partnerCity')
    .map((n) => ({ node: n, name: displayName(n, language) }))
    .sort(
      (a, b) =>
        RELATION_ORDER.indexOf(a.node.data.relation) -
          RELATION_ORDER.indexOf(b.node.data.relation) || collator.compare(a.name, b.name),
    )
    .map(({ node }) => ({
      id: node.id,
      data: node.data,
      goals: linkedNames(graph, node.id, 'goal', names, language),
      projects: linkedNames(graph, node.id, 'project', names, language),
    }));
}

export function networkRows(graph: StrategyGraph): { id: string; data: NetworkData }[] {
  return graph.nodes
    .filter((n): n is Extract<StrategyNode, { kind: 'network' }> => n.kind === 'network')
    .map((n) => ({ id: n.id, data: n.data }));
}

export function projectRows(graph: StrategyGraph): { id: string; data: ProjectData }[] {
  return graph.nodes
    .filter((n): n is Extract<StrategyNode, { kind: 'project' }> => n.kind === 'project')
    .map((n) => ({ id: n.id, data: n.data }));
}

/** The sections a plan may hold, in the order they print. */
export const REPORT_SECTIONS = [
  'cover',
  'contents',
  'summary',
  'goals',
  'directions',
  'graph',
  'worldMap',
  'partners',
  'networks',
  'pipeline',
  'projects',
  'workshop',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** Chapters a plan holds unless chosen otherwise: workshop results only when asked for. */
export const DEFAULT_REPORT_SECTIONS: readonly ReportSection[] = REPORT_SECTIONS.filter(
  (section) => section !== 'workshop',
);

export interface ReportOptions {
  sections: ReportSection[];
  notes: boolean;
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  sections: [...DEFAULT_REPORT_SECTIONS],
  notes: false,
};

/** The print view's address for a strategy and options (a hash route of the renderer). */
export function printRoute(strategyId: string, options: ReportOptions, language: Language): string {
  const params = new URLSearchParams({
    sections: options.sections.join(','),
    notes: options.notes ? '1' : '0',
    lang: language,
  });
  return `#/print/${encodeURIComponent(strategyId)}?${params}`;
}

export function parsePrintRoute(
  hash: string,
): { strategyId: string; options: ReportOptions; language: Language | null } | null {
  const match = /^#\/print\/([^?]+)(?:\?(.*))?$/.exec(hash);
  if (!match) return null;
  const params = new URLSearchParams(match[2] ?? '');
  const asked = params.get('sections');
  const sections =
    asked === null
      ? [...DEFAULT_REPORT_SECTIONS]
      : REPORT_SECTIONS.filter((s) => asked.split(',').includes(s));
  const lang = params.get('lang');
  return {
    strategyId: decodeURIComponent(match[1]!),
    options: { sections, notes: params.get('notes') === '1' },
    language: lang === 'en' || lang === 'ko' ? lang : null,
  };
}
