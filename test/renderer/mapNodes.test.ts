import { describe, expect, it } from 'vitest';
import { selectMapGraph } from '../../renderer/store/shownGraph';
import { makeTestStore } from './testStore';

describe('the nodes the map draws', () => {
  it('stay as they were while a node’s description is typed, and follow a change the map shows', async () => {
    const { state } = await makeTestStore();
    await state().openStrategy('sample');
    const goal = state().nodes.find((n) => n.type === 'goal')!;
    const drawn = selectMapGraph(state());
    expect(drawn.nodes.map((n) => n.id)).toContain(goal.id);

    state().updateNodeField(goal.id, 'description', 'A hub of city diplomacy by 2030');
    // The store has it, to save and show in the inspector; the map has nothing to redo.
    expect(state().nodes.find((n) => n.id === goal.id)!.data).toMatchObject({
      description: 'A hub of city diplomacy by 2030',
    });
    expect(selectMapGraph(state())).toBe(drawn);

    state().updateNodeField(goal.id, 'title', 'Global hub of city diplomacy');
    const retitled = selectMapGraph(state());
    expect(retitled).not.toBe(drawn);
    expect(retitled.nodes.find((n) => n.id === goal.id)?.data).toMatchObject({
      title: 'Global hub of city diplomacy',
      description: 'A hub of city diplomacy by 2030',
    });
  });
});
