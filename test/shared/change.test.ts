import { describe, expect, it } from 'vitest';
import {
  applyChange,
  deletionChange,
  EMPTY_CHANGE,
  invertChange,
  lookupOf,
  mergeChanges,
} from '../../shared/model/change';
import { edge, node } from './fixtures';

const graph = {
  nodes: [
    node('goal', 'g1', 'Vision'),
    node('partnerCity', 'c1', 'Hanoi'),
    node('project', 'p1', 'Metro'),
  ],
  edges: [edge('e1', 'servesGoal', 'c1', 'g1'), edge('e2', 'locatedIn', 'p1', 'c1')],
};

describe('graph changes', () => {
  it('undo of an edit restores the previous record', () => {
    const moved = { ...graph.nodes[1]!, position: { x: 50, y: 60 } };
    const change = { ...EMPTY_CHANGE, putNodes: [moved] };
    const after = applyChange(graph, change);
    const restored = applyChange(after, invertChange(change, lookupOf(graph)));
    expect(restored.nodes.find((n) => n.id === 'c1')!.position).toEqual({ x: 0, y: 0 });
  });

  it('undo of an addition removes it and undo of a removal brings it back', () => {
    const added = node('actor', 'a1', 'KOICA');
    const change = { ...EMPTY_CHANGE, putNodes: [added], removeEdgeIds: ['e1'] };
    const inverse = invertChange(change, lookupOf(graph));
    expect(inverse.removeNodeIds).toEqual(['a1']);
    expect(inverse.putEdges).toEqual([graph.edges[0]]);
  });

  it('deleting a node removes the edges that touch it', () => {
    const change = deletionChange(graph, ['c1'], []);
    expect(change.removeNodeIds).toEqual(['c1']);
    expect(change.removeEdgeIds.sort()).toEqual(['e1', 'e2']);
    const after = applyChange(graph, change);
    expect(after.edges).toEqual([]);
  });

  it('merging keeps the last word on each record', () => {
    const first = { ...EMPTY_CHANGE, putNodes: [{ ...graph.nodes[0]!, position: { x: 1, y: 1 } }] };
    const second = {
      ...EMPTY_CHANGE,
      putNodes: [{ ...graph.nodes[0]!, position: { x: 9, y: 9 } }],
    };
    expect(mergeChanges(first, second).putNodes).toEqual(second.putNodes);
    const removedLater = mergeChanges(first, { ...EMPTY_CHANGE, removeNodeIds: ['g1'] });
    expect(removedLater).toEqual({ ...EMPTY_CHANGE, removeNodeIds: ['g1'] });
  });
});
