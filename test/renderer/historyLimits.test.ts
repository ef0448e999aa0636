import { describe, expect, it } from 'vitest';
import { EMPTY_CHANGE, type GraphChange } from '../../shared/model/change';
import type { StrategyNode } from '../../shared/model/graph';
import { HISTORY_STEPS, withinHistoryLimits } from '../../renderer/store/historyLimits';
import { makeTestStore } from './testStore';

/** A step that moves `count` nodes, named by `label`. */
function step(label: string, count: number) {
  const nodes = Array.from({ length: count }, (_, i) => ({ id: `${label}-${i}` }) as StrategyNode);
  const change: GraphChange = { ...EMPTY_CHANGE, putNodes: nodes };
  return { label, forward: change, backward: change };
}

describe('undo history limits', () => {
  it('drops the oldest steps past the step limit', () => {
    const steps = ['a', 'b', 'c', 'd'].map((label) => step(label, 1));
    const kept = withinHistoryLimits(steps, { steps: 3, records: 1000 });
    expect(kept.map((s) => s.label)).toEqual(['b', 'c', 'd']);
  });

  it('drops the oldest steps once the records they hold pass the limit', () => {
    // Each step holds its nodes twice: as they were and as they became.
    const steps = [step('small', 1), step('layout', 40), step('rename', 1), step('drag', 2)];
    const kept = withinHistoryLimits(steps, { steps: 10, records: 20 });
    expect(kept.map((s) => s.label)).toEqual(['rename', 'drag']);
  });

  it('keeps the newest step however large it is', () => {
    const steps = [step('rename', 1), step('layout', 500)];
    const kept = withinHistoryLimits(steps, { steps: 10, records: 100 });
    expect(kept.map((s) => s.label)).toEqual(['layout']);
  });

  it('lets a long session undo its latest steps, and no further than the limit', async () => {
    const { state } = await makeTestStore();
    await state().openStrategy('sample');
    const before = state().nodes.length;
    const added = HISTORY_STEPS + 5;
    for (let i = 0; i < added; i++) state().addNode('partnerCity', { x: 5000 + i * 300, y: 5000 });
    expect(state().nodes).toHaveLength(before + added);
    expect(state().past).toHaveLength(HISTORY_STEPS);

    for (let i = 0; i < added; i++) state().undo();
    // The five oldest additions are past the limit: they stay.
    expect(state().nodes).toHaveLength(before + 5);
    state().redo();
    expect(state().nodes).toHaveLength(before + 6);
  });
});
