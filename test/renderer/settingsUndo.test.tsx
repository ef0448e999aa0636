import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ACTIVITY_SETTINGS } from '../../shared/activity/types';
import { makeTestStore, renderApp } from './testStore';

async function openSample() {
  const test = await makeTestStore();
  await test.state().openStrategy('sample');
  renderApp(test.store);
  return { test, user: userEvent.setup() };
}

describe('undo of the strategy’s own settings', () => {
  it('takes back a title typed in the toolbar, which hands the keyboard to the map on Enter', async () => {
    const { test, user } = await openSample();
    const title = screen.getByRole('textbox', { name: 'Strategy title' });
    const before = (title as HTMLInputElement).value;
    await user.clear(title);
    await user.type(title, 'Seoul 2030{Enter}');
    expect(document.activeElement).toHaveClass('strategy-flow');
    expect(test.state().openMeta!.title).toBe('Seoul 2030');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(title).toHaveValue(before);
    await test.whenSaved();
    expect((await test.db.loadStrategy('sample'))!.title).toBe(before);

    // A title refused keeps the keyboard, beside its message.
    await user.clear(title);
    await user.type(title, 'Seoul{Tab}');
    await user.click(title);
    await user.paste('\u202e2030');
    await user.keyboard('{Enter}');
    expect(title).toHaveFocus();
    expect(title).toBeInvalid();

    // Escape takes back what was typed and not yet saved.
    await user.clear(title);
    await user.type(title, 'Half typed{Escape}');
    expect(title).toHaveValue('Seoul');
  });

  it('takes back pipeline settings, so the stalled projects come back', async () => {
    const { test, user } = await openSample();
    const settings = test.state().openMeta!.pipeline;
    expect(test.state().updatePipelineSettings({ ...settings, stalledAfterDays: 4000 })).toBe(true);
    expect(test.state().openMeta!.pipeline.stalledAfterDays).toBe(4000);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(test.state().openMeta!.pipeline).toEqual(settings);
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(test.state().openMeta!.pipeline.stalledAfterDays).toBe(4000);
  });

  it('takes back a number typed digit by digit as one step', async () => {
    const { test } = await openSample();
    const before = test.state().openMeta!.activity;
    test.state().setActivitySettings({ ...DEFAULT_ACTIVITY_SETTINGS, followThroughMonths: 2 });
    test.state().setActivitySettings({ ...DEFAULT_ACTIVITY_SETTINGS, followThroughMonths: 24 });
    expect(test.state().openMeta!.activity?.followThroughMonths).toBe(24);
    test.state().undo();
    expect(test.state().openMeta!.activity).toEqual(before);
    test.state().redo();
    expect(test.state().openMeta!.activity?.followThroughMonths).toBe(24);
  });

  it('takes back the as-of day and the activity settings', async () => {
    const { test, user } = await openSample();
    const { asOf, activity } = test.state().openMeta!;
    test.state().setAsOf('2016-01-01');
    test.state().setActivitySettings({ ...DEFAULT_ACTIVITY_SETTINGS, recentYears: 10 });
    expect(test.state().openMeta!.activity?.recentYears).toBe(10);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(test.state().openMeta!.activity).toEqual(activity);
    expect(test.state().openMeta!.asOf).toBe('2016-01-01');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(test.state().openMeta!.asOf).toBe(asOf);
    await test.whenSaved();
    expect((await test.db.loadStrategy('sample'))!.asOf).toBe(asOf);
  });
});
