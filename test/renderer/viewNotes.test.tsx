import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/model/graph';
import { makeTestStore, renderApp } from './testStore';

/** The sample's saved views, their panel open. */
async function showViews(language: Language) {
  const test = await makeTestStore({ language });
  await test.state().openStrategy('sample');
  renderApp(test.store);
  const user = userEvent.setup();
  const en = language === 'en';
  await user.click(await screen.findByRole('button', { name: en ? 'Views' : '저장된 보기' }));
  const panel = screen.getByRole('region', { name: en ? 'Views' : '저장된 보기' });
  return { test, user, panel };
}

describe('a saved view’s notes', () => {
  it('open with the keyboard in them, named on screen for what they are', async () => {
    const { test, user, panel } = await showViews('ko');
    const row = within(panel).getByRole('listitem', { name: '울란바토르' });
    await user.click(within(row).getByRole('button', { name: '노트' }));
    const notes = within(row).getByRole('textbox', { name: '울란바토르 발표자 노트' });
    expect(notes).toHaveFocus();
    // Seen, not only heard: a name above the box, and what to write in it while it is empty.
    expect(notes.closest('label')).toHaveTextContent(/^발표자 노트/);
    expect(notes).toHaveAttribute('placeholder', '이 보기를 보여 줄 때 할 말');

    await user.keyboard('몽골 협력 요약');
    await user.click(within(row).getByRole('button', { name: '노트' }));
    expect(within(row).queryByRole('textbox')).toBeNull();
    const view = test.state().openMeta!.views!.find((v) => v.name === 'Ulaanbaatar');
    expect(view?.notes).toBe('몽골 협력 요약');
  });

  it('say the same in English', async () => {
    const { user, panel } = await showViews('en');
    const row = within(panel).getByRole('listitem', { name: 'Ulaanbaatar' });
    await user.click(within(row).getByRole('button', { name: 'Notes' }));
    const notes = within(row).getByRole('textbox', { name: 'Presenter notes for Ulaanbaatar' });
    expect(notes).toHaveFocus();
    expect(notes.closest('label')).toHaveTextContent(/^Presenter notes/);
    expect(notes).toHaveAttribute('placeholder', 'What to say when this view is shown');
  });
});
