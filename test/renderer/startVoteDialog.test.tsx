import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StartVoteDialog } from '../../renderer/components/workshop/StartVoteDialog';
import { parseDotsPerPerson } from '../../shared/workshop/vote';
import { makeTestStore, renderApp } from './testStore';

async function openDialog(language: 'en' | 'ko') {
  const test = await makeTestStore({ language });
  await test.state().openStrategy('sample');
  test.state().selectAllNodes();
  let closed = 0;
  renderApp(test.store, <StartVoteDialog onClose={() => (closed += 1)} />);
  return { test, closed: () => closed, user: userEvent.setup() };
}

describe('the question of a vote', () => {
  it('is suggested, and replaced by what the facilitator types in its place', async () => {
    const { test, user } = await openDialog('en');
    const question = screen.getByRole('textbox', { name: 'Question' });
    expect(question).toHaveFocus();
    await user.keyboard('Which first?{Enter}');
    expect(test.state().vote?.question).toBe('Which first?');
  });

  it('is refused beside the field with a control character pasted in, which no result could keep', async () => {
    const { test, closed, user } = await openDialog('en');
    const question = screen.getByRole('textbox', { name: 'Question' });
    await user.paste('Which \u202efirst?');
    await user.click(screen.getByRole('button', { name: 'Start vote' }));
    expect(test.state().vote).toBeNull();
    expect(closed()).toBe(0);
    expect(question).toHaveFocus();
    expect(question).toHaveAttribute('aria-invalid', 'true');
    expect(question).toHaveAccessibleDescription(/control characters/i);
  });
});

describe('starting a vote with a number of dots no vote can have', () => {
  it('says so beside the field and starts nothing, then starts with the number corrected', async () => {
    const { test, closed, user } = await openDialog('en');
    const dots = screen.getByRole('spinbutton', { name: 'Dots per person' });
    await user.clear(dots);
    await user.type(dots, '0');
    await user.click(screen.getByRole('button', { name: 'Start vote' }));
    expect(test.state().vote).toBeNull();
    expect(closed()).toBe(0);
    expect(dots).toHaveFocus();
    expect(dots).toHaveAttribute('aria-invalid', 'true');
    expect(dots).toHaveAccessibleDescription('Enter a whole number from 1 to 20.');

    await user.clear(dots);
    await user.type(dots, '5');
    expect(dots).toHaveAttribute('aria-invalid', 'false');
    await user.click(screen.getByRole('button', { name: 'Start vote' }));
    expect(test.state().vote?.dotsPerPerson).toBe(5);
    expect(closed()).toBe(1);
  });

  it('says it in Korean, for too many dots as well', async () => {
    const { test, user } = await openDialog('ko');
    const dots = screen.getByRole('spinbutton', { name: '1인당 스티커 수' });
    await user.clear(dots);
    await user.type(dots, '50{Enter}');
    expect(test.state().vote).toBeNull();
    expect(dots).toHaveAccessibleDescription('1에서 20 사이의 정수를 입력하세요.');
  });

  it('takes whole numbers from 1 to 20 only', () => {
    expect(['1', ' 20 ', '7'].map(parseDotsPerPerson)).toEqual([1, 20, 7]);
    expect(['0', '21', '2.5', '-3', '', 'three'].map(parseDotsPerPerson)).toEqual(
      Array(6).fill(null),
    );
  });
});
