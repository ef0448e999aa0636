import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { autoLayout } from '../../shared/layout/autoLayout';
import { overlaps } from '../../shared/layout/layoutByKind';
import { SHOW_EVERYTHING } from '../../shared/map/filters';
import { strategyGraphOf } from '../../renderer/store/flow';
import { selectShownGraph } from '../../renderer/store/shownGraph';
import { formatMessage } from '../../renderer/i18n';
import type { AppState } from '../../renderer/store/types';
import { translator } from '../../shared/i18n/translate';
import type { Language } from '../../shared/model/graph';
import { makeTestStore, renderApp } from './testStore';

function noticeText(state: AppState, language: Language = 'en'): string | undefined {
  return state.notice ? formatMessage(translator(language), state.notice) : undefined;
}

describe('auto layout', () => {
  it('arranges the whole strategy as one undoable step and one write', async () => {
    const { state, db, whenSaved } = await makeTestStore();
    await state().openStrategy('sample');
    // The sample opens on its goal tree alone.
    state().setMapFilter(SHOW_EVERYTHING);
    await whenSaved();
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

  it('under filters, arranges what is shown and leaves the hidden nodes where they were', async () => {
    const { state, whenSaved } = await makeTestStore();
    await state().openStrategy('sample');
    const goals = new Set(
      state()
        .nodes.filter((n) => n.type === 'goal')
        .map((n) => n.id),
    );
    expect(goals.size).toBeGreaterThan(5);
    const before = new Map(state().nodes.map((n) => [n.id, n.position]));
    state().setLayoutStyle('tree');
    await state().autoLayout();
    await whenSaved();

    const hidden = state().nodes.filter((n) => !goals.has(n.id));
    for (const node of hidden) expect(node.position).toEqual(before.get(node.id));
    const arranged = state().nodes.filter((n) => goals.has(n.id));
    expect(arranged.some((n) => n.position !== before.get(n.id))).toBe(true);
    // Tidy: far narrower than the goals are in a tree of the whole strategy, gaps and all.
    const widthOf = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
    const whole = autoLayout(strategyGraphOf(state().nodes, state().edges), 'tree');
    const wholeWidth = widthOf([...goals].map((id) => whole.get(id)!.x));
    expect(widthOf(arranged.map((n) => n.position.x))).toBeLessThan(wholeWidth / 2);
    // And nothing lies on anything, shown or not, for when everything is shown again.
    const all = state().nodes.map((n) => n.position);
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) expect(overlaps(all[i]!, all[j]!)).toBe(false);
    expect(noticeText(state())).toBe(
      `Auto layout arranged the ${goals.size} nodes the filters show. The ${hidden.length} nodes they hide kept their places.`,
    );

    state().undo();
    for (const node of state().nodes) expect(node.position).toEqual(before.get(node.id));

    // Arranged again with everything shown, the note of the hidden ones goes.
    state().setMapFilter(SHOW_EVERYTHING);
    await state().autoLayout();
    expect(state().notice).toBeNull();
  });

  it('under a focus, arranges the whole strategy: a focus shows its cards away from their places', async () => {
    const { state, whenSaved } = await makeTestStore();
    await state().openStrategy('sample');
    state().setMapFilter(SHOW_EVERYTHING);
    await whenSaved();
    const city = state().nodes.find((n) => n.type === 'partnerCity')!;
    state().selectOnly(city.id);
    state().focusOnSelection();
    expect(state().mapFocus?.nodeId).toBe(city.id);
    const before = new Map(state().nodes.map((n) => [n.id, n.position]));
    await state().autoLayout();
    const moved = state().nodes.filter((n) => n.position !== before.get(n.id));
    expect(moved.length).toBeGreaterThan(state().nodes.length / 2);
    // The user saw the focus's few cards: they are told the whole strategy was arranged.
    const inFocus = selectShownGraph(state()).nodes.length;
    expect(inFocus).toBeLessThan(10);
    expect(noticeText(state())).toBe(
      `Auto layout arranged the whole strategy, not only the ${inFocus} nodes in focus.`,
    );
    expect(noticeText(state(), 'ko')).toBe(
      `포커스에 보이는 노드 ${inFocus}개만이 아니라 전략 전체를 자동 배치했습니다.`,
    );
  });

  it('under a focus and filters, says it arranged what the filters show, not only the focus', async () => {
    const { state } = await makeTestStore();
    await state().openStrategy('sample');
    // The sample opens on its goals; a task's focus shows it and the goals next to it.
    const goal = state().nodes.find((n) => n.type === 'goal' && n.data.level === 'task')!;
    state().selectOnly(goal.id);
    state().focusOnSelection();
    const inFocus = selectShownGraph(state()).nodes.length;
    const goals = state().nodes.filter((n) => n.type === 'goal').length;
    await state().autoLayout();
    const hidden = state().nodes.length - goals;
    expect(noticeText(state())).toBe(
      `Auto layout arranged all ${goals} nodes the filters show, not only the ${inFocus} nodes in focus. The ${hidden} nodes the filters hide kept their places.`,
    );
    expect(inFocus).toBeLessThan(goals);
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
