import { describe, expect, it } from 'vitest';
import { damageOf } from '../../shared/format/storedRecords';
import type { DamagedRecord } from '../../shared/format/recordPlace';
import { translator } from '../../shared/i18n/translate';
import { blankStrategy } from '../../shared/model/blankStrategy';
import { createNode } from '../../shared/model/nodes';
import type { Language } from '../../shared/model/graph';
import { formatMessage } from '../../renderer/i18n';
import { DamagedStrategyError } from '../../renderer/persistence/database';
import { damagedMessage, problemMessage } from '../../renderer/store/damagedMessage';
import { MAX_NODES, parseStrategyFile, serializeStrategy } from '../../shared/format/strategyFile';
import { MAX_EXCHANGES } from '../../shared/format/activitySchema';

const project = () => {
  const node = createNode('project', 'p1', { x: 0, y: 0 });
  return { ...node, data: { ...node.data, title: 'Hanoi BRT' } };
};

/** What the user reads about a record damaged as `damaged` makes it. */
function told(record: DamagedRecord['record'], damaged: unknown, language: Language): string {
  const first = damageOf(record, damaged, () => ({ en: 'Seoul', ko: '서울' }))!;
  expect(first).not.toBeNull();
  const error = new DamagedStrategyError('s1', { en: 'Plan', ko: '계획' }, first, 1);
  return formatMessage(translator(language), damagedMessage(error, language));
}

describe('naming the damaged part of a record as the user sees it, not by its path', () => {
  it('names the parts of a node that have no field label of their own', () => {
    const node = project();
    expect(told('node', { ...node, position: { x: null, y: 0 } }, 'en')).toContain(
      'the node “Hanoi BRT”, field “Place on the map”',
    );
    const history = { ...node, data: { ...node.data, history: [{ at: 'yesterday' }] } };
    expect(told('node', history, 'en')).toContain('field “Stage history”');
    expect(told('node', history, 'ko')).toContain('단계 이력');
    const checks = { ...node, data: { ...node.data, gateChecks: [42] } };
    expect(told('node', checks, 'en')).toContain('field “Gate checklist”');
    expect(told('node', checks, 'ko')).toContain('단계 관문 점검 항목');
  });

  it('names a relationship’s kind and ends, and a strategy’s settings', () => {
    const edge = { id: 'e1', kind: 'likes', source: 'a', target: 'b' };
    expect(told('edge', edge, 'en')).toContain('field “Relationship”');
    expect(told('edge', { ...edge, kind: 'servesGoal', target: 7 }, 'en')).toContain(
      'field “Nodes it joins”',
    );
    const strategy = { ...blankStrategy('2026-01-01T00:00:00.000Z', 'Plan'), id: 's1' };
    const pipeline = { ...strategy, pipeline: { ...strategy.pipeline, stalledAfterDays: -1 } };
    expect(told('strategy', pipeline, 'en')).toContain('field “Pipeline settings”');
    expect(told('strategy', pipeline, 'ko')).not.toMatch(/pipeline|stalledAfterDays/);
  });

  it('still names a field with a label of its own by that label', () => {
    const node = project();
    const stage = { ...node, data: { ...node.data, stage: 'lost' } };
    expect(told('node', stage, 'en')).toContain('field “Stage”');
  });
});

describe('why a file could not be imported, in the user’s language', () => {
  const sample = () => {
    const strategy = blankStrategy('2026-01-01T00:00:00.000Z', 'Plan');
    const taipei = createNode('partnerCity', 'c1', { x: 0, y: 0 });
    const city = { ...taipei, data: { ...taipei.data, name: 'Taipei', nameKo: '타이베이' } };
    return { ...strategy, id: 's1', nodes: [project(), city], edges: [] };
  };
  const refusedAs = (file: string, language: Language) => {
    const parsed = parseStrategyFile(file);
    if (parsed.ok) throw new Error('expected the file refused');
    return formatMessage(translator(language), problemMessage(parsed.problem, language));
  };
  const fileWith = (change: (document: { strategy: { nodes: { data: object }[] } }) => void) => {
    const document = JSON.parse(serializeStrategy(sample(), '2026-01-02T00:00:00.000Z'));
    change(document);
    return JSON.stringify(document);
  };

  it('names the node and the field by their names, and the rule in words', () => {
    const long = fileWith((d) =>
      Object.assign(d.strategy.nodes[1]!.data, { name: 'x'.repeat(5001) }),
    );
    expect(refusedAs(long, 'ko')).toBe(
      '내용이 손상되었거나 불완전합니다. 노드 “타이베이”의 “영문 이름” 항목: 글이 너무 깁니다(최대 5,000자).',
    );
    expect(refusedAs(long, 'en')).toBe(
      `its content is damaged or incomplete: the node “${'x'.repeat(59)}…”, field “Name”: This text is too long (5,000 characters at most).`,
    );
    const unknownKind = fileWith((d) => Object.assign(d.strategy.nodes[1]!, { kind: 'ministry' }));
    expect(refusedAs(unknownKind, 'ko')).toContain(
      '노드 “타이베이”의 “종류” 항목에 앱이 읽을 수 없는 값',
    );
    expect(refusedAs(unknownKind, 'ko')).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('names a relationship that joins a node the file lacks, or two kinds it may not join', () => {
    const withEdge = (edge: object) =>
      fileWith((d) => Object.assign(d.strategy, { edges: [{ id: 'e1', ...edge }] }));
    const dangling = withEdge({ kind: 'locatedIn', source: 'p1', target: 'nowhere' });
    expect(refusedAs(dangling, 'en')).toContain(
      'the relationship Hanoi BRT → nowhere, field “Nodes it joins” names a node that is not in the file.',
    );
    const wrong = withEdge({ kind: 'subgoalOf', source: 'p1', target: 'c1' });
    expect(refusedAs(wrong, 'en')).toContain(
      'a “subgoal of” relationship cannot join a Project to a Partner city.',
    );
    expect(refusedAs(wrong, 'ko')).toContain('“하위 목표” 관계로는 사업과 교류도시를');
  });

  it('says a file holds more than a strategy may, and what, rather than calling it damaged', () => {
    const crowded = fileWith((d) =>
      Object.assign(d.strategy, {
        nodes: Array.from({ length: MAX_NODES + 1 }, (_, i) =>
          createNode('goal', `g${i}`, { x: 0, y: 0 }),
        ),
      }),
    );
    expect(refusedAs(crowded, 'en')).toBe(
      'the strategy’s own field “Nodes” holds more than a strategy may: 50,000 at most. Split it into smaller strategies, or remove some, then import it again.',
    );
    expect(refusedAs(crowded, 'ko')).toBe(
      '전략 자체의 “노드” 항목에 전략 하나가 담을 수 있는 것보다 많이 들어 있습니다(최대 50,000개). 작은 전략으로 나누거나 일부를 지운 뒤 다시 가져오세요.',
    );
    const visit = {
      id: 'x',
      kind: 'visitIn',
      date: '2018-01-01',
      who: '',
      topic: '',
      followUp: false,
      projectId: '',
    };
    const busyLog = fileWith((d) =>
      Object.assign(d.strategy.nodes[1]!.data, {
        exchanges: Array.from({ length: MAX_EXCHANGES + 1 }, (_, i) => ({ ...visit, id: `x${i}` })),
      }),
    );
    expect(refusedAs(busyLog, 'en')).toBe(
      'the node “Taipei”, field “Exchanges” holds more than a strategy may: 2,000 at most. Split it into smaller strategies, or remove some, then import it again.',
    );
  });
});
