import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../shared/model/graph';
import { JoinForm } from '../../renderer/live/JoinForm';
import type { JoinOutcome } from '../../renderer/live/liveSlice';
import { StoreContext } from '../../renderer/store/StoreContext';
import { makeTestStore } from './testStore';

// A name remembered from an earlier session would fill "Your name" in.
beforeEach(() => localStorage.clear());

async function renderJoinForm(language: Language, address: string | null, initialCode = '') {
  const test = await makeTestStore({ language, seed: false });
  const joinLiveSession = vi.fn(async (): Promise<JoinOutcome> => ({
    ok: true,
    strategyId: 'joined',
  }));
  test.store.setState({ joinLiveSession });
  render(
    <StoreContext.Provider value={test.store}>
      <JoinForm address={address} initialCode={initialCode} />
    </StoreContext.Provider>,
  );
  return { joinLiveSession, user: userEvent.setup() };
}

describe('the join form’s required fields', () => {
  it('says in English which fields are empty, focuses the first and sends nothing', async () => {
    const { joinLiveSession, user } = await renderJoinForm('en', null);
    const address = screen.getByRole('textbox', { name: 'Server address' });
    const code = screen.getByRole('textbox', { name: 'Join code' });
    const name = screen.getByRole('textbox', { name: 'Your name' });
    await user.click(screen.getByRole('button', { name: 'Join' }));

    for (const field of [address, code, name]) {
      expect(field).toBeInvalid();
      expect(field).toHaveAccessibleDescription('This field is required.');
    }
    expect(address).toHaveFocus();
    expect(joinLiveSession).not.toHaveBeenCalled();

    // Typing in a field takes its message away; the next try focuses the next empty one.
    await user.type(address, 'http://192.168.0.10:4300');
    expect(address).toBeValid();
    expect(address).not.toHaveAccessibleDescription();
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(code).toHaveFocus();
    expect(joinLiveSession).not.toHaveBeenCalled();

    await user.type(code, 'ABC123');
    await user.type(name, 'Ahn');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(screen.queryByText('This field is required.')).toBeNull();
    expect(joinLiveSession).toHaveBeenCalledWith({
      address: 'http://192.168.0.10:4300',
      code: 'ABC123',
      name: 'Ahn',
    });
  });

  it('says it in Korean, counting a name of spaces as empty', async () => {
    const { joinLiveSession, user } = await renderJoinForm('ko', 'http://127.0.0.1:4300', 'ABC123');
    const code = screen.getByRole('textbox', { name: '참여 코드' });
    const name = screen.getByRole('textbox', { name: '이름' });
    await user.type(name, '   ');
    await user.click(screen.getByRole('button', { name: '참여' }));

    expect(code).toBeValid();
    expect(name).toBeInvalid();
    expect(name).toHaveAccessibleDescription('필수 항목입니다.');
    expect(name).toHaveFocus();
    expect(screen.queryByText('This field is required.')).toBeNull();
    expect(joinLiveSession).not.toHaveBeenCalled();

    await user.type(name, '안지민');
    await user.click(screen.getByRole('button', { name: '참여' }));
    expect(joinLiveSession).toHaveBeenCalledWith({
      address: 'http://127.0.0.1:4300',
      code: 'ABC123',
      name: '안지민',
    });
  });

  it('reads a refused code and an empty name each with its own field', async () => {
    const { joinLiveSession, user } = await renderJoinForm('en', 'http://127.0.0.1:4300', 'WRONG1');
    joinLiveSession.mockResolvedValueOnce({ ok: false, reason: 'wrong-code' });
    const code = screen.getByRole('textbox', { name: 'Join code' });
    const name = screen.getByRole('textbox', { name: 'Your name' });
    await user.type(name, 'Ahn');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    const refusal = 'That join code is not right, or its session has ended.';
    expect(await screen.findByText(refusal)).toBeVisible();

    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(code).toBeInvalid();
    expect(code).toHaveAccessibleDescription(refusal);
    expect(name).toHaveAccessibleDescription('This field is required.');
    expect(name).toHaveFocus();
    expect(joinLiveSession).toHaveBeenCalledTimes(1);
  });
});
