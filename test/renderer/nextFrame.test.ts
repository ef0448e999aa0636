import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, FRAME_FALLBACK_MS } from '../../renderer/nextFrame';

describe('afterNextPaint', () => {
  const frames: (() => void)[] = [];
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
  });
  afterEach(() => {
    frames.length = 0;
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  const watched = () => {
    const state = { done: false };
    void afterNextPaint().then(() => (state.done = true));
    return state;
  };

  it('waits for the next frame to be drawn', async () => {
    const wait = watched();
    await vi.advanceTimersByTimeAsync(0);
    expect(wait.done).toBe(false);
    frames.shift()!();
    // The frame's own work runs before the task queued from its callback.
    await Promise.resolve();
    expect(wait.done).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(wait.done).toBe(true);
  });

  it('does not wait for ever in a window that draws no frames', async () => {
    const wait = watched();
    await vi.advanceTimersByTimeAsync(FRAME_FALLBACK_MS - 1);
    expect(wait.done).toBe(false);
    // The fallback stands in for the frame; the task queued after it follows a tick later.
    await vi.advanceTimersByTimeAsync(2);
    expect(wait.done).toBe(true);
  });
});
