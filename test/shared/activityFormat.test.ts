import { describe, expect, it } from 'vitest';
import {
  parseStrategyFile,
  serializeStrategy,
  STRATEGY_FILE_FORMAT,
} from '../../shared/format/strategyFile';
import type { Strategy, StrategyNode } from '../../shared/model/graph';
import { DEFAULT_PIPELINE_SETTINGS } from '../../shared/pipeline/gates';
import { SHOW_EVERYTHING } from '../../shared/map/filters';
import { upgradeNodeToActivity } from '../../shared/format/recordUpgrades';
import { node } from './fixtures';
import { EMPTY_DETAILS } from '../../shared/model/strategyDetails';
import { MAX_YEAR, MIN_YEAR } from '../../shared/model/fields';

const city = node('partnerCity', 'c1', 'Ulaanbaatar');
const goal = node('goal', 'g1', 'Export');
const strategy: Strategy = {
  id: 'x',
  title: 'Plan',
  titleKo: '',
  organization: '',
  author: '',
  createdAt: '2018-01-01T00:00:00.000Z',
  updatedAt: '2018-01-01T00:00:00.000Z',
  pipeline: DEFAULT_PIPELINE_SETTINGS,
  filters: SHOW_EVERYTHING,
  views: [],
  votes: [],
  details: EMPTY_DETAILS,
  home: null,
  asOf: '2018-12-31',
  activity: { recentYears: 2, followThroughMonths: 9 },
  nodes: [
    {
      ...city,
      data: {
        ...city.data,
        exchanges: [
          {
            id: 'x1',
            kind: 'forum',
            date: '2017-11-02',
            who: 'Mayor',
            topic: 'Air quality',
            followUp: true,
            projectId: '',
          },
        ],
      },
    } as StrategyNode,
    {
      ...goal,
      data: {
        ...goal.data,
        measures: [
          {
            id: 'm1',
            name: 'Awards',
            nameKo: '수주',
            unit: 'projects',
            source: 'projectsAwarded',
            baselineYear: 2014,
            baselineValue: 1,
            targetYear: 2020,
            targetValue: 5,
            actuals: [{ year: 2016, value: 2 }],
          },
        ],
      },
    } as StrategyNode,
  ],
  edges: [],
};

describe('exchange logs and measures in the strategy file', () => {
  it('travel with the as-of date and the activity settings', () => {
    const parsed = parseStrategyFile(serializeStrategy(strategy, '2019-01-01T00:00:00.000Z'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { id: _id, ...rest } = strategy;
    expect(parsed.strategy).toEqual(rest);
  });

  it('refuse an exchange without a real day, or an actual without a value', () => {
    const text = serializeStrategy(strategy, '2019-01-01T00:00:00.000Z');
    const badDate = text.replace('"2017-11-02"', '"2017-02-30"');
    expect(parseStrategyFile(badDate)).toMatchObject({ ok: false, problem: { code: 'invalid' } });
    const badActual = text.replace('"value": 2', '"value": null');
    expect(parseStrategyFile(badActual)).toMatchObject({ ok: false, problem: { code: 'invalid' } });
    const badAsOf = text.replace('"asOf": "2018-12-31"', '"asOf": "end of 2018"');
    expect(parseStrategyFile(badAsOf)).toMatchObject({ ok: false });
  });

  it('keep a measure with an actual for every year the inspector takes', () => {
    const measure = strategy.nodes[1]!;
    const years = Array.from({ length: MAX_YEAR - MIN_YEAR + 1 }, (_, i) => MIN_YEAR + i);
    const everyYear = {
      ...measure,
      data: {
        ...measure.data,
        measures: [
          {
            ...(measure.data as { measures: object[] }).measures[0],
            actuals: years.map((year) => ({ year, value: 1 })),
          },
        ],
      },
    } as StrategyNode;
    const full = { ...strategy, nodes: [strategy.nodes[0]!, everyYear] };
    expect(parseStrategyFile(serializeStrategy(full, '2019-01-01T00:00:00.000Z')).ok).toBe(true);
  });

  it('give partners of a version 3 file an empty log and goals no measures', () => {
    const strip = (n: StrategyNode) => {
      const { exchanges: _e, measures: _m, ...data } = n.data as Record<string, unknown>;
      return { ...n, data };
    };
    const { id: _id, votes: _v, asOf: _a, activity: _s, ...old } = strategy;
    const text = JSON.stringify({
      format: STRATEGY_FILE_FORMAT,
      version: 3,
      exportedAt: '2018-01-01T00:00:00.000Z',
      strategy: { ...old, nodes: strategy.nodes.map(strip) },
    });
    const parsed = parseStrategyFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.strategy.asOf).toBeUndefined();
    expect(parsed.strategy.nodes.map((n) => n.data)).toEqual([
      expect.objectContaining({ exchanges: [] }),
      expect.objectContaining({ measures: [] }),
    ]);
  });

  it('leave other kinds and logs already there as they are', () => {
    const project = node('project', 'p');
    expect(upgradeNodeToActivity(project)).toBe(project);
    const upgraded = upgradeNodeToActivity(strategy.nodes[0]) as StrategyNode;
    expect(upgraded.data).toEqual(strategy.nodes[0]!.data);
  });
});
