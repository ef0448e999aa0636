import { describe, expect, it } from 'vitest';
import type { ProjectData } from '../../shared/model/fields';
import type { StrategyNode } from '../../shared/model/graph';
import type { Stage } from '../../shared/model/vocabulary';
import {
  conversion,
  followThroughGaps,
  furthestStageIndex,
  stageFigures,
} from '../../shared/pipeline/analysis';
import { citySharePercent, fundingMix } from '../../shared/pipeline/funding';
import {
  DEFAULT_GATES,
  DEFAULT_PIPELINE_SETTINGS,
  nextStage,
  previousStage,
  unmetGateItems,
} from '../../shared/pipeline/gates';
import { daysInStage, isStalled, recordStageChange } from '../../shared/pipeline/history';
import { matchesFilter, NO_FILTER, projectContexts } from '../../shared/pipeline/projects';
import { sortProjects } from '../../shared/pipeline/sorting';
import type { StageChange } from '../../shared/pipeline/types';
import { edge, node } from './fixtures';

function project(
  id: string,
  stage: Stage,
  history: StageChange[] = [],
  patch: Partial<ProjectData> = {},
): StrategyNode {
  const made = node('project', id) as Extract<StrategyNode, { kind: 'project' }>;
  return { ...made, data: { ...made.data, stage, history, ...patch } };
}
const entered = (date: string, to: Stage, from: Stage | null = null): StageChange => ({
  date,
  from,
  to,
  note: '',
});
const dataOf = (n: StrategyNode) => n.data as ProjectData;

describe('stage moves and history', () => {
  it('knows the order of stages', () => {
    expect(nextStage('consulting')).toBe('feasibility');
    expect(nextStage('feedback')).toBeNull();
    expect(previousStage('discovery')).toBeNull();
  });

  it('records a move with its date and note, and nothing for the same stage', () => {
    const start = dataOf(project('p', 'discovery', [entered('2025-01-01', 'discovery')]));
    const moved = recordStageChange(start, 'consulting', { date: '2025-03-01', note: 'TF formed' });
    expect(moved.stage).toBe('consulting');
    expect(moved.history.at(-1)).toEqual({
      date: '2025-03-01',
      from: 'discovery',
      to: 'consulting',
      note: 'TF formed',
    });
    expect(recordStageChange(moved, 'consulting', { date: '2025-04-01', note: '' })).toBe(moved);
  });

  it('counts days in the current stage from when it was last entered', () => {
    const data = dataOf(
      project('p', 'consulting', [
        entered('2025-01-01', 'consulting'),
        entered('2025-02-01', 'feasibility', 'consulting'),
        entered('2025-03-01', 'consulting', 'feasibility'),
      ]),
    );
    expect(daysInStage(data, '2025-03-11')).toBe(10);
  });

  it('has no days in stage and never stalls without a history', () => {
    const data = dataOf(project('p', 'consulting'));
    expect(daysInStage(data, '2030-01-01')).toBeNull();
    expect(isStalled(data, '2030-01-01', 180)).toBe(false);
  });

  it('flags a project past the threshold as stalled, except in feedback', () => {
    expect(
      isStalled(dataOf(project('p', 'award', [entered('2025-01-01', 'award')])), '2025-07-01', 180),
    ).toBe(true);
    expect(
      isStalled(dataOf(project('p', 'award', [entered('2025-01-01', 'award')])), '2025-06-01', 180),
    ).toBe(false);
    expect(
      isStalled(
        dataOf(project('p', 'feedback', [entered('2020-01-01', 'feedback')])),
        '2025-07-01',
        180,
      ),
    ).toBe(false);
  });
});

describe('gates', () => {
  it('lists unchecked items of the gate being left', () => {
    const unmet = unmetGateItems(
      'consulting',
      'feasibility',
      ['consulting-taskforce'],
      DEFAULT_GATES,
    );
    expect(unmet.map((i) => i.id)).toEqual(['consulting-funding']);
  });

  it('checks every gate a skip jumps over, and none for a move back', () => {
    const unmet = unmetGateItems('discovery', 'feasibility', [], DEFAULT_GATES);
    expect(unmet.map((i) => i.id)).toEqual([
      'discovery-channel',
      'discovery-demand',
      'consulting-taskforce',
      'consulting-funding',
    ]);
    expect(unmetGateItems('award', 'consulting', [], DEFAULT_GATES)).toEqual([]);
  });
});

describe('funding', () => {
  it('uses the funding lines, or the main source with the whole budget', () => {
    const lines = dataOf(
      project('p', 'award', [], {
        budgetKrw: 1000,
        funding: [
          { id: 'a', source: 'cityOdaFund', funder: '', amountKrw: 250, sharePercent: null },
          { id: 'b', source: 'mdb', funder: 'ADB', amountKrw: null, sharePercent: 75 },
        ],
      }),
    );
    expect(fundingMix(lines)).toEqual([
      { source: 'mdb', amountKrw: 750 },
      { source: 'cityOdaFund', amountKrw: 250 },
    ]);
    expect(citySharePercent(lines)).toBe(25);
    const main = dataOf(project('p', 'award', [], { budgetKrw: 500, fundingSource: 'koica' }));
    expect(fundingMix(main)).toEqual([{ source: 'koica', amountKrw: 500 }]);
    expect(citySharePercent(dataOf(project('p', 'award')))).toBeNull();
  });
});

describe('funnel', () => {
  const graph = {
    nodes: [
      project('a', 'discovery', [entered('2025-01-01', 'discovery')]),
      project(
        'b',
        'consulting',
        [entered('2025-01-01', 'discovery'), entered('2025-02-01', 'consulting', 'discovery')],
        { budgetKrw: 100 },
      ),
      // Skipped consulting and feasibility.
      project(
        'c',
        'award',
        [entered('2025-01-01', 'discovery'), entered('2025-02-01', 'award', 'discovery')],
        { budgetKrw: 50 },
      ),
      // Reached feasibility, then moved back.
      project('d', 'consulting', [
        entered('2025-01-01', 'consulting'),
        entered('2025-02-01', 'feasibility', 'consulting'),
        entered('2025-03-01', 'consulting', 'feasibility'),
      ]),
    ],
    edges: [],
  };
  const contexts = projectContexts(graph);

  it('counts projects and budget per stage', () => {
    const figures = stageFigures(contexts);
    expect(figures.consulting).toEqual({ count: 2, budgetKrw: 100 });
    expect(figures.award).toEqual({ count: 1, budgetKrw: 50 });
    // No budget recorded is not a budget of nothing.
    expect(figures.feedback).toEqual({ count: 0, budgetKrw: null });
  });

  it('measures conversion from what projects ever reached', () => {
    expect(furthestStageIndex(dataOf(graph.nodes[3]!))).toBe(2);
    const rates = conversion(contexts);
    expect(rates.discovery).toEqual({ reached: 4, toNext: 3 / 4 });
    expect(rates.consulting).toEqual({ reached: 3, toNext: 2 / 3 });
    expect(rates.feasibility).toEqual({ reached: 2, toNext: 1 / 2 });
    expect(rates.award).toEqual({ reached: 1, toNext: 0 });
    expect(rates.feedback).toEqual({ reached: 0, toNext: null });
  });
});

describe('follow-through gaps', () => {
  it('names idle partners, unanchored projects, unserved goals and stalled projects', () => {
    const vision = node('goal', 'vision');
    const served = node('goal', 'served');
    const lonely = node('goal', 'lonely');
    const city = (id: string, relation: string, status: string) =>
      ({
        ...node('partnerCity', id),
        data: { ...node('partnerCity', id).data, relation, status },
      }) as StrategyNode;
    const busyCity = city('busy', 'friendship', 'active');
    const idleCity = city('idle', 'friendship', 'active');
    const noneCity = city('none', 'none', 'active');
    // A city whose relation and status nobody has set yet is not said to be idle.
    const unsetCity = node('partnerCity', 'unset');
    const graph = {
      nodes: [
        vision,
        served,
        lonely,
        busyCity,
        idleCity,
        noneCity,
        unsetCity,
        project('p1', 'consulting', [entered('2020-01-01', 'consulting')]),
        project('p2', 'award'),
        node('goal', 'byAnActor'),
        node('actor', 'koica'),
      ],
      edges: [
        edge('e1', 'subgoalOf', 'served', 'vision'),
        edge('e2', 'servesGoal', 'p1', 'served'),
        edge('e3', 'locatedIn', 'p2', 'busy'),
        edge('e4', 'servesGoal', 'koica', 'byAnActor'),
      ],
    };
    expect(followThroughGaps(graph, DEFAULT_PIPELINE_SETTINGS, '2025-01-01')).toEqual({
      idlePartnerCities: ['idle'],
      projectsWithoutGoal: ['p2'],
      goalsWithoutSupport: ['lonely'],
      stalledProjects: ['p1'],
    });
  });
});

describe('board', () => {
  const city = {
    ...node('partnerCity', 'hanoi', 'Hanoi'),
    data: { ...node('partnerCity', 'hanoi').data, name: 'Hanoi', region: 'southeastAsia' },
  } as StrategyNode;
  const graph = {
    nodes: [
      city,
      project('metro', 'consulting', [entered('2024-01-01', 'consulting')], {
        title: 'Metro',
        domain: 'urbanRail',
        budgetKrw: 10,
      }),
      project('water', 'consulting', [entered('2025-01-01', 'consulting')], {
        title: 'Water',
        domain: 'water',
        country: 'Peru',
        fundingSource: 'cityOdaFund',
        budgetKrw: 99,
      }),
    ],
    edges: [edge('e1', 'locatedIn', 'metro', 'hanoi')],
  };
  const contexts = projectContexts(graph);

  it('filters by domain, region, partner city and funding source', () => {
    const ids = (filter: Partial<typeof NO_FILTER>) =>
      contexts.filter((p) => matchesFilter(p, { ...NO_FILTER, ...filter })).map((p) => p.id);
    expect(ids({})).toEqual(['metro', 'water']);
    expect(ids({ domain: 'water' })).toEqual(['water']);
    expect(ids({ region: 'southeastAsia' })).toEqual(['metro']);
    expect(ids({ region: 'latinAmerica' })).toEqual(['water']);
    expect(ids({ partnerCityId: 'hanoi' })).toEqual(['metro']);
    expect(ids({ fundingSource: 'cityOdaFund' })).toEqual(['water']);
  });

  it('sorts within a column', () => {
    expect(sortProjects(contexts, 'budget', '2025-06-01', 'en').map((p) => p.id)).toEqual([
      'water',
      'metro',
    ]);
    expect(sortProjects(contexts, 'daysInStage', '2025-06-01', 'en').map((p) => p.id)).toEqual([
      'metro',
      'water',
    ]);
    expect(sortProjects(contexts, 'title', '2025-06-01', 'en').map((p) => p.id)).toEqual([
      'metro',
      'water',
    ]);
  });

  it('sorts by the title shown in the UI language, in its alphabetical order', () => {
    const titled = (id: string, title: string, titleKo: string) =>
      project(id, 'consulting', [], { title, titleKo });
    const titledContexts = projectContexts({
      nodes: [
        titled('water', 'Water supply', '상수도'),
        titled('brt', 'Bus rapid transit', '간선급행버스'),
        titled('metro', '', '도시철도'),
        titled('apps', 'Apps for citizens', ''),
      ],
      edges: [],
    });
    const byTitle = (language: 'en' | 'ko') =>
      sortProjects(titledContexts, 'title', '2025-06-01', language).map((p) => p.id);
    // A title missing in the UI language sorts by the other one, which its card shows.
    expect(byTitle('ko')).toEqual(['brt', 'metro', 'water', 'apps']);
    expect(byTitle('en')).toEqual(['apps', 'brt', 'water', 'metro']);
  });
});

describe('pipeline settings', () => {
  it('takes a whole number of days from 1 to 10,000 as the stall threshold', async () => {
    const { parseStalledAfterDays } = await import('../../shared/pipeline/settings');
    expect(parseStalledAfterDays(' 90 ')).toBe(90);
    for (const text of ['', '0', '1.5', 'soon', '10001'])
      expect(parseStalledAfterDays(text)).toBeNull();
  });

  it('drops gate items with no text in either language', async () => {
    const { withoutBlankItems } = await import('../../shared/pipeline/settings');
    const gates = {
      ...DEFAULT_GATES,
      discovery: [...DEFAULT_GATES.discovery, { id: 'blank', label: ' ', labelKo: '' }],
    };
    expect(withoutBlankItems(gates).discovery.map((i) => i.id)).toEqual([
      'discovery-channel',
      'discovery-demand',
    ]);
  });
});
