import type { NodeDataByKind } from './fields';
import type { Language, NodeOfKind, Position, StrategyNode } from './graph';
import type { NodeKind } from './vocabulary';

export function defaultNodeData<K extends NodeKind>(kind: K): NodeDataByKind[K] {
  const defaults: NodeDataByKind = {
    goal: {
      title: 'New goal',
      titleKo: '새 목표',
      level: 'task',
      description: '',
      targetYear: null,
      indicator: '',
    },
    partnerCity: {
      name: 'New partner city',
      nameKo: '새 교류도시',
      country: '',
      region: '',
      relation: 'friendship',
      since: null,
      status: 'active',
      lastContact: '',
      notes: '',
    },
    network: {
      name: 'New network',
      nameKo: '새 네트워크',
      domain: '',
      headquarters: '',
      founded: null,
      role: 'member',
      membershipFeeKrw: null,
      notes: '',
    },
    actor: { name: 'New actor', nameKo: '새 행위자', actorType: 'other', notes: '' },
    project: {
      title: 'New project',
      titleKo: '새 사업',
      domain: 'other',
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

/** English and Korean names of a node, whichever fields its kind keeps them in. */
export function nodeNames(node: Pick<StrategyNode, 'kind' | 'data'>): { en: string; ko: string } {
  const data = node.data as Partial<Record<'title' | 'titleKo' | 'name' | 'nameKo', string>>;
  return node.kind === 'goal' || node.kind === 'project'
    ? { en: data.title ?? '', ko: data.titleKo ?? '' }
    : { en: data.name ?? '', ko: data.nameKo ?? '' };
}

/** The name to show: the UI language's where the node has one, otherwise the other. */
export function displayName(node: Pick<StrategyNode, 'kind' | 'data'>, language: Language): string {
  const names = nodeNames(node);
  const preferred = language === 'ko' ? names.ko : names.en;
  return preferred.trim() !== '' ? preferred : language === 'ko' ? names.en : names.ko;
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
