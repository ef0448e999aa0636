import type { ImportedStrategy } from '../../shared/format/strategyFile';
import { layoutByKind } from '../../shared/layout/layoutByKind';
import type { StrategyEdge, StrategyNode } from '../../shared/model/graph';
import { createNode } from '../../shared/model/nodes';
import {
  PROJECT_DOMAINS,
  REGIONS,
  STAGES,
  type EdgeKind,
  type NodeKind,
} from '../../shared/model/vocabulary';
import { DEFAULT_PIPELINE_SETTINGS } from '../../shared/pipeline/gates';
import { SHOW_EVERYTHING } from '../../shared/map/filters';

/** A small, fast, seedable generator (mulberry32): the same seed gives the same strategy. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The Seoul sample's mix of node kinds (15 goals, 43 cities, 22 networks, 16 actors, 59 projects). */
const PROPORTIONS: [NodeKind, number][] = [
  ['goal', 15 / 155],
  ['partnerCity', 43 / 155],
  ['network', 22 / 155],
  ['actor', 16 / 155],
  ['project', 59 / 155],
];

/** A realistic strategy of `size` nodes, laid out by kind, for benchmarks and load tests. */
export function generateStrategy(size: number, seed = 1): ImportedStrategy {
  const next = random(seed);
  // Places come from a stream of their own, so the rest stays the strategy benchmarked before.
  const nextPlace = random(seed ^ 0x5eed);
  const degrees = (low: number, high: number) =>
    Math.round((low + nextPlace() * (high - low)) * 1e4) / 1e4;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const nodes: StrategyNode[] = [];
  const idsOf: Record<NodeKind, string[]> = {
    goal: [],
    partnerCity: [],
    network: [],
    actor: [],
    project: [],
    idea: [],
  };
  for (const [kind, share] of PROPORTIONS) {
    const count = kind === 'project' ? size - nodes.length : Math.max(1, Math.round(size * share));
    for (let i = 0; i < count; i++) {
      const id = `${kind}-${i + 1}`;
      const base = createNode(kind, id, { x: 0, y: 0 });
      const data: Record<string, unknown> = { ...base.data };
      if ('title' in data)
        Object.assign(data, { title: `${kind} ${i + 1}`, titleKo: `${kind} ${i + 1}` });
      else Object.assign(data, { name: `${kind} ${i + 1}`, nameKo: `${kind} ${i + 1}` });
      if (kind === 'goal') data.level = i === 0 ? 'vision' : i < 5 ? 'direction' : 'task';
      // Set as the sample sets them, so the generated strategies stay the ones benchmarked.
      if (kind === 'network') data.role = 'member';
      if (kind === 'actor') data.actorType = 'other';
      if (kind === 'partnerCity')
        Object.assign(data, {
          region: pick(REGIONS.filter(Boolean)),
          relation: pick(['sister', 'friendship', 'mou']),
          status: 'active',
          latitude: degrees(-50, 65),
          longitude: degrees(-180, 180),
        });
      if (kind === 'project') {
        const stage = pick(STAGES);
        const year = 2010 + Math.floor(next() * 15);
        Object.assign(data, {
          stage,
          domain: pick(PROJECT_DOMAINS.filter(Boolean)),
          startYear: year,
          budgetKrw: Math.round(next() * 50) * 1e8,
          history: [{ date: `${year}-01-01`, from: null, to: stage, note: '' }],
        });
      }
      nodes.push({ ...base, data } as StrategyNode);
      idsOf[kind].push(id);
    }
  }
  const edges: StrategyEdge[] = [];
  const link = (kind: EdgeKind, source: string, target: string) =>
    edges.push({ id: `e${edges.length + 1}`, kind, source, target });
  idsOf.goal.forEach((id, i) => {
    if (i > 0) link('subgoalOf', id, idsOf.goal[i < 5 ? 0 : 1 + ((i - 5) % 4)]!);
  });
  const tasks = idsOf.goal.slice(5).length > 0 ? idsOf.goal.slice(5) : idsOf.goal;
  for (const id of idsOf.partnerCity) link('servesGoal', id, pick(tasks));
  for (const id of idsOf.network) link('servesGoal', id, pick(tasks));
  for (const id of idsOf.actor) if (next() < 0.5) link('servesGoal', id, pick(tasks));
  for (const id of idsOf.project) {
    link('servesGoal', id, pick(tasks));
    if (next() < 0.7) link('locatedIn', id, pick(idsOf.partnerCity));
    if (next() < 0.3) link('implementedBy', id, pick(idsOf.actor));
  }
  const positions = layoutByKind({ nodes, edges });
  const now = '2026-01-01T00:00:00.000Z';
  return {
    title: `Generated strategy (${size} nodes, seed ${seed})`,
    titleKo: '',
    organization: '',
    author: '',
    createdAt: now,
    updatedAt: now,
    pipeline: DEFAULT_PIPELINE_SETTINGS,
    filters: SHOW_EVERYTHING,
    views: [],
    votes: [],
    home: { name: 'Seoul', nameKo: '서울', country: 'KR', latitude: 37.5665, longitude: 126.978 },
    nodes: nodes.map((n) => ({ ...n, position: positions.get(n.id)! })),
    edges,
  };
}
