import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TimerMenu } from '../../renderer/components/workshop/TimerMenu';
import { StoreContext } from '../../renderer/store/StoreContext';
import { makeTestStore } from './testStore';

async function showMenu() {
  const test = await makeTestStore();
  await test.state().openStrategy('sample');
  render(
    <StoreContext.Provider value={test.store}>
      <TimerMenu />
      <button>Elsewhere</button>
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
    await user.click(screen.getByRole('spinbutton', { name: /Custom time/ }));
    await user.keyboard('{Escape}');
    expect(menu()).toBeNull();
    expect(trigger).toHaveFocus();
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
