import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StartVoteDialog } from '../../renderer/components/workshop/StartVoteDialog';
import { StoreContext } from '../../renderer/store/StoreContext';
import { pressEnter, pressEnterEndingSyllable } from './composingKeys';
import { makeTestStore } from './testStore';

describe('Enter typed in Korean, where the same key also ends the syllable being composed', () => {
  it('starts one vote on the question as typed', async () => {
    const test = await makeTestStore({ language: 'ko' });
    await test.state().openStrategy('sample');
    test.state().selectAllNodes();
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
