import { describe, expect, it } from 'vitest';
import { EMPTY_CHANGE } from '../../shared/model/change';
import { createNode } from '../../shared/model/nodes';
import type { StrategyNode } from '../../shared/model/graph';
import { applyChangeToFlow, indexById, toFlowNode } from '../../renderer/store/flow';

const city = (id: string, x: number) => createNode('partnerCity', id, { x, y: 0 });

describe('applying a change to the canvas view', () => {
  const nodes = ['a', 'b', 'c'].map((id, i) => toFlowNode(city(id, i * 300)));
  nodes[1] = { ...nodes[1]!, selected: true };

  it('replaces an edited node where it stands, keeps the others and its selection', () => {
    const edited = { ...city('b', 999), data: { ...city('b', 0).data, name: 'Hanoi' } };
    const { nodes: next } = applyChangeToFlow(nodes, [], { ...EMPTY_CHANGE, putNodes: [edited] });
    expect(next.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(next[0]).toBe(nodes[0]);
    expect(next[2]).toBe(nodes[2]);
    expect(next[1]).toMatchObject({ position: { x: 999, y: 0 }, selected: true });
    expect((next[1]!.data as { name: string }).name).toBe('Hanoi');
    expect(indexById(next).get('b')).toBe(next[1]);
    expect(indexById(nodes).get('b')).toBe(nodes[1]);
  });

  it('keeps the position of a node renamed in place, so nothing placed by it is redone', () => {
    // As a shared document brings it: the same place, in a new object.
    const renamed = { ...city('c', 600), data: { ...city('c', 0).data, name: 'Ulaanbaatar' } };
    const { nodes: next } = applyChangeToFlow(nodes, [], { ...EMPTY_CHANGE, putNodes: [renamed] });
    expect(next[2]!.position).toBe(nodes[2]!.position);
    const moved = { ...renamed, position: { x: 601, y: 0 } };
    const { nodes: after } = applyChangeToFlow(next, [], { ...EMPTY_CHANGE, putNodes: [moved] });
    expect(after[2]!.position).toEqual({ x: 601, y: 0 });
  });

  it('adds and removes nodes, keeping the order of the rest', () => {
    const added: StrategyNode = city('d', 1200);
    const { nodes: next } = applyChangeToFlow(nodes, [], {
      ...EMPTY_CHANGE,
      putNodes: [added],
      removeNodeIds: ['a'],
    });
    expect(next.map((n) => n.id)).toEqual(['b', 'c', 'd']);
    expect(next[0]).toBe(nodes[1]);
    expect(indexById(next).has('a')).toBe(false);
    expect(indexById(next).get('d')).toBe(next[2]);
  });
});
