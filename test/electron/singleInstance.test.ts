import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance, type ForegroundWindow } from '../../electron/singleInstance';

function fakeApp(locked: boolean, ready = true) {
  const listeners: (() => void)[] = [];
  return {
    requestSingleInstanceLock: vi.fn(() => locked),
    quit: vi.fn(),
    isReady: vi.fn(() => ready),
    on: vi.fn((_event: 'second-instance', listener: () => void) => void listeners.push(listener)),
    startAgain: () => listeners.forEach((listener) => listener()),
  };
}

function fakeWindow(minimized: boolean) {
  const calls: string[] = [];
  const window: ForegroundWindow = {
    isMinimized: () => minimized,
    restore: () => void calls.push('restore'),
    show: () => void calls.push('show'),
    focus: () => void calls.push('focus'),
  };
  return { window, calls };
}

describe('single instance', () => {
  it('quits a second instance before it does anything', () => {
    const app = fakeApp(false);
    const create = vi.fn();
    expect(claimSingleInstance(app, { current: () => null, create })).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.on).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });

  it('brings the running window forward, restoring it when minimized', () => {
    const app = fakeApp(true);
    const { window, calls } = fakeWindow(true);
    expect(claimSingleInstance(app, { current: () => window, create: vi.fn() })).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.startAgain();
    expect(calls).toEqual(['restore', 'show', 'focus']);

    const other = fakeApp(true);
    const shown = fakeWindow(false);
    claimSingleInstance(other, { current: () => shown.window, create: vi.fn() });
    other.startAgain();
    expect(shown.calls).toEqual(['show', 'focus']);
  });

  it('opens a window when the app runs without one', () => {
    const app = fakeApp(true);
    const create = vi.fn();
    claimSingleInstance(app, { current: () => null, create });
    app.startAgain();
    expect(create).toHaveBeenCalledOnce();

    const starting = fakeApp(true, false);
    const notYet = vi.fn();
    claimSingleInstance(starting, { current: () => null, create: notYet });
    starting.startAgain();
    expect(notYet).not.toHaveBeenCalled();
  });
});
