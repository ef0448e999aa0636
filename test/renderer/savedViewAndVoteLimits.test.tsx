import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { strategyMetaSchema } from '../../shared/format/strategyFile';
import { MAX_SAVED_VIEWS, MAX_VIEW_NAME_LENGTH, type SavedView } from '../../shared/map/savedViews';
import { SHOW_EVERYTHING } from '../../shared/map/filters';
import { endVote, MAX_VOTE_RESULTS, type ActiveVote } from '../../shared/workshop/vote';
import { makeTestStore, renderApp } from './testStore';

async function openBlank() {
  const test = await makeTestStore({ seed: false });
  const id = (await test.state().createStrategy('Plan'))!;
  await test.state().openStrategy(id);
  return { ...test, id, stored: async () => (await test.db.loadStrategy(id))! };
}

const view = (i: number): SavedView => ({
  id: `view-${i}`,
  name: `View ${i}`,
  nameKo: '',
  viewport: null,
  focus: null,
  filters: SHOW_EVERYTHING,
});

function vote(round: number): ActiveVote {
  return {
    round,
    question: `Round ${round}`,
    dotsPerPerson: 1,
    options: [
      { nodeId: 'n1', label: 'Night buses' },
      { nodeId: 'n2', label: 'Bike share' },
    ],
    tallies: { n1: 1, n2: 0 },
    revealed: true,
  };
}

/** A strategy keeping as many vote results as a file holds, rounds 1 to 500, saved. */
async function withFullVotes() {
  const test = await openBlank();
  const votes = Array.from({ length: MAX_VOTE_RESULTS }, (_, i) =>
    endVote(vote(i + 1), `vote-${i + 1}`, '2026-02-01'),
  );
  test.state().commitMeta({ votes });
  await test.whenSaved();
  return test;
}

describe('saving a view when a strategy keeps as many as a file holds', () => {
  it('saves nothing and says so; with one deleted, it saves', async () => {
    const test = await openBlank();
    test.state().commitMeta({ views: Array.from({ length: MAX_SAVED_VIEWS }, (_, i) => view(i)) });
    await test.whenSaved();
    const before = test.state();
    expect(test.state().saveView('One more')).toBe(false);
    expect(test.state().notice).toEqual({
      tone: 'error',
      key: 'limitPassed.views',
      values: { maximum: '100' },
    });
    expect(test.state().openMeta).toBe(before.openMeta);
    expect(test.state().past).toBe(before.past);
    await test.whenSaved();
    expect((await test.stored()).views).toHaveLength(MAX_SAVED_VIEWS);

    test.state().deleteView('view-0');
    expect(test.state().saveView('One more')).toBe(true);
    expect(test.state().openMeta!.views.at(-1)!.name).toBe('One more');
  });

  it('keeps the dialog open with the name as typed, and says why in it', async () => {
    const test = await makeTestStore();
    renderApp(test.store);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(await screen.findByRole('button', { name: 'Views' }));
    const shipped = test.state().openMeta!.views;
    const fillers = Array.from({ length: MAX_SAVED_VIEWS - shipped.length }, (_, i) => view(i));
    act(() => test.state().commitMeta({ views: [...shipped, ...fillers] }));
    const panel = screen.getByRole('region', { name: 'Views' });
    await user.click(within(panel).getByRole('button', { name: 'Save view' }));
    const dialog = screen.getByRole('dialog', { name: 'Save view' });
    const name = within(dialog).getByRole('textbox', { name: 'View name' });
    await user.type(name, 'Everything{Enter}');
    expect(screen.getByRole('dialog', { name: 'Save view' })).toBe(dialog);
    expect(name).toHaveValue('Everything');
    const reason = 'The view was not saved: a strategy keeps at most 100 saved views.';
    expect(within(dialog).getByRole('alert')).toHaveTextContent(reason);
    expect(name).toHaveAccessibleDescription(expect.stringContaining(reason));
    const list = within(panel).getByRole('list', { name: 'Views' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(MAX_SAVED_VIEWS);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'Save view' })).toBeNull();
  });
});

describe('naming a view with a name a file cannot hold', () => {
  const tooLong = 'x'.repeat(MAX_VIEW_NAME_LENGTH + 1);
  const tooLongNotice = {
    tone: 'error',
    key: 'errorTooLongAtMost',
    values: { maximum: '200' },
  } as const;

  it('saves nothing and says why; the longest name a file holds is saved and opens again', async () => {
    const test = await openBlank();
    const before = test.state();
    expect(test.state().saveView(tooLong)).toBe(false);
    expect(test.state().notice).toEqual(tooLongNotice);
    expect(test.state().saveView('Seoul\u202e ties')).toBe(false);
    expect(test.state().notice).toEqual({ tone: 'error', key: 'errorControl' });
    expect(test.state().openMeta).toBe(before.openMeta);
    expect(test.state().past).toBe(before.past);

    const longest = 'x'.repeat(MAX_VIEW_NAME_LENGTH);
    expect(test.state().saveView(`  ${longest}  `)).toBe(true);
    await test.whenSaved();
    const stored = await test.stored();
    expect(stored.views.map((saved) => saved.name)).toEqual([longest]);
    expect(strategyMetaSchema.safeParse(stored).success).toBe(true);
  });

  it('renames nothing and says why, keeping the name the view had', async () => {
    const test = await openBlank();
    test.state().commitMeta({ views: [view(1)] });
    await test.whenSaved();
    const before = test.state();
    expect(test.state().renameView('view-1', tooLong)).toBe(false);
    expect(test.state().notice).toEqual(tooLongNotice);
    expect(test.state().openMeta).toBe(before.openMeta);
    expect(test.state().past).toBe(before.past);
    await test.whenSaved();
    expect((await test.stored()).views.map((saved) => saved.name)).toEqual(['View 1']);

    expect(test.state().renameView('view-1', 'Mongolia')).toBe(true);
    expect(test.state().openMeta!.views[0]!.name).toBe('Mongolia');
  });

  it('keeps the rename dialog open with the name as pasted, and says why in it', async () => {
    const test = await makeTestStore();
    renderApp(test.store);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(await screen.findByRole('button', { name: 'Views' }));
    const panel = screen.getByRole('region', { name: 'Views' });
    const [first] = test.state().openMeta!.views;
    await user.click(within(panel).getAllByRole('button', { name: 'Rename' })[0]!);
    const dialog = screen.getByRole('dialog', { name: 'Rename view' });
    const name = within(dialog).getByRole('textbox', { name: 'View name' });
    await user.clear(name);
    await user.paste('Seoul\u202e ties');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Rename view' })).toBe(dialog);
    expect(name).toHaveValue('Seoul\u202e ties');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('invisible control characters');
    expect(test.state().openMeta!.views[0]).toBe(first);
  });
});

describe('ending a vote when a strategy keeps as many results as a file holds', () => {
  it('keeps the new result, drops the oldest round and names it; undo brings it back', async () => {
    const test = await withFullVotes();
    test.store.setState({ vote: vote(MAX_VOTE_RESULTS + 1) });
    test.state().endVote();
    const votes = test.state().openMeta!.votes!;
    expect(votes).toHaveLength(MAX_VOTE_RESULTS);
    expect(votes[0]!.round).toBe(2);
    expect(votes.at(-1)!.round).toBe(MAX_VOTE_RESULTS + 1);
    expect(test.state().vote).toBeNull();
    expect(test.state().notice).toEqual({
      tone: 'info',
      key: 'voteKeptOldestDropped',
      values: { maximum: '500', rounds: '1' },
    });
    await test.whenSaved();
    const stored = await test.stored();
    expect(stored.votes!.map((result) => result.round)).toEqual(votes.map((r) => r.round));
    expect(strategyMetaSchema.safeParse(stored).success).toBe(true);

    test.state().undo();
    expect(test.state().openMeta!.votes!.map((result) => result.round)).toEqual(
      Array.from({ length: MAX_VOTE_RESULTS }, (_, i) => i + 1),
    );
  });

  it('in a live session keeps nothing, leaves the vote open and says why', async () => {
    const test = await withFullVotes();
    test.state().attachLiveWorkshop(new Y.Doc(), 'person-aaaa', () => {});
    test.store.setState({ vote: vote(MAX_VOTE_RESULTS + 1) });
    const before = test.state();
    test.state().endVote();
    expect(test.state().notice).toEqual({
      tone: 'error',
      key: 'limitPassed.votes',
      values: { maximum: '500' },
    });
    expect(test.state().vote).toBe(before.vote);
    expect(test.state().openMeta).toBe(before.openMeta);
    expect(test.state().past).toBe(before.past);
    await test.whenSaved();
    const stored = await test.stored();
    expect(stored.votes).toHaveLength(MAX_VOTE_RESULTS);
    expect(stored.votes![0]!.round).toBe(1);
  });
});
