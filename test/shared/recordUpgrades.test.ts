import { describe, expect, it } from 'vitest';
import {
  BILINGUAL_UPGRADE,
  OLD_PLACEHOLDER_NAMES,
  PIPELINE_UPGRADE,
  upgradeNodeToBilingual,
  upgradeNodeToPipeline,
  upgradeProjectDataToPipeline,
  withDefaultPipelineSettings,
  WORKSHOP_UPGRADE,
  PLACES_UPGRADE,
} from '../../shared/format/recordUpgrades';
import { parseStrategyFile } from '../../shared/format/strategyFile';
import { createNode } from '../../shared/model/nodes';
import { NODE_KINDS, type NodeKind } from '../../shared/model/vocabulary';
import { DEFAULT_PIPELINE_SETTINGS } from '../../shared/pipeline/gates';
import { withMapSettings } from '../../shared/map/savedViews';

/** The data new nodes were given before version 3: placeholder names and default choices. */
const OLD_DEFAULTS = {
  goal: { title: 'New goal', titleKo: '새 목표', level: 'task' },
  partnerCity: {
    name: 'New partner city',
    nameKo: '새 교류도시',
    relation: 'friendship',
    status: 'active',
  },
  network: { name: 'New network', nameKo: '새 네트워크', role: 'member' },
  actor: { name: 'New actor', nameKo: '새 행위자', actorType: 'other' },
  project: { title: 'New project', titleKo: '새 사업', domain: 'other' },
  idea: {},
} as const;

function oldNode(kind: NodeKind, id: string, patch: Record<string, unknown> = {}) {
  const made = createNode(kind, id, { x: 0, y: 0 });
  return { ...made, data: { ...made.data, ...OLD_DEFAULTS[kind], ...patch } };
}

function v1Project(id: string) {
  const {
    history: _h,
    funding: _f,
    gateChecks: _g,
    ...fields
  } = oldNode('project', id).data as Record<string, unknown>;
  return { id, kind: 'project' as const, position: { x: 0, y: 0 }, data: fields };
}

const v1Meta = {
  title: 'Old plan',
  organization: '',
  author: '',
  createdAt: '2020-01-01T00:00:00.000Z',
  updatedAt: '2020-01-02T00:00:00.000Z',
};

describe('record upgrades', () => {
  it('give a strategy from before the pipeline the default settings, keeping its own', () => {
    expect(withDefaultPipelineSettings(v1Meta)).toEqual({
      ...v1Meta,
      pipeline: DEFAULT_PIPELINE_SETTINGS,
    });
    const own = { ...DEFAULT_PIPELINE_SETTINGS, stalledAfterDays: 30 };
    expect(withDefaultPipelineSettings({ ...v1Meta, pipeline: own }).pipeline).toBe(own);
    expect(withDefaultPipelineSettings({ ...v1Meta, pipeline: null }).pipeline).toBe(
      DEFAULT_PIPELINE_SETTINGS,
    );
  });

  it('give a project an empty pipeline record and leave other kinds and odd values alone', () => {
    const project = v1Project('p1');
    const upgraded = upgradeNodeToPipeline(project);
    expect(upgraded.data).toEqual({ ...project.data, history: [], funding: [], gateChecks: [] });
    expect(project.data).not.toHaveProperty('history');
    const city = createNode('partnerCity', 'c1', { x: 0, y: 0 });
    expect(upgradeNodeToPipeline(city)).toBe(city);
    for (const odd of [null, 3, 'node', { kind: 'project' }, { kind: 'project', data: null }])
      expect(upgradeNodeToPipeline(odd)).toBe(odd);
    const checks = ['discovery-demand'];
    expect(upgradeProjectDataToPipeline({ gateChecks: checks, history: null }).gateChecks).toBe(
      checks,
    );
    expect(upgradeProjectDataToPipeline({ history: null }).history).toEqual([]);
  });

  it('lift a version 1 file and a version 2 database record to the same strategy', () => {
    const project = v1Project('p1');
    const file = JSON.stringify({
      format: 'city-diplomacy-workbench/strategy',
      version: 1,
      exportedAt: '2020-01-03T00:00:00.000Z',
      strategy: { ...v1Meta, nodes: [project], edges: [] },
    });
    const parsed = parseStrategyFile(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    // The database upgrades apply the same functions, in the same order, to stored records.
    const { nodes: _nodes, edges: _edges, ...fromFileMeta } = parsed.strategy;
    // Map settings have no upgrade: a record without them is read with their defaults.
    expect(
      withMapSettings(
        PLACES_UPGRADE.strategy(
          WORKSHOP_UPGRADE.strategy(BILINGUAL_UPGRADE.strategy(PIPELINE_UPGRADE.strategy(v1Meta))),
        ),
      ),
    ).toEqual(fromFileMeta);
    expect(BILINGUAL_UPGRADE.node(PIPELINE_UPGRADE.node(project))).toEqual(
      parsed.strategy.nodes[0],
    );
  });

  it('empty the placeholder names every new node got, in both languages, and keep real names', () => {
    for (const kind of NODE_KINDS) {
      const upgraded = upgradeNodeToBilingual(oldNode(kind, 'n1'));
      const {
        title = '',
        titleKo = '',
        name = '',
        nameKo = '',
      } = upgraded.data as Record<string, string | undefined>;
      expect([title, titleKo, name, nameKo], kind).toEqual(['', '', '', '']);
      for (const placeholder of OLD_PLACEHOLDER_NAMES[kind])
        expect(JSON.stringify(upgraded), kind).not.toContain(placeholder);
    }
    // A name the user typed stays, beside the other language's placeholder, which goes.
    const named = upgradeNodeToBilingual(oldNode('partnerCity', 'c1', { nameKo: '오사카' }));
    expect(named.data).toMatchObject({ name: '', nameKo: '오사카' });
    const english = upgradeNodeToBilingual(oldNode('goal', 'g1', { title: 'Clean air' }));
    expect(english.data).toMatchObject({ title: 'Clean air', titleKo: '' });
    // Another kind's placeholder is a name someone chose for this node.
    const odd = upgradeNodeToBilingual(oldNode('actor', 'a1', { name: 'New goal' }));
    expect(odd.data).toMatchObject({ name: 'New goal' });
  });

  it('leave old default choices alone: a default cannot be told from a choice', () => {
    const city = upgradeNodeToBilingual(oldNode('partnerCity', 'c1'));
    expect(city.data).toMatchObject({ relation: 'friendship', status: 'active' });
    const goal = upgradeNodeToBilingual(oldNode('goal', 'g1'));
    expect(goal.data).toMatchObject({ level: 'task' });
  });

  it('turn country names into ISO codes where known and keep the rest as written', () => {
    const country = (written: string, kind: 'partnerCity' | 'project' = 'partnerCity') =>
      (
        upgradeNodeToBilingual(oldNode(kind, 'n1', { country: written })).data as {
          country: string;
        }
      ).country;
    expect(country('Vietnam')).toBe('VN');
    expect(country('일본')).toBe('JP');
    expect(country(' United States ')).toBe('US');
    expect(country('Peru', 'project')).toBe('PE');
    expect(country('KR')).toBe('KR');
    expect(country('Taiwan, China')).toBe('Taiwan, China');
    expect(country('')).toBe('');
  });

  it('give a strategy an empty Korean title, keeping titles the library made', () => {
    expect(BILINGUAL_UPGRADE.strategy({ ...v1Meta, title: 'Untitled strategy' })).toEqual({
      ...v1Meta,
      title: 'Untitled strategy',
      titleKo: '',
    });
    expect(BILINGUAL_UPGRADE.strategy({ ...v1Meta, title: '제목 없는 전략' })).toMatchObject({
      title: '제목 없는 전략',
    });
    for (const odd of [null, 3, 'node', { kind: 'goal' }, { kind: 'planet', data: {} }])
      expect(upgradeNodeToBilingual(odd)).toBe(odd);
  });

  it('lift a version 2 file: placeholders emptied, countries as codes, untouched names kept', () => {
    const file = JSON.stringify({
      format: 'city-diplomacy-workbench/strategy',
      version: 2,
      exportedAt: '2024-01-03T00:00:00.000Z',
      strategy: {
        ...v1Meta,
        pipeline: DEFAULT_PIPELINE_SETTINGS,
        nodes: [
          oldNode('partnerCity', 'c1', { name: 'Hanoi', country: 'Vietnam' }),
          oldNode('project', 'p1', { titleKo: '하노이 지하철', country: '베트남' }),
          oldNode('goal', 'g1'),
        ],
        edges: [],
      },
    });
    const parsed = parseStrategyFile(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const [city, project, goal] = parsed.strategy.nodes;
    expect(parsed.strategy.titleKo).toBe('');
    expect(city!.data).toMatchObject({ name: 'Hanoi', nameKo: '', country: 'VN' });
    expect(project!.data).toMatchObject({ title: '', titleKo: '하노이 지하철', country: 'VN' });
    expect(goal!.data).toMatchObject({ title: '', titleKo: '', level: 'task' });
    expect(JSON.stringify(parsed.strategy)).not.toMatch(/New (goal|partner city|project)|새 /);
  });
});
