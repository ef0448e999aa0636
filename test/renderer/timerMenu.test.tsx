import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { EditorShortcuts } from '../../renderer/components/editor/useEditorShortcuts';
import { TimerMenu } from '../../renderer/components/workshop/TimerMenu';
import { StoreContext } from '../../renderer/store/StoreContext';
import { makeTestStore } from './testStore';

async function showMenu() {
  const test = await makeTestStore();
  await test.state().openStrategy('sample');
  render(
    <StoreContext.Provider value={test.store}>
      <ReactFlowProvider>
        <EditorShortcuts />
        <TimerMenu />
        <button>Elsewhere</button>
      </ReactFlowProvider>
    </StoreContext.Provider>,
  );
  const user = userEvent.setup();
  const trigger = screen.getByRole('button', { name: 'Start timer' });
  const menu = () => screen.queryByRole('group', { name: 'Start timer' });
  return { test, user, trigger, menu };
}

describe('the timer menu', () => {
  it('closes on Escape, from its button or from inside, and gives the keyboard back', async () => {
    const { user, trigger, menu } = await showMenu();
    await user.click(trigger);
    expect(menu()).not.toBeNull();
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(menu()).toBeNull();
    expect(trigger).toHaveAttribute('aria-expanded', 'false');

    await user.click(trigger);
    // The custom time says its unit where it is typed, not only to screen readers.
    expect(screen.getByRole('spinbutton', { name: /Custom time/ }).parentElement).toHaveTextContent(
      /^Custom time\s*min$/,
    );
    await user.click(screen.getByRole('spinbutton', { name: /Custom time/ }));
    await user.keyboard('{Escape}');
    expect(menu()).toBeNull();
    expect(trigger).toHaveFocus();
  });

  it('takes the Escape that closes it: the canvas keeps its focus view', async () => {
    const { test, user, trigger, menu } = await showMenu();
    const goal = test.state().nodes.find((node) => node.type === 'goal')!;
    act(() => {
      test.state().selectOnly(goal.id);
      test.state().focusOnSelection();
    });
    expect(test.state().mapFocus?.nodeId).toBe(goal.id);
    await user.click(trigger);
    await user.keyboard('{Escape}');
    expect(menu()).toBeNull();
    expect(test.state().mapFocus?.nodeId).toBe(goal.id);
    // With the menu closed, Escape is the canvas's again.
    await user.keyboard('{Escape}');
    expect(test.state().mapFocus).toBeNull();
  });

  it('closes when the keyboard leaves it', async () => {
    const { user, trigger, menu } = await showMenu();
    await user.click(trigger);
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    for (let step = 0; step < 10 && document.activeElement !== elsewhere; step++) await user.tab();
    expect(elsewhere).toHaveFocus();
    expect(menu()).toBeNull();
  });

  it('closes when something else is pressed, and stays open for a press inside it', async () => {
    const { test, user, trigger, menu } = await showMenu();
    await user.click(trigger);
    await user.click(screen.getByRole('spinbutton', { name: /Custom time/ }));
    expect(menu()).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(menu()).toBeNull();
    expect(test.state().timer).toBeNull();
  });
});
