import { afterEach, describe, expect, it } from 'vitest';
import { createLockOwnership } from '../../renderer/persistence/strategyOwnership';

/**
 * Web Locks as two windows of one browser share them, as far as the app uses them: a lock is
 * granted when free (or not at all, `ifAvailable`), waited for until freed or the wait aborted,
 * or taken from its holder (`steal`), whose request then fails.
 */
function sharedLocks() {
  const held = new Map<string, { stolen(): void }>();
  const waiting = new Map<string, (() => void)[]>();
  const free = (name: string) => {
    held.delete(name);
    waiting.get(name)?.shift()?.();
  };
  const grant = (name: string, callback: LockGrantedCallback<unknown>) =>
    new Promise((resolve, reject) => {
      const entry = { stolen: () => reject(new DOMException('stolen', 'AbortError')) };
      held.set(name, entry);
      void Promise.resolve(callback({ name, mode: 'exclusive' } as Lock)).then((value) => {
        if (held.get(name) === entry) free(name);
        resolve(value);
      });
    });
  const locks = {
    async request(name: string, options: LockOptions, callback: LockGrantedCallback<unknown>) {
      if (options.steal) held.get(name)?.stolen();
      else if (held.has(name)) {
        if (options.ifAvailable) return callback(null);
        await new Promise<void>((resolve, reject) => {
          const queue = waiting.get(name) ?? [];
          waiting.set(name, [...queue, resolve]);
          options.signal?.addEventListener('abort', () => {
            waiting.set(
              name,
              (waiting.get(name) ?? []).filter((r) => r !== resolve),
            );
            reject(options.signal!.reason);
          });
        });
      }
      return grant(name, callback);
    },
    async query() {
      return { held: [...held.keys()].map((name) => ({ name })), pending: [] };
    },
  };
  return locks as unknown as LockManager;
}

const channels: BroadcastChannel[] = [];
function openWindow(locks: LockManager) {
  const channel = new BroadcastChannel('ownership-test');
  channels.push(channel);
  return createLockOwnership(locks, channel);
}
afterEach(() => channels.splice(0).forEach((channel) => channel.close()));

describe('one window editing a strategy at a time', () => {
  it('hands editing over when the window editing it has saved, and not while it cannot', async () => {
    const locks = sharedLocks();
    const first = openWindow(locks);
    const second = openWindow(locks);
    expect(await first.claim('s')).toBe('editing');
    expect(await second.claim('s')).toBe('readOnly');

    // The first window cannot save yet: it keeps the strategy, and says so at once.
    first.onHandover(async () => false);
    const asked = Date.now();
    expect(await second.takeOver('s')).toBe(false);
    expect(Date.now() - asked).toBeLessThan(2000);
    expect(await second.heldElsewhere('s')).toBe(true);

    // Saved, it lets go, and the second window edits.
    first.onHandover(async () => true);
    expect(await second.takeOver('s')).toBe(true);
    expect(await first.heldElsewhere('s')).toBe(true);
    expect(await first.claim('s')).toBe('readOnly');
  });
});
