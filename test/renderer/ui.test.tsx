import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeTestStore, renderApp } from './testStore';
import { searchNodes } from '../../shared/model/nodes';
import { strategyGraphOf } from '../../renderer/store/flow';
import { noteJoined, saveLiveRecord } from '../../renderer/live/liveRecords';

describe('library screen', () => {
  it('lists the sample with its counts and opens it', async () => {
    const test = await makeTestStore();
    renderApp(test.store);
    const row = screen.getByRole('listitem', { name: 'Seoul city diplomacy 2018' });
    expect(within(row).getByText('156 nodes')).toBeInTheDocument();
    expect(within(row).getByText('43 partner cities')).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('region', { name: 'Strategy canvas' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Strategy title' })).toHaveValue(
      'Seoul city diplomacy 2018',
    );
  });

  it('marks a strategy shared in a live session, and one that came from one', async () => {
    const test = await makeTestStore();
    const id = test.store.getState().strategies![0]!.id;
    saveLiveRecord(id, {
      syncUrl: 'ws://127.0.0.1:4300/sync',
      credential: { code: 'ABC234' },
      role: 'editor',
    });
    noteJoined(id, '2026-12-06');
    try {
      renderApp(test.store);
      const row = screen.getByRole('listitem', { name: 'Seoul city diplomacy 2018' });
      expect(within(row).getByText('In a live session')).toBeInTheDocument();
      expect(within(row).getByText('From a live session joined 2026-12-06')).toBeInTheDocument();
    } finally {
      localStorage.clear();
    }
  });

  it('says so when a strategy listed was deleted meanwhile, and takes it off the list', async () => {
    const test = await makeTestStore();
    renderApp(test.store);
    const row = screen.getByRole('listitem', { name: 'Seoul city diplomacy 2018' });
    // Deleted from another window: this library still lists it.
    await test.db.deleteStrategy('sample');
    await userEvent.click(within(row).getByRole('button', { name: 'Open' }));
    expect(
      await screen.findByText(
        'That strategy is no longer in the library: it was deleted, perhaps in another window.',
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.queryByRole('listitem', { name: 'Seoul city diplomacy 2018' }),
      ).not.toBeInTheDocument(),
    );
    expect(screen.queryByRole('region', { name: 'Strategy canvas' })).not.toBeInTheDocument();
  });

  it('renames, duplicates and deletes only after confirmation', async () => {
    const test = await makeTestStore();
    renderApp(test.store);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const title = screen.getByRole('textbox', { name: 'Strategy title' });
    await user.clear(title);
    await user.type(title, 'Seoul 2030{Enter}');
    expect(await screen.findByRole('listitem', { name: 'Seoul 2030' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    expect(await screen.findByRole('listitem', { name: 'Seoul 2030 (copy)' })).toBeInTheDocument();

    const copy = screen.getByRole('listitem', { name: 'Seoul 2030 (copy)' });
    await user.click(within(copy).getByRole('button', { name: 'Delete strategy' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete strategy?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('listitem', { name: 'Seoul 2030 (copy)' })).toBeInTheDocument();

    await user.click(within(copy).getByRole('button', { name: 'Delete strategy' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete strategy' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('listitem', { name: 'Seoul 2030 (copy)' })).not.toBeInTheDocument(),
    );
    expect(await test.db.strategies.count()).toBe(1);
  });

  it('switches to Korean labels', async () => {
    const test = await makeTestStore();
    renderApp(test.store);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '한국어');
    expect(screen.getByRole('button', { name: '새 전략' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '예시 전략 복원' })).toBeInTheDocument();
    expect(await test.db.getSetting('language')).toBe('ko');
  });

  it('names the window in the language chosen', async () => {
    const test = await makeTestStore({ language: 'ko' });
    renderApp(test.store);
    expect(document.title).toBe('도시외교 워크벤치');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '언어' }), 'English');
    expect(document.title).toBe('City Diplomacy Workbench');
  });
});

/** A new, empty strategy open in the rendered app. */
async function openBlankStrategy() {
  const test = await makeTestStore();
  await test.state().createStrategy('Blank');
  await test.state().openStrategy('strategy-1');
  renderApp(test.store);
  return test;
}

describe('editor screen', () => {
  it('adds a partner city from the palette and edits it in the inspector with validation', async () => {
    const test = await openBlankStrategy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add partner city' }));
    const canvas = screen.getByRole('region', { name: 'Strategy canvas' });
    // Nothing is stored for the user: the card shows its kind until it is named.
    expect(await within(canvas).findByText('Untitled partner city')).toHaveClass('name-untitled');
    expect(test.state().nodes[0]!.data).toMatchObject({ name: '', nameKo: '', relation: '' });

    const inspector = screen.getByRole('region', { name: 'Inspector' });
    const name = within(inspector).getByRole('combobox', { name: 'Name' });
    expect(name).toHaveValue('');
    await user.type(name, 'Hanoi');
    expect(await within(canvas).findByText('Hanoi')).toBeInTheDocument();

    const since = within(inspector).getByRole('textbox', { name: 'Since' });
    await user.type(since, '19x');
    expect(within(inspector).getByRole('alert')).toHaveTextContent(
      'Enter a year between 1800 and 2100.',
    );
    expect(test.state().nodes[0]!.data).toMatchObject({ since: null });
    await user.clear(since);
    await user.type(since, '1996');
    expect(within(inspector).queryByRole('alert')).not.toBeInTheDocument();
    expect(test.state().nodes[0]!.data).toMatchObject({ name: 'Hanoi', since: 1996 });

    await user.selectOptions(
      within(inspector).getByRole('combobox', { name: 'Relation' }),
      'Sister city',
    );
    expect(test.state().nodes[0]!.data).toMatchObject({ relation: 'sister' });

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const relation = within(inspector).getByRole('combobox', { name: 'Relation' });
    expect(relation).toHaveValue('');
    expect(relation).toHaveDisplayValue('Not set');

    await user.click(screen.getByRole('button', { name: 'Delete selected' }));
    expect(within(canvas).queryByText('Hanoi')).not.toBeInTheDocument();
  });

  it('redraws the canvas cards in Korean when the language changes', async () => {
    await openBlankStrategy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add partner city' }));
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    const koreanName = within(inspector).getByRole('combobox', { name: 'Korean name' });
    await user.type(koreanName, '하노이');
    await user.tab();
    const canvas = screen.getByRole('region', { name: 'Strategy canvas' });
    expect(within(canvas).getByText('Partner city')).toBeInTheDocument();
    // In English the Korean name stands in, tagged and said to be untranslated.
    const card = within(canvas).getByText('하노이').closest('.node-name') as HTMLElement;
    expect(card).toHaveAttribute('title', '하노이 (untranslated)');
    expect(within(card).getByText('KO')).toHaveAttribute('aria-hidden', 'true');
    expect(within(card).getByText('(untranslated)')).toHaveClass('visually-hidden');
    expect(screen.getByText('Untranslated: 1')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '한국어');
    expect(await within(canvas).findByText('하노이')).toBeInTheDocument();
    expect(within(canvas).getByText('교류도시')).toBeInTheDocument();
    expect(within(canvas).queryByText('KO')).not.toBeInTheDocument();
    // In Korean the Korean name is the first field, labelled as Korean.
    const fields = [...inspector.querySelectorAll('[data-field]')].slice(0, 2);
    expect(fields.map((f) => f.getAttribute('data-field'))).toEqual(['nameKo', 'name']);
    expect(within(inspector).getByRole('combobox', { name: '한국어 이름' })).toHaveValue('하노이');
    expect(screen.getByText('번역 안 됨: 1')).toBeInTheDocument();
  });

  it('marks a related node named only in Korean as untranslated in the inspector', async () => {
    const test = await openBlankStrategy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add partner city' }));
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    await user.type(within(inspector).getByRole('combobox', { name: 'Korean name' }), '하노이');
    await user.tab();
    const city = test.state().nodes[0]!.id;
    await user.click(screen.getByRole('button', { name: 'Add goal' }));
    const goal = test.state().nodes.find((n) => n.id !== city)!.id;
    act(() => test.state().connect(goal, city));
    const related = within(inspector).getByRole('button', { name: '하노이 (untranslated)' });
    expect(within(related).getByText('KO')).toHaveAttribute('aria-hidden', 'true');
  });

  it('finds a node by its Korean name and selects it', async () => {
    const test = await makeTestStore();
    await test.state().openStrategy('sample');
    renderApp(test.store);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Search' }), '타이페이');
    await user.click(
      within(screen.getByRole('list', { name: 'Search results' })).getByRole('button', {
        name: /Taipei/,
      }),
    );
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    expect(within(inspector).getByRole('combobox', { name: 'Name' })).toHaveValue('Taipei');
  });

  it('goes through the search results with the arrow keys, and back up to the text', async () => {
    const test = await makeTestStore();
    await test.state().openStrategy('sample');
    renderApp(test.store);
    const user = userEvent.setup();
    const search = screen.getByRole('textbox', { name: 'Search' });
    await user.type(search, 'Seoul');
    const results = within(screen.getByRole('list', { name: 'Search results' })).getAllByRole(
      'button',
    );
    expect(results.length).toBeGreaterThan(2);
    await user.keyboard('{ArrowDown}');
    expect(results[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(results[2]).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(search).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    const second = searchNodes(strategyGraphOf(test.state().nodes, []).nodes, 'Seoul', 12)[1]!;
    expect(
      test
        .state()
        .nodes.filter((n) => n.selected)
        .map((n) => n.id),
    ).toEqual([second.id]);
  });
});
