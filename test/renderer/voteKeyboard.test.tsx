import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeTestStore, renderApp } from './testStore';

/** The sample on its canvas, with every card chosen as an option of a vote. */
async function choosingOptions() {
  const test = await makeTestStore();
  await test.state().openStrategy('sample');
  renderApp(test.store);
  await waitFor(() => expect(test.state().viewport).not.toBeNull());
  test.state().selectAllNodes();
  return { test, user: userEvent.setup() };
}

describe('V for a vote', () => {
  it('asks for a vote on the selected cards from the canvas, and says what a vote needs without them', async () => {
    const { test, user } = await choosingOptions();
    expect(screen.getByRole('button', { name: 'Start vote' })).toHaveAttribute(
      'aria-keyshortcuts',
      'V',
    );
    await user.keyboard('v');
    const question = await screen.findByRole('textbox', { name: 'Question' });
    expect(question).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();

    act(() => test.state().selectOnly(test.state().nodes[0]!.id));
    // With a Korean input source on, the V key reports ㅍ.
    fireEvent.keyDown(document.body, { key: 'ㅍ', code: 'KeyV' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByText(/Select two or more cards to vote among/)).toBeVisible();
  });
});

describe('the keyboard through a vote', () => {
  it('goes to the question once it starts, to the results once revealed, and back to “Start vote” once ended', async () => {
    const { test, user } = await choosingOptions();
    screen.getByRole('button', { name: 'Start vote' }).focus();
    await user.keyboard('{Enter}');
    await user.keyboard('Which first?{Enter}');
    expect(test.state().vote?.question).toBe('Which first?');
    const panel = screen.getByRole('region', { name: 'Vote' });
    // The dots the room has, counted as a whole, beside each person's.
    expect(panel).toHaveTextContent(/Dots per person: \d+ · \d+ dots in all/);
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Round 1: Which first?' })).toHaveFocus(),
    );
    // From the question, the options' buttons are the next stops.
    await user.tab();
    expect(panel).toContainElement(document.activeElement as HTMLElement);

    screen.getByRole('button', { name: 'Reveal votes' }).focus();
    await user.keyboard('{Enter}');
    // The results are read first: a second Enter, pressed in haste, ends nothing.
    expect(screen.getByRole('list', { name: 'Results' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(test.state().vote).not.toBeNull();
    await user.tab();
    expect(screen.getByRole('button', { name: 'End vote' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(test.state().vote).toBeNull();
    expect(screen.getByRole('button', { name: 'Start vote' })).toHaveFocus();
  });
});
