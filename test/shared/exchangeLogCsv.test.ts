import { describe, expect, it } from 'vitest';
import {
  exchangeLogCsv,
  guessExchangeMapping,
  looksLikeExchangeLog,
  planExchangeImport,
} from '../../shared/exchange/exchangeLogCsv';
import { parseCsv } from '../../shared/exchange/csv';
import type { CsvTable } from '../../shared/exchange/csvImport';
import { MAX_EXCHANGES } from '../../shared/format/activitySchema';
import type { StrategyGraph, StrategyNode } from '../../shared/model/graph';
import { EXCHANGE_KINDS } from '../../shared/model/vocabulary';
import { node, withKoreanName } from './fixtures';

const ub = withKoreanName(node('partnerCity', 'ub', 'Ulaanbaatar'), '울란바토르');
const graph: StrategyGraph = {
  nodes: [
    {
      ...ub,
      data: {
        ...ub.data,
        exchanges: [
          {
            id: 'x',
            kind: 'forum',
            date: '2017-07-01',
            who: 'Mayor',
            topic: 'Air',
            followUp: false,
            projectId: 'p',
          },
        ],
      },
    } as StrategyNode,
    node('project', 'p', 'Bus cards'),
  ],
  edges: [],
};

const table = (headers: string[], rows: string[][]): CsvTable => ({
  encoding: 'utf-8',
  delimiter: ',',
  headers,
  rows,
});

describe('exchange log tables', () => {
  it('are told from other tables by their columns, in English or Korean', () => {
    expect(looksLikeExchangeLog(['Partner', 'Date', 'Kind'])).toBe(true);
    expect(looksLikeExchangeLog(['교류도시', '날짜', '주제'])).toBe(true);
    expect(looksLikeExchangeLog(['Name', 'Country', 'Since'])).toBe(false);
    expect(guessExchangeMapping(['Date', 'Who', 'Nonsense'])).toEqual(['date', 'who', null]);
  });

  it('write one row per exchange with labels and names', () => {
    const csv = exchangeLogCsv(graph, 'en');
    expect(csv).toContain('Partner,Date,Kind,Who,Topic,Follow-up promised,Project');
    expect(csv).toContain('Ulaanbaatar,2017-07-01,Forum or conference,Mayor,Air,no,Bus cards');
  });

  it('plan additions, skip exchanges already logged and list bad rows with reasons', () => {
    const headers = ['교류도시', '날짜', '종류', '주제', '후속조치', '사업'];
    const plan = planExchangeImport(
      table(headers, [
        ['울란바토르', '2018-01-02', '해외 방문', 'Rail', '예', 'Bus cards'],
        ['Ulaanbaatar', '2017-07-01', 'forum', 'Air', '', ''],
        ['Atlantis', '2018-01-02', '', '', '', ''],
        ['Ulaanbaatar', '', 'party', '', 'maybe', 'Nothing'],
      ]),
      guessExchangeMapping(headers),
      graph,
    );
    expect(plan.additions).toEqual([
      {
        row: 2,
        partnerId: 'ub',
        exchange: {
          kind: 'visitOut',
          date: '2018-01-02',
          who: '',
          topic: 'Rail',
          followUp: true,
          projectId: 'p',
        },
      },
    ]);
    expect(plan.duplicates).toEqual([3]);
    expect(plan.problems).toEqual([
      { row: 4, problems: [{ code: 'unknownPartner', name: 'Atlantis' }] },
      {
        row: 5,
        problems: [
          {
            code: 'notAnOption',
            field: 'kind',
            value: 'party',
            accepted: EXCHANGE_KINDS.map((kind) => `option.${kind}`),
          },
          { code: 'missingDate' },
          {
            code: 'notAnOption',
            field: 'followUp',
            value: 'maybe',
            accepted: ['csvYes', 'csvNo'],
          },
          { code: 'unknownProject', name: 'Nothing' },
        ],
      },
    ]);
  });

  it('read back their own rows into the right logs when partners or projects share a name', () => {
    const santiago = (id: string, country: string, exchanges: unknown[]) => {
      const made = node('partnerCity', id, 'Santiago');
      return { ...made, data: { ...made.data, country, exchanges } } as StrategyNode;
    };
    const metro = (id: string, city: string) => {
      const made = node('project', id, 'Metro');
      return { ...made, data: { ...made.data, city } } as StrategyNode;
    };
    const visit = (id: string, topic: string, projectId: string) => ({
      id,
      kind: 'visitIn',
      date: '2018-03-01',
      who: '',
      topic,
      followUp: true,
      projectId,
    });
    const twoOfEach: StrategyGraph = {
      nodes: [
        santiago('cl', 'CL', [visit('a', 'Transit', 'metro-cl')]),
        santiago('es', 'ES', [visit('b', 'Pilgrims', 'metro-es')]),
        metro('metro-cl', 'Santiago'),
        metro('metro-es', 'Santiago de Compostela'),
      ],
      edges: [],
    };
    for (const language of ['en', 'ko'] as const) {
      const [headers, ...rows] = parseCsv(exchangeLogCsv(twoOfEach, language).trim(), ',');
      expect(rows.map((row) => row[0])).toEqual(
        language === 'en'
          ? ['Santiago (Chile)', 'Santiago (Spain)']
          : ['Santiago (칠레)', 'Santiago (스페인)'],
      );
      // Emptied logs, so that the rows are new to them.
      const emptied = {
        ...twoOfEach,
        nodes: twoOfEach.nodes.map((n) =>
          n.kind === 'partnerCity'
            ? ({ ...n, data: { ...n.data, exchanges: [] } } as StrategyNode)
            : n,
        ),
      };
      const plan = planExchangeImport(
        table(headers!, rows),
        guessExchangeMapping(headers!),
        emptied,
      );
      expect(plan.problems).toEqual([]);
      expect(
        plan.additions.map((a) => [a.partnerId, a.exchange.topic, a.exchange.projectId]),
      ).toEqual([
        ['cl', 'Transit', 'metro-cl'],
        ['es', 'Pilgrims', 'metro-es'],
      ]);
    }
    // A name alone that two partners have is not guessed at.
    const headers = ['Partner', 'Date', 'Topic', 'Project'];
    const plan = planExchangeImport(
      table(headers, [['Santiago', '2019-01-01', 'Rail', 'Metro']]),
      guessExchangeMapping(headers),
      twoOfEach,
    );
    expect(plan.additions).toEqual([]);
    expect(plan.problems).toEqual([
      {
        row: 2,
        problems: [
          { code: 'ambiguousName', name: 'Santiago', count: 2 },
          { code: 'ambiguousName', name: 'Metro', count: 2 },
        ],
      },
    ]);
  });

  it('read back their own rows when a name is another’s label, or is only in one language', () => {
    const partner = (id: string, name: string, nameKo: string, country: string) => {
      const made = node('partnerCity', id, name);
      const visit = { id: `x-${id}`, kind: 'visitIn', date: '2018-03-01', who: '', topic: id };
      return {
        ...made,
        data: {
          ...made.data,
          nameKo,
          country,
          exchanges: [{ ...visit, followUp: false, projectId: '' }],
        },
      } as StrategyNode;
    };
    const cases: StrategyNode[][] = [
      // A name written as the export labels another of the same name.
      [
        partner('cl', 'Santiago', '', 'CL'),
        partner('es', 'Santiago', '', 'ES'),
        partner('lit', 'Santiago (Chile)', '', 'CL'),
      ],
      // Named in Korean only for one of two of the same English name.
      [partner('cl', 'Santiago', '산티아고', 'CL'), partner('es', 'Santiago', '', 'ES')],
      // One's Korean name is the other's only name.
      [partner('kr', 'Busan', '부산', 'KR'), partner('jp', '', '부산', 'JP')],
    ];
    for (const nodes of cases)
      for (const language of ['en', 'ko'] as const) {
        const graph = { nodes, edges: [] };
        const [headers, ...rows] = parseCsv(exchangeLogCsv(graph, language).trim(), ',');
        const emptied = {
          nodes: nodes.map((n) => ({ ...n, data: { ...n.data, exchanges: [] } }) as StrategyNode),
          edges: [],
        };
        const plan = planExchangeImport(
          table(headers!, rows),
          guessExchangeMapping(headers!),
          emptied,
        );
        expect(plan.problems).toEqual([]);
        expect(plan.additions.map((a) => [a.partnerId, a.exchange.topic])).toEqual(
          nodes.map((n) => [n.id, n.id]),
        );
      }
  });

  it('read a Korean log’s kinds, as the app labels them, and its follow-up marks', () => {
    const headers = ['교류도시', '일자', '교류유형', '참석자', '주제', '후속조치'];
    expect(guessExchangeMapping(headers)).toEqual([
      'partner',
      'date',
      'kind',
      'who',
      'topic',
      'followUp',
    ]);
    const marks = ['예', '아니오', 'O', 'X', 'Y', 'N', '있음', '없음', '아니요', ''];
    const kinds = ['해외 방문', '포럼·회의', '대표단 교류'];
    const plan = planExchangeImport(
      table(
        headers,
        marks.map((mark, i) => [
          '울란바토르',
          `2019-01-${String(i + 1).padStart(2, '0')}`,
          kinds[i % kinds.length]!,
          '시장',
          `의제 ${i}`,
          mark,
        ]),
      ),
      guessExchangeMapping(headers),
      graph,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.kindUnmapped).toBe(false);
    expect(plan.additions.map((a) => a.exchange.kind)).toEqual(
      marks.map((_, i) => ['visitOut', 'forum', 'delegation'][i % kinds.length]),
    );
    expect(plan.additions.map((a) => a.exchange.followUp)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      false,
      false,
    ]);
  });

  it('read an X as a tick in a column of ticks, and as a no where yes is written otherwise', () => {
    const headers = ['Partner', 'Date', 'Topic', 'Follow-up'];
    const plan = (marks: string[]) =>
      planExchangeImport(
        table(
          headers,
          marks.map((mark, i) => ['Ulaanbaatar', `2019-02-0${i + 1}`, `Topic ${i}`, mark]),
        ),
        guessExchangeMapping(headers),
        graph,
      ).additions.map((a) => a.exchange.followUp);
    expect(plan(['X', '', 'x'])).toEqual([true, false, true]);
    expect(plan(['X', 'no', ''])).toEqual([true, false, false]);
    expect(plan(['O', 'X', ''])).toEqual([true, false, false]);
    expect(plan(['예', 'X', '아니오'])).toEqual([true, false, false]);
  });

  it('say when no column gives the kind, every exchange then being recorded as other', () => {
    const headers = ['교류도시', '일자', '주제'];
    const plan = planExchangeImport(
      table(headers, [['울란바토르', '2019-01-02', '철도']]),
      guessExchangeMapping(headers),
      graph,
    );
    expect(plan.kindUnmapped).toBe(true);
    expect(plan.additions.map((a) => a.exchange.kind)).toEqual(['other']);
  });

  it('read dates as a Korean spreadsheet writes them, and refuse a day that does not exist', () => {
    const headers = ['교류도시', '날짜', '종류'];
    const plan = planExchangeImport(
      table(headers, [
        ['울란바토르', '2018. 3. 5.', '해외 방문'],
        ['울란바토르', '2018년 4월 9일', '해외 방문'],
        ['울란바토르', '2018. 2. 30.', '해외 방문'],
      ]),
      guessExchangeMapping(headers),
      graph,
    );
    expect(plan.additions.map((addition) => addition.exchange.date)).toEqual([
      '2018-03-05',
      '2018-04-09',
    ]);
    expect(plan.problems).toEqual([
      {
        row: 4,
        problems: [{ code: 'badValue', field: 'date', value: '2018. 2. 30.', error: 'noSuchDate' }],
      },
    ]);
  });

  it('plan no addition that would make a partner’s log longer than a file holds', () => {
    const logged = Array.from({ length: MAX_EXCHANGES - 1 }, (_, i) => ({
      id: `x${i}`,
      kind: 'other' as const,
      date: '2018-01-02',
      who: '',
      topic: `Meeting ${i}`,
      followUp: false,
      projectId: '',
    }));
    const nearlyFull: StrategyGraph = {
      nodes: [{ ...ub, data: { ...ub.data, exchanges: logged } } as StrategyNode],
      edges: [],
    };
    const plan = (...topics: string[]) =>
      planExchangeImport(
        table(
          ['Partner', 'Date', 'Topic'],
          topics.map((topic) => ['Ulaanbaatar', '2018-01-02', topic]),
        ),
        ['partner', 'date', 'topic'],
        nearlyFull,
      );
    // One more fits; an exchange already logged adds nothing.
    expect(plan('Rail', 'Meeting 0').limitPassed).toBeNull();
    expect(plan('Rail', 'Water').limitPassed).toEqual({
      limit: 'exchanges',
      maximum: MAX_EXCHANGES,
    });
  });
});
