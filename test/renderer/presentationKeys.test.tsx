import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { Presentation } from '../../renderer/components/workshop/Presentation';
import { StoreContext } from '../../renderer/store/StoreContext';
import { makeTestStore } from './testStore';

/** The sample's presentation on its second slide, so that stepping either way shows. */
async function present() {
  const test = await makeTestStore();
  await test.state().openStrategy('sample');
  render(
    <StoreContext.Provider value={test.store}>
      <ReactFlowProvider>
        <Presentation />
      </ReactFlowProvider>
    </StoreContext.Provider>,
  );
  act(() => test.state().startPresentation(1));
  expect(test.state().presentation?.slide).toBe(1);
  return { test, user: userEvent.setup() };
}

describe('keys while presenting', () => {
  it('presses a focused button with Space instead of stepping to the next slide', async () => {
    const { test, user } = await present();
    screen.getByRole('button', { name: 'Previous slide' }).focus();
    await user.keyboard(' ');
    expect(test.state().presentation?.slide).toBe(0);

    screen.getByRole('button', { name: 'End presentation' }).focus();
    await user.keyboard(' ');
    expect(test.state().presentation).toBeNull();
  });

  it('presses a focused button with Enter, and still steps with the arrows on one', async () => {
    const { test, user } = await present();
    screen.getByRole('button', { name: 'Previous slide' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(test.state().presentation?.slide).toBe(2);
    await user.keyboard('{Enter}');
    expect(test.state().presentation?.slide).toBe(1);
  });

  it('steps to the next slide with Space when no control has the focus', async () => {
    const { test, user } = await present();
    await user.keyboard(' ');
    expect(test.state().presentation?.slide).toBe(2);
  });
});
