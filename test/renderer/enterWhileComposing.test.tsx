import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StrategyDetailsDialog } from '../../renderer/components/editor/StrategyDetailsDialog';
import { StartVoteDialog } from '../../renderer/components/workshop/StartVoteDialog';
import { StoreContext } from '../../renderer/store/StoreContext';
import { makeTestStore } from './testStore';

/**
 * The Enter that ends a Korean syllable still being composed, as Chromium and Firefox send it
 * (marked as composing) and as WebKit does (by its key code alone), then the Enter the browser
 * sends once the syllable is in.
 */
function pressEnterEndingSyllable(field: HTMLElement) {
  fireEvent.keyDown(field, { key: 'Enter', keyCode: 229, isComposing: true });
  fireEvent.keyDown(field, { key: 'Enter', keyCode: 229 });
}
function pressEnter(field: HTMLElement) {
  fireEvent.keyDown(field, { key: 'Enter', keyCode: 13 });
}

describe('Enter typed in Korean, where the same key also ends the syllable being composed', () => {
  it('saves the strategy details once, with the whole word, and closes the dialog once', async () => {
    const test = await makeTestStore({ language: 'ko' });
    await test.state().openStrategy('sample');
    let closed = 0;
    render(
      <StoreContext.Provider value={test.store}>
        <StrategyDetailsDialog onClose={() => (closed += 1)} />
      </StoreContext.Provider>,
    );
    const dialog = screen.getByRole('dialog', { name: '전략 정보' });
    const department = within(dialog).getByRole('textbox', { name: '부서(국문)' });
    const user = userEvent.setup();
    await user.clear(department);
    await user.type(department, '글로벌도시정책관');

    pressEnterEndingSyllable(department);
    expect(closed).toBe(0);
    expect(test.state().past).toHaveLength(0);

    pressEnter(department);
    expect(closed).toBe(1);
    expect(test.state().openMeta?.details?.departmentKo).toBe('글로벌도시정책관');
    expect(test.state().past).toHaveLength(1);
  });

  it('starts one vote on the question as typed', async () => {
    const test = await makeTestStore({ language: 'ko' });
    await test.state().openStrategy('sample');
    test.state().selectOnly(test.state().nodes[0]!.id);
    let closed = 0;
    render(
      <StoreContext.Provider value={test.store}>
        <StartVoteDialog onClose={() => (closed += 1)} />
      </StoreContext.Provider>,
    );
    const question = screen.getByRole('textbox', { name: '질문' });
    const user = userEvent.setup();
    await user.clear(question);
    await user.type(question, '무엇부터 할까요');

    pressEnterEndingSyllable(question);
    expect(test.state().vote).toBeNull();
    expect(closed).toBe(0);

    pressEnter(question);
    expect(test.state().vote?.question).toBe('무엇부터 할까요');
    expect(closed).toBe(1);
  });
});
