// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/exchange/csv';
import { toGraphml } from '../../shared/exchange/graphml';
import { toJsonCanvas } from '../../shared/exchange/jsonCanvas';
import { votesCsv } from '../../shared/exchange/votesExport';
import { translator } from '../../shared/i18n/translate';
import type { StrategyGraph } from '../../shared/model/graph';
import type { VoteResult } from '../../shared/workshop/vote';
import { node } from './fixtures';

const graph: StrategyGraph = {
  nodes: [node('idea', 'n1', 'Night buses'), node('idea', 'n2', '=School streets', 300, 0)],
  edges: [],
};

const votes: VoteResult[] = [
  {
    id: 'vote-1',
    round: 1,
    question: 'Which first?',
    dotsPerPerson: 3,
    date: '2026-12-02',
    options: [
      { nodeId: 'n1', label: 'Night buses', total: 4 },
      { nodeId: 'n2', label: '=School streets', total: 6 },
    ],
  },
];

describe('workshop votes in exports', () => {
  it('CSV: one row per option of each round, ranked, with headers in the UI language', () => {
    const rows = parseCsv(votesCsv(votes, translator('en')).replace(/^\uFEFF/, ''), ',');
    expect(rows[0]).toEqual([
      'Round',
      'Question',
      'Date',
      'Dots per person',
      'Rank',
      'Option',
      'Dots',
    ]);
    expect(rows.slice(1, 3)).toEqual([
      ['1', 'Which first?', '2026-12-02', '3', '1', "'=School streets", '6'],
      ['1', 'Which first?', '2026-12-02', '3', '2', 'Night buses', '4'],
    ]);
    expect(parseCsv(votesCsv(votes, translator('ko')).replace(/^\uFEFF/, ''), ',')[0]![0]).toBe(
      '차수',
    );
  });

  it('JSON Canvas: a card per round beside the map, listing the options ranked', () => {
    const canvas = JSON.parse(toJsonCanvas(graph, 'en', translator('en'), votes)) as {
      nodes: { id: string; text: string; x: number }[];
    };
    const card = canvas.nodes.find((n) => n.id === 'votes-vote-1')!;
    expect(card.text).toContain('Which first?');
    expect(card.text).toContain('1. \\=School streets — 6 dots\n2. Night buses — 4 dots');
    expect(card.x).toBeGreaterThan(300);
    expect(JSON.parse(toJsonCanvas(graph, 'en', translator('en'))).nodes).toHaveLength(2);
  });

  it('GraphML: each card’s dots on its node, the rounds on the graph', () => {
    const xml = new DOMParser().parseFromString(toGraphml(graph, 'en', votes), 'application/xml');
    expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
    const dotsOf = (id: string) =>
      [...xml.querySelectorAll(`node[id="${id}"] data`)].find(
        (data) => data.getAttribute('key') === 'dots',
      )?.textContent;
    expect(dotsOf('n1')).toBe('4');
    expect(dotsOf('n2')).toBe('6');
    const onGraph = [...xml.querySelectorAll('graph > data')].find(
      (data) => data.getAttribute('key') === 'votes',
    );
    expect(JSON.parse(onGraph!.textContent!)).toEqual(votes);
    expect(toGraphml(graph, 'en')).not.toContain('key="dots"');
  });
});
