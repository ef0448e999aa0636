import { LOCALES } from '../i18n/locales';
import { translator } from '../i18n/translate';
import type { Language, StrategyGraph, StrategyNode } from '../model/graph';
import { displayName, placeOf } from '../model/nodes';
import { normaliseName } from '../places/normalise';
import { exchangesOf, isPartner, type PartnerNode } from './exchangeLog';

/** A project an exchange may have led to, named so no other in the list reads the same. */
export interface ProjectChoice {
  id: string;
  label: string;
}

export interface ExchangeProjectChoices {
  /** Projects tied to the partner, the likely ones: asked for first. */
  related: ProjectChoice[];
  others: ProjectChoice[];
}

type Project = Extract<StrategyNode, { kind: 'project' }>;

/** Whether the project's own city field names the partner city (in the same country, if both say). */
function isInCity(project: Project, partner: StrategyNode): boolean {
  if (partner.kind !== 'partnerCity') return false;
  const city = normaliseName(project.data.city ?? '');
  if (city === '') return false;
  const { country } = project.data;
  if (country && partner.data.country && country !== partner.data.country) return false;
  return [partner.data.name, partner.data.nameKo].some((name) => normaliseName(name) === city);
}

/** Projects joined to the partner by a relationship either way, or named by its exchange log. */
function tiedIds(graph: StrategyGraph, partner: StrategyNode): Set<string> {
  const ids = new Set<string>();
  for (const edge of graph.edges) {
    if (edge.source === partner.id) ids.add(edge.target);
    if (edge.target === partner.id) ids.add(edge.source);
  }
  for (const exchange of exchangesOf(partner)) if (exchange.projectId) ids.add(exchange.projectId);
  return ids;
}

type Qualifier<T> = (node: T) => string;

/**
 * What tells apart projects of the same name, in the order asked: where they are (five
 * integrity-system pre-consultings, in Da Nang, Kampala, Thailand…), then their stage, their
 * start year and their client. Only what differs within the clash is added.
 */
function projectQualifiers(language: Language): Qualifier<Project>[] {
  const t = translator(language);
  return [
    (project) => placeOf(project, language),
    (project) => t(`option.${project.data.stage}`),
    (project) => (project.data.startYear === null ? '' : String(project.data.startYear)),
    (project) => (project.data.client ?? '').trim(),
  ];
}

/** What tells apart partners of the same name: their country, then what kind they are. */
function partnerQualifiers(language: Language): Qualifier<PartnerNode>[] {
  const t = translator(language);
  return [(partner) => placeOf(partner, language), (partner) => t(`kind.${partner.kind}`)];
}

const projectsIn = (nodes: readonly StrategyNode[]) =>
  nodes.filter((node): node is Project => node.kind === 'project');

/**
 * Each project's name as lists show it: the name alone where no other project has it, else
 * with what tells it apart (see projectQualifiers).
 */
export function projectLabels(
  nodes: readonly StrategyNode[],
  language: Language,
): Map<string, string> {
  return distinctLabels(projectsIn(nodes), language, projectQualifiers(language));
}

/** Each partner city's and network's name, with its country or kind where another has it too. */
export function partnerLabels(
  nodes: readonly StrategyNode[],
  language: Language,
): Map<string, string> {
  return distinctLabels(nodes.filter(isPartner), language, partnerQualifiers(language));
}

/**
 * What tells each project apart from others of its name (see projectQualifiers): its place,
 * stage, start year or client, as many as it takes; none for a name no other project has.
 */
export function projectQualifierParts(
  nodes: readonly StrategyNode[],
  language: Language,
): Map<string, string[]> {
  return distinctParts(projectsIn(nodes), language, projectQualifiers(language));
}

/** Labels for all of `nodes`: the name alone where it is the only one so named. */
function distinctLabels<T extends StrategyNode>(
  nodes: readonly T[],
  language: Language,
  qualifiers: Qualifier<T>[],
): Map<string, string> {
  const extra = distinctParts(nodes, language, qualifiers);
  const labels = new Map(
    nodes.map((n) => {
      const parts = extra.get(n.id)!;
      const name = displayName(n, language);
      return [n.id, parts.length > 0 ? `${name} (${parts.join(' · ')})` : name];
    }),
  );
  // A name that reads as another's label ("Santiago (Chile)" beside a Chilean Santiago) is
  // told apart last, by number, so no two labels read the same.
  const byLabel = new Map<string, string[]>();
  for (const [id, label] of labels) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  for (const ids of byLabel.values())
    if (ids.length > 1) ids.forEach((id, i) => labels.set(id, `${labels.get(id)} #${i + 1}`));
  return labels;
}

/** For each of `nodes`, what is added to its name to tell it from others of the same. */
function distinctParts<T extends StrategyNode>(
  nodes: readonly T[],
  language: Language,
  qualifiers: Qualifier<T>[],
): Map<string, string[]> {
  const names = new Map(nodes.map((n) => [n.id, displayName(n, language)]));
  const extra = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  const keyOf = (n: T) => [names.get(n.id), ...extra.get(n.id)!].join('\u0000');
  const clashes = () => {
    const byKey = new Map<string, T[]>();
    for (const node of nodes) {
      const key = keyOf(node);
      const group = byKey.get(key);
      if (group) group.push(node);
      else byKey.set(key, [node]);
    }
    return [...byKey.values()].filter((group) => group.length > 1);
  };
  for (const qualifier of qualifiers) {
    const groups = clashes();
    if (groups.length === 0) break;
    for (const group of groups) {
      const values = group.map(qualifier);
      if (new Set(values).size === 1) continue;
      group.forEach((node, i) => {
        if (values[i]) extra.get(node.id)!.push(values[i]);
      });
    }
  }
  // Alike in everything the model holds: numbered in the strategy's order.
  for (const group of clashes()) group.forEach((node, i) => extra.get(node.id)!.push(`#${i + 1}`));
  return extra;
}

/**
 * The projects an exchange with `partnerId` may be logged as leading to: those tied to the
 * partner (a relationship either way, its city named as the project's city, or named by
 * another of its exchanges) first, then the rest; each part in alphabetical order, and every
 * label unique across both, so projects sharing a name can be told apart.
 */
export function exchangeProjectChoices(
  graph: StrategyGraph,
  partnerId: string,
  language: Language,
): ExchangeProjectChoices {
  const projects = projectsIn(graph.nodes);
  const labels = distinctLabels(projects, language, projectQualifiers(language));
  const partner = graph.nodes.find((node) => node.id === partnerId);
  const tied = partner ? tiedIds(graph, partner) : new Set<string>();
  const collator = new Intl.Collator(LOCALES[language]);
  const choices = (list: readonly Project[]) =>
    list
      .map((p) => ({ id: p.id, label: labels.get(p.id)! }))
      .sort((a, b) => collator.compare(a.label, b.label));
  const isRelated = (p: Project) => tied.has(p.id) || (!!partner && isInCity(p, partner));
  return {
    related: choices(projects.filter(isRelated)),
    others: choices(projects.filter((p) => !isRelated(p))),
  };
}
