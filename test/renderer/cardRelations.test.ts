import { describe, expect, it } from 'vitest';
import { relationsOf } from '../../renderer/components/canvas/lod/cardRelations';
import { toFlowEdge, toFlowNode } from '../../renderer/store/flow';
import { translator } from '../../shared/i18n/translate';
import { createNode } from '../../shared/model/nodes';
import type { StrategyEdge, StrategyNode } from '../../shared/model/graph';

const named = (kind: StrategyNode['kind'], id: string, en: string, ko: string) => {
  const node = createNode(kind, id, { x: 0, y: 0 });
  const key = 'title' in node.data ? 'title' : 'name';
  return { ...node, data: { ...node.data, [key]: en, [`${key}Ko`]: ko } } as StrategyNode;
};

const nodes = [
  named('goal', 'g', 'Global hub city', '글로벌 허브 도시'),
  named('partnerCity', 'busan', 'Busan', '부산'),
  named('project', 'p', 'Hanoi metro', ''),
  named('partnerCity', 'far', 'Tokyo', '도쿄'),
].map(toFlowNode);
const edges: StrategyEdge[] = [
  { id: 'e1', kind: 'servesGoal', source: 'busan', target: 'g' },
  { id: 'e2', kind: 'locatedIn', source: 'p', target: 'busan' },
  { id: 'e3', kind: 'servesGoal', source: 'far', target: 'g' },
];

describe('the relationships a focused card lists while the canvas layer draws the edges', () => {
  it('names each of the node’s relationships from both ends, as its edge is named, in order of name', () => {
    const listed = relationsOf('busan', edges.map(toFlowEdge), nodes, translator('en'), 'en');
    expect(listed).toEqual([
      { edgeId: 'e1', other: 'g', name: 'Busan — serves goal — Global hub city' },
      { edgeId: 'e2', other: 'p', name: 'Hanoi metro — located in / with — Busan' },
    ]);
  });

  it('speaks the interface language, and marks a name shown from the other one', () => {
    const listed = relationsOf('busan', edges.map(toFlowEdge), nodes, translator('ko'), 'ko');
    expect(listed.map((r) => r.name)).toEqual(
      [
        `부산 — ${translator('ko')('edge.servesGoal')} — 글로벌 허브 도시`,
        `${translator('ko')('untranslatedName', { name: 'Hanoi metro' })} — ${translator('ko')('edge.locatedIn')} — 부산`,
      ].sort((a, b) => a.localeCompare(b, 'ko')),
    );
  });

  it('lists nothing for a node with no relationships', () => {
    expect(relationsOf('nobody', edges.map(toFlowEdge), nodes, translator('en'), 'en')).toEqual([]);
  });
});
