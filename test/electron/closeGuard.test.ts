import { describe, expect, it, vi } from 'vitest';
import {
  CLOSE_READINESS_TIMEOUT_MS,
  choseCloseAnyway,
  closeQuestion,
  createCloseGuard,
  type CloseGuardDeps,
} from '../../electron/closeGuard';
import { translator } from '../../shared/i18n/translate';

const page = { senderFrame: { url: 'app://workbench/index.html' } };

function setup(confirm: boolean | (() => Promise<boolean>) = false) {
  const timers: { callback: () => void; ms: number; cleared: boolean }[] = [];
  const deps = {
    requestReadiness: vi.fn(),
    confirmClose: vi.fn(typeof confirm === 'function' ? confirm : async () => confirm),
    closeWindow: vi.fn(),
    keptOpen: vi.fn(),
    setTimeout: vi.fn((callback: () => void, ms: number) => {
      const timer = { callback, ms, cleared: false };
      timers.push(timer);
      return timer;
    }),
    clearTimeout: vi.fn(
      (timer: unknown) => void ((timer as (typeof timers)[number]).cleared = true),
    ),
  } satisfies CloseGuardDeps;
  const guard = createCloseGuard(deps);
  // Closing for real fires 'close' again, which the guard must let through.
  deps.closeWindow.mockImplementation(() => {
    const event = { preventDefault: vi.fn() };
    guard.onClose(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
  const close = () => {
    const event = { preventDefault: vi.fn() };
    guard.onClose(event);
    return event;
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { deps, guard, timers, close, settle };
}

describe('closing the desktop window', () => {
  it('holds the close, asks the page, and closes at once when everything is saved', async () => {
    const { deps, guard, timers, close, settle } = setup();
    expect(close().preventDefault).toHaveBeenCalled();
    expect(deps.requestReadiness).toHaveBeenCalledWith(1);
    expect(timers[0]!.ms).toBe(CLOSE_READINESS_TIMEOUT_MS);
    guard.onReadiness(page, { requestId: 1, unsaved: false });
    await settle();
    expect(deps.closeWindow).toHaveBeenCalledOnce();
    expect(deps.confirmClose).not.toHaveBeenCalled();
    expect(timers[0]!.cleared).toBe(true);
    expect(guard.isClosing()).toBe(true);
  });

  it('asks the user when edits are unsaved, and keeps the window unless they choose to close', async () => {
    const keep = setup(false);
    keep.close();
    keep.guard.onReadiness(page, { requestId: 1, unsaved: true });
    await keep.settle();
    expect(keep.deps.confirmClose).toHaveBeenCalledOnce();
    expect(keep.deps.closeWindow).not.toHaveBeenCalled();
    expect(keep.deps.keptOpen).toHaveBeenCalledOnce();
    // The next close starts over with a new request.
    expect(keep.close().preventDefault).toHaveBeenCalled();
    expect(keep.deps.requestReadiness).toHaveBeenLastCalledWith(2);

    const leave = setup(true);
    leave.close();
    leave.guard.onReadiness(page, { requestId: 1, unsaved: true });
    await leave.settle();
    expect(leave.deps.closeWindow).toHaveBeenCalledOnce();
  });

  it('asks the same question when the page does not answer in time', async () => {
    const { deps, guard, timers, close, settle } = setup(true);
    close();
    timers[0]!.callback();
    await settle();
    expect(deps.confirmClose).toHaveBeenCalledOnce();
    expect(deps.closeWindow).toHaveBeenCalledOnce();
    // An answer arriving after the question is no longer waited for.
    guard.onReadiness(page, { requestId: 1, unsaved: false });
    expect(deps.closeWindow).toHaveBeenCalledOnce();
  });

  it('starts one handshake however often close is pressed meanwhile', async () => {
    let answer!: (close: boolean) => void;
    const { deps, guard, close, settle } = setup(
      () => new Promise<boolean>((resolve) => (answer = resolve)),
    );
    close();
    expect(close().preventDefault).toHaveBeenCalled();
    expect(deps.requestReadiness).toHaveBeenCalledOnce();
    guard.onReadiness(page, { requestId: 1, unsaved: true });
    await settle();
    close();
    expect(deps.requestReadiness).toHaveBeenCalledOnce();
    expect(deps.confirmClose).toHaveBeenCalledOnce();
    answer(true);
    await settle();
    expect(deps.closeWindow).toHaveBeenCalledOnce();
  });

  it('ignores stale, malformed and foreign answers', async () => {
    const { deps, guard, close, settle } = setup();
    guard.onReadiness(page, { requestId: 0, unsaved: false });
    close();
    for (const reply of [
      { requestId: 7, unsaved: false },
      { requestId: 1, unsaved: 'no' },
      { requestId: 1 },
      null,
      'close',
    ])
      guard.onReadiness(page, reply);
    guard.onReadiness(
      { senderFrame: { url: 'https://example.com/' } },
      { requestId: 1, unsaved: false },
    );
    guard.onReadiness({ senderFrame: null }, { requestId: 1, unsaved: false });
    await settle();
    expect(deps.closeWindow).not.toHaveBeenCalled();
    expect(deps.confirmClose).not.toHaveBeenCalled();
    guard.onReadiness(page, { requestId: 1, unsaved: false });
    expect(deps.closeWindow).toHaveBeenCalledOnce();
  });

  it('keeps the window when the question cannot be shown', async () => {
    const { deps, guard, close, settle } = setup(async () => {
      throw new Error('no display');
    });
    close();
    guard.onReadiness(page, { requestId: 1, unsaved: true });
    await settle();
    expect(deps.closeWindow).not.toHaveBeenCalled();
    expect(guard.isClosing()).toBe(false);
  });

  it('asks in the interface language, with keeping the window as the default', () => {
    const en = closeQuestion(translator('en'));
    expect(en.message).toBe('Some changes are not saved yet');
    expect(en.buttons).toEqual(['Close anyway', 'Keep open']);
    expect(en.buttons[en.defaultId]).toBe('Keep open');
    expect(en.buttons[en.cancelId]).toBe('Keep open');
    expect(closeQuestion(translator('ko')).buttons).toEqual(['그래도 닫기', '열어 두기']);
    expect(choseCloseAnyway({ response: 0 })).toBe(true);
    expect(choseCloseAnyway({ response: 1 })).toBe(false);
  });
});
