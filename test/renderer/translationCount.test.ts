import { describe, expect, it } from 'vitest';
import type { StrategyNode } from '../../shared/model/graph';
import { createNode } from '../../shared/model/nodes';
import { toFlowNode, type FlowNode } from '../../renderer/store/flow';
import { countUntranslated } from '../../renderer/store/translationActions';

const city = (id: string, name: string, nameKo: string) => {
  const node = createNode('partnerCity', id, { x: 0, y: 0 });
  return toFlowNode({ ...node, data: { ...node.data, name, nameKo } } as StrategyNode);
};

const renamed = (node: FlowNode, name: string, nameKo: string) =>
  ({ ...node, data: { ...node.data, name, nameKo } }) as FlowNode;

describe('counting the names written in one language only', () => {
  const nodes = [
    city('a', 'Busan', ''),
    city('b', 'Hanoi', '하노이'),
    city('c', '', '오사카'),
    city('d', '', ''),
    toFlowNode(createNode('idea', 'i', { x: 0, y: 0 })),
  ];

  it('counts the nodes that lack one language, not those with both or neither', () => {
    expect(countUntranslated(nodes)).toBe(2);
    expect(countUntranslated(nodes)).toBe(2);
  });

  it('follows an edit made in a list that differs from the last in one node', () => {
    expect(countUntranslated(nodes)).toBe(2);
    const translated = nodes.map((n) => (n.id === 'a' ? renamed(n, 'Busan', '부산') : n));
    expect(countUntranslated(translated)).toBe(1);
    const emptied = translated.map((n) => (n.id === 'b' ? renamed(n, '', '하노이') : n));
    expect(countUntranslated(emptied)).toBe(2);
    // A move changes no name.
    const moved = emptied.map((n) => ({ ...n, position: { x: 50, y: 50 } }));
    expect(countUntranslated(moved)).toBe(2);
  });

  it('counts a list of another length, and an older list, afresh', () => {
    expect(countUntranslated(nodes.slice(0, 2))).toBe(1);
    expect(countUntranslated([...nodes, city('e', 'Seoul', '')])).toBe(3);
    expect(countUntranslated(nodes)).toBe(2);
    expect(countUntranslated([])).toBe(0);
  });
});
