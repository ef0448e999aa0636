import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { overlaps } from '../../shared/layout/layoutByKind';
import { makeTestStore, renderApp } from './testStore';

describe('auto layout', () => {
  it('arranges the whole strategy as one undoable step and one write', async () => {
    const { state, db, whenSaved } = await makeTestStore();
    await state().openStrategy('sample');
    const before = new Map(state().nodes.map((n) => [n.id, n.position]));
    const write = vi.spyOn(db, 'writeChanges');
    await state().autoLayout();
    await whenSaved();
    expect(write).toHaveBeenCalledTimes(1);
    expect(state().past).toHaveLength(1);
    const after = state().nodes.map((n) => n.position);
    const moved = state().nodes.filter(
      (n) => n.position.x !== before.get(n.id)!.x || n.position.y !== before.get(n.id)!.y,
    );
    expect(moved.length).toBeGreaterThan(state().nodes.length / 2);
    for (let i = 0; i < after.length; i++)
      for (let j = i + 1; j < after.length; j++) expect(overlaps(after[i]!, after[j]!)).toBe(false);
    const saved = new Map((await db.loadStrategy('sample'))!.nodes.map((n) => [n.id, n.position]));
    for (const node of state().nodes) expect(saved.get(node.id)).toEqual(node.position);

    state().undo();
    await whenSaved();
    for (const node of state().nodes) expect(node.position).toEqual(before.get(node.id));
    const restored = (await db.loadStrategy('sample'))!.nodes;
    for (const node of restored) expect(node.position).toEqual(before.get(node.id));
  });

  it('is a button on the canvas with a choice of style', async () => {
    const test = await makeTestStore();
    await test.state().openStrategy('sample');
    renderApp(test.store);
    const user = userEvent.setup();
    const canvas = screen.getByRole('region', { name: 'Strategy canvas' });
    await user.selectOptions(within(canvas).getByRole('combobox', { name: 'Layout style' }), [
      'Grouped by kind',
    ]);
    await user.click(within(canvas).getByRole('button', { name: 'Auto layout' }));
    await waitFor(() => expect(test.state().past).toHaveLength(1));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeEnabled();
  });
});
