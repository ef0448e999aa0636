import { describe, expect, it } from 'vitest';
import facts from '../../assets/seoul-2018-facts.json';
import { parseStrategyFile, serializeStrategy } from '../../shared/format/strategyFile';
import { overlaps } from '../../shared/layout/layoutByKind';
import { buildSeoulSample, SAMPLE_TITLE } from '../../shared/sample/seoulSample';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import type { StrategyNode } from '../../shared/model/graph';

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
});
