import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween } from '../../shared/activity/dates';
import {
  exchangesWithNoFollowThrough,
  lacksFollowThrough,
  lastContactOf,
  laterContactInLog,
} from '../../shared/activity/exchangeLog';
import { partnerActivity, rankPartners } from '../../shared/activity/partnerActivity';
import {
  actualOfYear,
  actualsOf,
  countsMoney,
  expectedAt,
  goalStatus,
  measureStatus,
  withActual,
} from '../../shared/activity/measures';
import { emptyMeasure, projectFromExchange } from '../../shared/activity/edits';
import type { PartnerNode } from '../../shared/activity/exchangeLog';
import { measuresCsv } from '../../shared/exchange/measuresCsv';
import { asOfDate } from '../../shared/activity/asOf';
import type { Exchange, Measure } from '../../shared/activity/types';
import type { StrategyGraph, StrategyNode } from '../../shared/model/graph';
import { edge, node } from './fixtures';

const SETTINGS = { recentYears: 3, followThroughMonths: 6 };

function exchange(id: string, date: string, more: Partial<Exchange> = {}): Exchange {
  return {
    id,
    kind: 'visitOut',
    date,
    who: 'Mayor',
    topic: '',
    followUp: false,
    projectId: '',
    ...more,
  };
}

function partner(id: string, exchanges: Exchange[], data: Record<string, unknown> = {}) {
  const made = node('partnerCity', id);
  return {
    ...made,
    data: { ...made.data, relation: 'sister', status: 'active', exchanges, ...data },
  } as StrategyNode;
}

function project(id: string, stage: string, history: { date: string; to: string }[], more = {}) {
  const made = node('project', id);
  return {
    ...made,
    data: {
      ...made.data,
      stage,
      history: history.map((h, i) => ({ ...h, from: i === 0 ? null : 'discovery', note: '' })),
      ...more,
    },
  } as StrategyNode;
}

describe('dates', () => {
  it('adds months, keeping to the end of shorter months', () => {
    expect(addMonths('2017-08-31', 6)).toBe('2018-02-28');
    expect(addMonths('2019-08-31', 6)).toBe('2020-02-29');
    expect(addMonths('2018-12-31', -36)).toBe('2015-12-31');
    expect(addMonths('2017-11-15', 2)).toBe('2018-01-15');
  });
  it('counts days, never below zero', () => {
    expect(daysBetween('2018-12-01', '2018-12-31')).toBe(30);
    expect(daysBetween('2019-01-01', '2018-12-31')).toBe(0);
  });
});

describe('the as-of date', () => {
  it('wins over today when a strategy has one', () => {
    expect(asOfDate({ asOf: '2018-12-31' }, '2026-05-01')).toBe('2018-12-31');
    expect(asOfDate({ asOf: '' }, '2026-05-01')).toBe('2026-05-01');
    expect(asOfDate(null, '2026-05-01')).toBe('2026-05-01');
  });
});

describe('last contact', () => {
  it('follows the log, or the typed date when that is later', () => {
    const city = partner('c', [exchange('a', '2017-03-01'), exchange('b', '2016-05-01')]);
    expect(lastContactOf(city)).toBe('2017-03-01');
    const typed = partner('d', [exchange('a', '2017-03-01')], { lastContact: '2018-02-02' });
    expect(lastContactOf(typed)).toBe('2018-02-02');
    expect(lastContactOf(node('partnerCity', 'e'))).toBe('');
    // The field is told of the log's date only where the log's is the later.
    expect(laterContactInLog(city)).toBe('2017-03-01');
    expect(laterContactInLog(typed)).toBeNull();
    expect(laterContactInLog(node('partnerCity', 'e'))).toBeNull();
  });
});

describe('follow-through', () => {
  const promised = exchange('x', '2018-01-10', { followUp: true });
  it('is missing once the chosen months have passed with no project', () => {
    expect(lacksFollowThrough(promised, new Set(), '2018-07-09', 6)).toBe(false);
    expect(lacksFollowThrough(promised, new Set(), '2018-07-10', 6)).toBe(true);
  });
  it('is there when the exchange names a project that exists', () => {
    const linked = { ...promised, projectId: 'p' };
    expect(lacksFollowThrough(linked, new Set(['p']), '2019-01-01', 6)).toBe(false);
    // A deleted project leaves the promise unkept again.
    expect(lacksFollowThrough(linked, new Set(), '2019-01-01', 6)).toBe(true);
  });
  it('is never asked of an exchange that promised nothing', () => {
    expect(lacksFollowThrough({ ...promised, followUp: false }, new Set(), '2030-01-01', 6)).toBe(
      false,
    );
  });
  it('lists the unkept promises of a strategy, oldest first', () => {
    const graph: StrategyGraph = {
      nodes: [
        partner('ub', [
          exchange('u1', '2018-03-01', { followUp: true }),
          exchange('u2', '2017-03-01', { followUp: true, projectId: 'p1' }),
          exchange('u3', '2016-03-01'),
        ]),
        partner('hn', [exchange('h1', '2017-09-01', { followUp: true })]),
        project('p1', 'consulting', [{ date: '2017-06-01', to: 'consulting' }]),
      ],
      edges: [],
    };
    const found = exchangesWithNoFollowThrough(graph, SETTINGS, '2018-12-31');
    expect(found.map((f) => [f.partnerId, f.exchange.id])).toEqual([
      ['hn', 'h1'],
      ['ub', 'u1'],
    ]);
    expect(
      exchangesWithNoFollowThrough(graph, { ...SETTINGS, followThroughMonths: 12 }, '2018-12-31'),
    ).toHaveLength(1);
  });
});

describe('partner activity', () => {
  const graph: StrategyGraph = {
    nodes: [
      partner('busy', [
        exchange('b1', '2017-05-01'),
        exchange('b2', '2018-06-01', { followUp: true }),
        exchange('b3', '2012-01-01', { kind: 'agreementSigned' }),
      ]),
      // Sister city on paper, last seen years ago: silent.
      partner('quiet', [exchange('q1', '2010-04-01', { kind: 'agreementSigned' })]),
      partner('dormant', [], { status: 'dormant' }),
      partner('recent', [exchange('r1', '2018-11-30')]),
      project('p', 'award', [{ date: '2016-01-01', to: 'award' }]),
    ],
    edges: [edge('e1', 'locatedIn', 'p', 'quiet')],
  };
  const rows = partnerActivity(graph, SETTINGS, '2018-12-31');
  const row = (id: string) => rows.find((r) => r.id === id)!;

  it('counts exchanges in the window, projects and unkept promises', () => {
    expect(row('busy')).toMatchObject({
      recentExchanges: 2,
      totalExchanges: 3,
      projects: 0,
      noFollowThrough: 1,
      lastExchange: '2018-06-01',
      daysSinceLast: 213,
      silent: false,
    });
    expect(row('quiet')).toMatchObject({ recentExchanges: 0, projects: 1, silent: true });
  });
  it('does not call a dormant tie silent: it is not active even on paper', () => {
    expect(row('dormant')).toMatchObject({ onPaper: false, silent: false, lastExchange: null });
  });
  it('leaves out exchanges after the as-of date', () => {
    const later = partnerActivity(graph, SETTINGS, '2017-12-31');
    expect(later.find((r) => r.id === 'busy')).toMatchObject({
      totalExchanges: 2,
      laterExchanges: 1,
      lastExchange: '2017-05-01',
    });
    expect(row('busy').laterExchanges).toBe(0);
  });
  it('ranks by recent exchanges, then by the freshest contact', () => {
    expect(rankPartners(rows, 'recent').map((r) => r.id)).toEqual([
      'busy',
      'recent',
      'quiet',
      'dormant',
    ]);
    expect(rankPartners(rows, 'lastExchange').map((r) => r.id)).toEqual([
      'recent',
      'busy',
      'quiet',
      'dormant',
    ]);
  });
});

function measure(more: Partial<Measure>): Measure {
  return {
    id: 'm',
    name: 'Projects',
    nameKo: '',
    unit: '',
    source: 'manual',
    baselineYear: 2015,
    baselineValue: 10,
    targetYear: 2020,
    targetValue: 60,
    actuals: [],
    ...more,
  };
}

describe('measures', () => {
  it('expect the straight line from baseline to target, held at both ends', () => {
    const m = measure({});
    expect(expectedAt(m, 2014)).toBe(10);
    expect(expectedAt(m, 2017)).toBe(30);
    expect(expectedAt(m, 2022)).toBe(60);
    expect(expectedAt(measure({ targetValue: null }), 2017)).toBeNull();
  });
  it('are on track at or above the line, at risk within a tenth of the way, else off track', () => {
    const status = (value: number) => measureStatus(measure({}), [{ year: 2017, value }]).status;
    expect(status(30)).toBe('onTrack');
    expect(status(31)).toBe('onTrack');
    expect(status(26)).toBe('atRisk');
    expect(status(25)).toBe('atRisk');
    expect(status(24)).toBe('offTrack');
  });
  it('judge a falling target by the way it falls', () => {
    const falling = measure({ baselineValue: 100, targetValue: 50 });
    expect(measureStatus(falling, [{ year: 2017, value: 75 }]).status).toBe('onTrack');
    expect(measureStatus(falling, [{ year: 2017, value: 86 }]).status).toBe('offTrack');
  });
  it('say so when there is no target or no actual', () => {
    expect(measureStatus(measure({ targetValue: null }), []).status).toBe('noTarget');
    expect(measureStatus(measure({}), []).status).toBe('noData');
  });
  it('read typed actuals up to the as-of year only', () => {
    const m = measure({
      actuals: [
        { year: 2019, value: 50 },
        { year: 2016, value: 20 },
      ],
    });
    expect(actualsOf(m, { nodes: [], edges: [] }, '2018-12-31')).toEqual([
      { year: 2016, value: 20 },
    ]);
  });

  const graph: StrategyGraph = {
    nodes: [
      partner('c1', []),
      partner('c2', []),
      project('a', 'award', [{ date: '2016-03-01', to: 'award' }], {
        budgetKrw: 100,
        startYear: 2016,
      }),
      project(
        'b',
        'feedback',
        [
          { date: '2015-01-01', to: 'consulting' },
          { date: '2017-05-01', to: 'award' },
          { date: '2018-05-01', to: 'feedback' },
        ],
        { budgetKrw: 50, startYear: 2015 },
      ),
      project('c', 'consulting', [{ date: '2017-01-01', to: 'consulting' }], { startYear: 2017 }),
    ],
    edges: [edge('e1', 'locatedIn', 'a', 'c1'), edge('e2', 'locatedIn', 'c', 'c2')],
  };
  it('count awards per year from the stage history', () => {
    const m = measure({ source: 'projectsAwarded', baselineYear: 2015 });
    expect(actualsOf(m, graph, '2018-12-31')).toEqual([
      { year: 2015, value: 0 },
      { year: 2016, value: 1 },
      { year: 2017, value: 1 },
      { year: 2018, value: 0 },
    ]);
  });
  it('add up budget awarded and partner cities with a project over the years', () => {
    const budget = measure({ source: 'budgetAwarded', baselineYear: 2016 });
    expect(actualsOf(budget, graph, '2017-12-31').map((a) => a.value)).toEqual([100, 150]);
    const cities = measure({ source: 'partnersWithProject', baselineYear: 2015 });
    expect(actualsOf(cities, graph, '2018-12-31').map((a) => a.value)).toEqual([0, 1, 2, 2]);
  });
  it('give a goal the status of its worst measure', () => {
    const goal = node('goal', 'g');
    const withMeasures = {
      ...goal,
      data: {
        ...goal.data,
        measures: [
          measure({ id: 'ok', actuals: [{ year: 2017, value: 40 }] }),
          measure({ id: 'late', actuals: [{ year: 2017, value: 11 }] }),
        ],
      },
    } as StrategyNode;
    expect(goalStatus(withMeasures, graph, '2018-12-31')).toBe('offTrack');
    expect(goalStatus(goal, graph, '2018-12-31')).toBeNull();
  });
});

describe('a measure’s actuals', () => {
  it('keep one a year, in year order: a year already recorded is replaced', () => {
    let measure = withActual(emptyMeasure('m'), { year: 2018, value: 2100 });
    measure = withActual(measure, { year: 2016, value: 900 });
    expect(measure.actuals).toEqual([
      { year: 2016, value: 900 },
      { year: 2018, value: 2100 },
    ]);
    expect(actualOfYear(measure, 2018)).toEqual({ year: 2018, value: 2100 });
    expect(actualOfYear(measure, 2017)).toBeUndefined();
    expect(withActual(measure, { year: 2018, value: 3000 }).actuals).toEqual([
      { year: 2016, value: 900 },
      { year: 2018, value: 3000 },
    ]);
  });
});

describe('a measure’s unit', () => {
  it('makes its values sums of money only when it is the won, or budget awarded', () => {
    expect(countsMoney(measure({ unit: 'KRW' }))).toBe(true);
    expect(countsMoney(measure({ unit: ' 원 ' }))).toBe(true);
    expect(countsMoney(measure({ unit: '', source: 'budgetAwarded' }))).toBe(true);
    expect(countsMoney(measure({ unit: 'cities' }))).toBe(false);
    expect(countsMoney(measure({ unit: '' }))).toBe(false);
  });
});

describe('the measures table', () => {
  const goal = node('goal', 'g');
  const withMeasures = (measures: Measure[]): StrategyGraph => ({
    nodes: [{ ...goal, data: { ...goal.data, title: 'Grow ties', measures } } as StrategyNode],
    edges: [],
  });
  const rowsOf = (csv: string) =>
    csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));

  it('has a row per year of actuals, with the line’s value and the status that year', () => {
    const graph = withMeasures([
      measure({
        unit: 'cities',
        actuals: [
          { year: 2016, value: 20 },
          { year: 2017, value: 22 },
        ],
      }),
    ]);
    const [header, ...rows] = rowsOf(measuresCsv(graph, 'en', '2018-12-31'));
    expect(header).toEqual([
      'Goal',
      'Measure',
      'Unit',
      'Measured by',
      'Baseline year',
      'Baseline value',
      'Target year',
      'Target value',
      'Year',
      'Value',
      'Expected on the line',
      'Status',
    ]);
    expect(rows).toEqual([
      [
        'Grow ties',
        'Projects',
        'cities',
        'Typed in',
        '2015',
        '10',
        '2020',
        '60',
        '2016',
        '20',
        '20',
        'On track',
      ],
      [
        'Grow ties',
        'Projects',
        'cities',
        'Typed in',
        '2015',
        '10',
        '2020',
        '60',
        '2017',
        '22',
        '30',
        'Off track',
      ],
    ]);
  });

  it('keeps a measure with no actual yet as one row, in Korean too', () => {
    const graph = withMeasures([measure({ nameKo: '교류도시' })]);
    const [header, ...rows] = rowsOf(measuresCsv(graph, 'ko', '2018-12-31'));
    expect(header![1]).toBe('지표');
    expect(rows).toEqual([
      [
        'Grow ties',
        '교류도시',
        '',
        '직접 입력',
        '2015',
        '10',
        '2020',
        '60',
        '',
        '',
        '',
        '실적 없음',
      ],
    ]);
  });
});

describe('a project made from an exchange', () => {
  const yokohama = {
    ...partner('yokohama', [], { name: 'Yokohama', nameKo: '요코하마', country: 'JP' }),
    position: { x: 100, y: 100 },
  } as PartnerNode;
  const promise = exchange('x1', '2026-11-20', { topic: '수소버스 공동 실증', followUp: true });
  const made = (language: 'en' | 'ko', city = yokohama) =>
    projectFromExchange(city, promise, { project: 'p1', edge: 'e1' }, [], language, '2026-12-01')
      .putNodes[0]!.data as { title: string; titleKo: string; city: string; country: string };

  it('names its city in the language its title is written in', () => {
    expect(made('ko')).toMatchObject({
      titleKo: '수소버스 공동 실증',
      city: '요코하마',
      country: 'JP',
    });
    expect(made('en')).toMatchObject({ title: '수소버스 공동 실증', city: 'Yokohama' });
  });

  it('takes the city’s other name where it has none in that language', () => {
    const unnamedInKorean = { ...yokohama, data: { ...yokohama.data, nameKo: '' } } as PartnerNode;
    expect(made('ko', unnamedInKorean).city).toBe('Yokohama');
    const onlyKorean = { ...yokohama, data: { ...yokohama.data, name: '' } } as PartnerNode;
    expect(made('en', onlyKorean).city).toBe('요코하마');
  });
});
