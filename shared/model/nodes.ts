import { translator } from '../i18n/translate';
import type { NodeDataByKind } from './fields';
import type { Language, NodeOfKind, Position, StrategyNode } from './graph';
import { missingLanguage, nameText, shownName, type Names, type ShownName } from './names';
import { countryLabel } from './countries';
import { regionOfCountry } from './regions';
import type { NodeKind } from './vocabulary';

/**
 * A new node's data: nothing is filled in for the user. Names stay empty until typed (the card
 * shows the node's kind meanwhile), and choices with no true default start unset.
 */
export function defaultNodeData<K extends NodeKind>(kind: K): NodeDataByKind[K] {
  const defaults: NodeDataByKind = {
    goal: {
      title: '',
      titleKo: '',
      level: '',
      description: '',
      targetYear: null,
      indicator: '',
      measures: [],
    },
    partnerCity: {
      name: '',
      nameKo: '',
      country: '',
      region: '',
      relation: '',
      since: null,
      status: '',
      lastContact: '',
      latitude: null,
      longitude: null,
      notes: '',
      exchanges: [],
    },
    network: {
      name: '',
      nameKo: '',
      domain: '',
      headquarters: '',
      founded: null,
      role: '',
      membershipFeeKrw: null,
      notes: '',
      exchanges: [],
    },
    actor: { name: '', nameKo: '', actorType: '', notes: '' },
    project: {
      title: '',
      titleKo: '',
      domain: '',
      stage: 'discovery',
      country: '',
      city: '',
      client: '',
      startYear: null,
      endYear: null,
      budgetKrw: null,
      fundingSource: '',
      notes: '',
      history: [],
      funding: [],
      gateChecks: [],
    },
    idea: { text: '', author: '' },
  };
  return defaults[kind];
}

export function createNode<K extends NodeKind>(
  kind: K,
  id: string,
  position: Position,
): NodeOfKind<K> {
  return { id, kind, position, data: defaultNodeData(kind) } as unknown as NodeOfKind<K>;
}

/**
 * A node's data with one field set, and what follows from it: a partner city's region follows
 * its country, where the country's region is known; otherwise the region is left as chosen.
 */
export function withFieldValue<D extends object>(
  kind: NodeKind,
  data: D,
  key: string,
  value: unknown,
): D {
  const next: Record<string, unknown> = { ...data, [key]: value };
  if (kind === 'partnerCity' && key === 'country' && typeof value === 'string') {
    const region = regionOfCountry(value);
    if (region !== '') next.region = region;
  }
  return next as D;
}

type NameFields = Partial<Record<'title' | 'titleKo' | 'name' | 'nameKo' | 'text', string>>;

/** Goals and projects have titles; the other kinds, but ideas, have names. */
const hasTitle = (kind: NodeKind) => kind === 'goal' || kind === 'project';

/** English and Korean names of a node, whichever fields its kind keeps them in. */
export function nodeNames(node: Pick<StrategyNode, 'kind' | 'data'>): Names {
  const data = node.data as NameFields;
  // An idea is written once, in the language it was said: it reads the same in both.
  if (node.kind === 'idea') return { en: data.text ?? '', ko: data.text ?? '' };
  return hasTitle(node.kind)
    ? { en: data.title ?? '', ko: data.titleKo ?? '' }
    : { en: data.name ?? '', ko: data.nameKo ?? '' };
}

const written = (name: string | undefined) => name !== undefined && name.trim() !== '';

/**
 * Whether a node is named in one language only, as missingLanguage(nodeNames(node)) says,
 * read in place: the whole of a large strategy is looked through for it.
 */
export function namedInOneLanguage(kind: NodeKind, data: object): boolean {
  if (kind === 'idea') return false;
  const names = data as NameFields;
  return hasTitle(kind)
    ? written(names.title) !== written(names.titleKo)
    : written(names.name) !== written(names.nameKo);
}

/** What to show of a node's name in a UI language (see shownName for the rule). */
export function nodeShownName(
  node: Pick<StrategyNode, 'kind' | 'data'>,
  language: Language,
): ShownName {
  return shownName(nodeNames(node), language);
}

/**
 * A node's name as plain text in a UI language, by the rule of shownName: the kind ("Untitled
 * goal") when the node has no name. Where the untranslated mark matters, use nodeShownName.
 */
export function displayName(node: Pick<StrategyNode, 'kind' | 'data'>, language: Language): string {
  return nameText(nodeShownName(node, language), node.kind, translator(language));
}

/**
 * Where a node is, as people name it: a project's city and country, a partner city's country;
 * empty for what has no place, or none recorded. Tells apart nodes of the same name.
 */
export function placeOf(node: Pick<StrategyNode, 'kind' | 'data'>, language: Language): string {
  if (node.kind !== 'project' && node.kind !== 'partnerCity') return '';
  const data = node.data as { country?: string; city?: string };
  const city = node.kind === 'project' ? (data.city ?? '').trim() : '';
  const country = data.country ? countryLabel(data.country, language) : '';
  return [city, country].filter(Boolean).join(', ');
}

/** A node whose name is written in one language only, and the language it lacks. */
export interface UntranslatedNode {
  id: string;
  kind: NodeKind;
  missing: Language;
}

const readingOrder = (a: StrategyNode, b: StrategyNode) =>
  a.position.y - b.position.y || a.position.x - b.position.x;

function untranslated(node: StrategyNode): UntranslatedNode | null {
  const missing = missingLanguage(nodeNames(node));
  return missing && { id: node.id, kind: node.kind, missing };
}

/** Nodes named in one language only, in reading order: top to bottom, then left to right. */
export function untranslatedNodes(nodes: readonly StrategyNode[]): UntranslatedNode[] {
  return [...nodes]
    .sort(readingOrder)
    .map(untranslated)
    .filter((n): n is UntranslatedNode => n !== null);
}

/**
 * The untranslated node after `currentId` in reading order, round to the first again. It goes
 * on from where the current node is even when that one has just been translated.
 */
export function nextUntranslated(
  nodes: readonly StrategyNode[],
  currentId: string | null,
): UntranslatedNode | null {
  const ordered = [...nodes].sort(readingOrder);
  const at = currentId === null ? -1 : ordered.findIndex((n) => n.id === currentId);
  for (let step = 1; step <= ordered.length; step++) {
    const found = untranslated(ordered[(at + step + ordered.length) % ordered.length]!);
    if (found) return found;
  }
  return null;
}

/** Case-insensitive search over both names; best matches (prefix) first. */
export function searchNodes(
  nodes: readonly StrategyNode[],
  query: string,
  limit = 20,
): StrategyNode[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return [];
  const scored: { node: StrategyNode; score: number }[] = [];
  for (const node of nodes) {
    const { en, ko } = nodeNames(node);
    const haystacks = [en.toLocaleLowerCase(), ko.toLocaleLowerCase()];
    if (haystacks.some((h) => h.startsWith(needle))) scored.push({ node, score: 0 });
    else if (haystacks.some((h) => h.includes(needle))) scored.push({ node, score: 1 });
  }
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((entry) => entry.node);
}
