import { describe, expect, it } from 'vitest';
import { damageOf, type DamagedRecord } from '../../shared/format/storedRecords';
import { translator } from '../../shared/i18n/translate';
import { blankStrategy } from '../../shared/model/blankStrategy';
import { createNode } from '../../shared/model/nodes';
import type { Language } from '../../shared/model/graph';
import { formatMessage } from '../../renderer/i18n';
import { DamagedStrategyError } from '../../renderer/persistence/database';
import { damagedMessage } from '../../renderer/store/damagedMessage';

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
