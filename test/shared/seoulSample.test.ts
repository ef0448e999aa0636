import { describe, expect, it } from 'vitest';
import facts from '../../assets/seoul-2018-facts.json';
import { parseStrategyFile, serializeStrategy } from '../../shared/format/strategyFile';
import { overlaps } from '../../shared/layout/layoutByKind';
import { TARGETS_GOAL_ID } from '../../shared/sample/seoulActivity';
import { buildSeoulSample, SAMPLE_TITLE } from '../../shared/sample/seoulSample';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import type { Language, StrategyNode } from '../../shared/model/graph';
import { REGIONS, STAGES, type Region, type Stage } from '../../shared/model/vocabulary';
import type { ImportedStrategy } from '../../shared/format/strategyFile';

const sample = buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z');
const ofKind = <K extends StrategyNode['kind']>(kind: K) =>
  sample.nodes.filter((n): n is Extract<StrategyNode, { kind: K }> => n.kind === kind);

describe('Seoul 2018 sample', () => {
  it('holds the report’s partner cities, organizations and export projects', () => {
    expect(sample.title).toBe(SAMPLE_TITLE);
    expect(ofKind('partnerCity')).toHaveLength(43);
    expect(ofKind('network')).toHaveLength(22);
    expect(ofKind('project')).toHaveLength(59);
    const taipei = ofKind('partnerCity').find((c) => c.data.name === 'Taipei')!;
    expect(taipei.data).toMatchObject({
      nameKo: '타이페이',
      relation: 'sister',
      since: 1968,
      region: 'eastAsia',
    });
  });

  it('keeps each project’s stage as recorded', () => {
    const stages: Record<string, number> = {};
    for (const project of ofKind('project'))
      stages[project.data.stage] = (stages[project.data.stage] ?? 0) + 1;
    expect(stages).toEqual({ consulting: 35, feasibility: 8, award: 13, feedback: 3 });
  });

  it('has the master plan vision over its four directions', () => {
    const goals = ofKind('goal');
    expect(goals.filter((g) => g.data.level === 'vision').map((g) => g.data.title)).toEqual([
      'Seoul, Global Sharing City',
    ]);
    expect(goals.filter((g) => g.data.level === 'direction')).toHaveLength(4);
    expect(goals.filter((g) => g.data.level === 'task').length).toBeGreaterThanOrEqual(6);
  });

  it('ranks network roles on the role ladder', () => {
    const role = (name: string) => ofKind('network').find((n) => n.data.name === name)!.data.role;
    expect(role('CityNet')).toBe('secretariatHost');
    expect(role('C40')).toBe('member');
    expect(role('Metropolis')).toBe('executiveCommittee');
  });

  it('ties every project to a goal and projects to their partner cities', () => {
    const served = new Set(
      sample.edges.filter((e) => e.kind === 'servesGoal').map((e) => e.source),
    );
    for (const project of ofKind('project')) expect(served.has(project.id)).toBe(true);
    const beijingProject = sample.edges.find(
      (e) => e.kind === 'locatedIn' && e.source === 'project-TR-01',
    );
    expect(beijingProject?.target).toBe('city-SC-13');
  });

  it('is a valid strategy file', () => {
    expect(parseStrategyFile(serializeStrategy({ ...sample, id: 'x' }, sample.createdAt)).ok).toBe(
      true,
    );
  });

  it('is laid out with no two nodes overlapping', () => {
    const positions = sample.nodes.map((n) => n.position);
    for (let i = 0; i < positions.length; i++)
      for (let j = i + 1; j < positions.length; j++)
        expect(overlaps(positions[i]!, positions[j]!)).toBe(false);
  });

  it('lays partner cities out a row per region and projects a row per stage', () => {
    // Read row by row, left to right, as the saved views "by region" and "by stage" show them.
    const rows = <N extends StrategyNode>(nodes: N[], groupOf: (node: N) => string) => {
      const byRow = new Map<number, Set<string>>();
      for (const node of nodes)
        byRow.set(node.position.y, (byRow.get(node.position.y) ?? new Set()).add(groupOf(node)));
      return [...byRow.entries()].sort(([a], [b]) => a - b).map(([, groups]) => [...groups]);
    };
    const inOrder = (ranks: number[]) => ranks.every((rank, i) => i === 0 || rank >= ranks[i - 1]!);
    const regionRows = rows(ofKind('partnerCity'), (city) => city.data.region);
    expect(regionRows.every((groups) => groups.length === 1)).toBe(true);
    expect(inOrder(regionRows.map(([region]) => REGIONS.indexOf(region as Region)))).toBe(true);
    expect(new Set(regionRows.flat()).size).toBeGreaterThan(5);
    const stageRows = rows(ofKind('project'), (project) => project.data.stage);
    expect(stageRows.every((groups) => groups.length === 1)).toBe(true);
    expect(inOrder(stageRows.map(([stage]) => STAGES.indexOf(stage as Stage)))).toBe(true);
    expect(new Set(stageRows.flat()).size).toBeGreaterThan(3);
  });
});

/** Every text of the sample a reader sees that is not a name given in both languages. */
function writtenTexts(strategy: ImportedStrategy): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [
    { where: 'organization', text: strategy.organization },
    { where: 'author', text: strategy.author },
  ];
  const add = (where: string, text: string | null | undefined) => {
    if (text) texts.push({ where, text });
  };
  for (const node of strategy.nodes) {
    const at = (field: string) => `${node.id} ${field}`;
    if (node.kind === 'goal') {
      add(at('description'), node.data.description);
      for (const measure of node.data.measures ?? []) add(at('measure unit'), measure.unit);
    } else if (node.kind !== 'idea') {
      add(at('notes'), node.data.notes);
    }
    if (node.kind === 'network') {
      add(at('domain'), node.data.domain);
      add(at('headquarters'), node.data.headquarters);
    }
    if (node.kind === 'partnerCity' || node.kind === 'network')
      for (const exchange of node.data.exchanges ?? []) {
        add(at('exchange with'), exchange.who);
        add(at('exchange topic'), exchange.topic);
      }
    if (node.kind === 'project') {
      add(at('city'), node.data.city);
      add(at('client'), node.data.client);
      for (const step of node.data.history) add(at('stage history'), step.note);
    }
  }
  return texts;
}

describe('the sample’s text', () => {
  const built = (language: Language) =>
    buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z', language);

  it('is written in Korean when the sample is built in Korean', () => {
    const korean = built('ko');
    const texts = writtenTexts(korean);
    expect(texts.length).toBeGreaterThan(200);
    expect(texts.filter(({ text }) => !/[가-힣]/.test(text))).toEqual([]);
    // No English words left in them, such as a city named in English (names like C40 or
    // CityNet are the networks' own).
    const englishWords = texts.flatMap(({ where, text }) =>
      (text.match(/\b[A-Z][a-z]{3,}\b/g) ?? [])
        .filter((word) => word !== 'Habitat')
        .map((word) => `${where}: ${word}`),
    );
    expect(englishWords).toEqual([]);
    expect(korean.organization).toBe('서울특별시');
    const taipei = korean.nodes.find((n) => n.id === 'city-SC-01')!;
    expect(taipei.data).toMatchObject({ name: 'Taipei', nameKo: '타이페이' });
    expect(taipei.kind === 'partnerCity' && taipei.data.notes).toContain('최초의 자매결연');
    // The report's shorthand is written out: a card reads 로스앤젤레스, not L.A.
    const koreanNameOf = (name: string) =>
      korean.nodes.find((n) => n.kind === 'partnerCity' && n.data.name === name)!.data;
    expect(koreanNameOf('Los Angeles')).toMatchObject({ nameKo: '로스앤젤레스' });
    expect(koreanNameOf('Washington, D.C.')).toMatchObject({ nameKo: '워싱턴 D.C.' });
  });

  it('is written in English by default, with Korean only beside what it translates', () => {
    const english = built('en');
    expect(english.organization).toBe('Seoul Metropolitan Government');
    // Korean appears only in brackets after English, as the report's own term; a table of the
    // report is cited by an English caption.
    const unbracketed = writtenTexts(english).filter(({ text }) =>
      /[가-힣]/.test(text.replace(/\([^)]*[가-힣][^)]*\)/g, '')),
    );
    expect(unbracketed).toEqual([]);
    const targets = english.nodes.find((n) => n.id === TARGETS_GOAL_ID)!;
    expect(targets.kind === 'goal' && targets.data.description).toContain('[Table 3-4]');
    const korean = built('ko').nodes.find((n) => n.id === TARGETS_GOAL_ID)!;
    expect(korean.kind === 'goal' && korean.data.description).toContain('[표 3-4]');
  });

  it('leaves out what the facts note about how the report was read', () => {
    const readingNotes =
      /extractor|merged cell|table period|table’s count|table's count|presumably|report prints|report: '|footnote|the text (lists|says|spells)|not restated|\[표 3-\d+\] (marks|shows|places|labels)|not specified|not described in the report/i;
    for (const language of ['en', 'ko'] as const)
      expect(writtenTexts(built(language)).filter(({ text }) => readingNotes.test(text))).toEqual(
        [],
      );
  });

  it('is built the same in both languages but for its text', () => {
    const [english, korean] = [built('en'), built('ko')];
    expect(korean.edges).toEqual(english.edges);
    expect(korean.nodes.map((n) => [n.id, n.position])).toEqual(
      english.nodes.map((n) => [n.id, n.position]),
    );
  });
});
