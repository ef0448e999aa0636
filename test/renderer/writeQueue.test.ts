import { describe, expect, it, vi } from 'vitest';
import { EMPTY_CHANGE, type GraphChange } from '../../shared/model/change';
import { createNode } from '../../shared/model/nodes';
import {
  createWriteQueue,
  type SaveState,
  type WriteBatch,
} from '../../renderer/persistence/writeQueue';

const move = (id: string, x: number): GraphChange => ({
  ...EMPTY_CHANGE,
  putNodes: [createNode('goal', id, { x, y: 0 })],
});

/** Timers the test runs by hand, so retries happen exactly when the test says. */
function manualTimers() {
  const waiting: { run: () => void; ms: number }[] = [];
  return {
    setTimer: (run: () => void, ms: number) => {
      const timer = { run, ms };
      waiting.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => {
      const index = waiting.indexOf(timer as (typeof waiting)[number]);
      if (index >= 0) waiting.splice(index, 1);
    },
    delays: () => waiting.map((t) => t.ms),
    fire: () => waiting.splice(0).forEach((t) => t.run()),
  };
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('write queue', () => {
  it('merges what arrives while a write runs into the next single write', async () => {
    const writes: WriteBatch[] = [];
    let release!: () => void;
    const write = vi.fn(async (batch: WriteBatch) => {
      writes.push(batch);
      if (writes.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const queue = createWriteQueue({ write, onState: () => {} });
    queue.enqueue('s', move('g1', 1));
    await settle();
    for (let x = 2; x <= 60; x++) queue.enqueue('s', move('g1', x));
    release();
    await queue.whenIdle();
    expect(write).toHaveBeenCalledTimes(2);
    expect(writes[1]!.get('s')!.change.putNodes).toEqual([
      createNode('goal', 'g1', { x: 60, y: 0 }),
    ]);
  });

  it('starts a write only once it may, with every change made meanwhile in it', async () => {
    const writes: WriteBatch[] = [];
    let mayWrite!: () => void;
    const queue = createWriteQueue({
      write: async (batch) => void writes.push(batch),
      onState: () => {},
      beforeWrite: () => new Promise<void>((resolve) => (mayWrite = resolve)),
    });
    queue.enqueue('s', move('g1', 1));
    queue.enqueue('s', move('g1', 2));
    queue.enqueue('s', move('g2', 3));
    await settle();
    expect(writes).toEqual([]);
    expect(queue.hasUnsaved()).toBe(true);
    let idle = false;
    void queue.whenIdle().then(() => (idle = true));
    await settle();
    expect(idle).toBe(false);

    mayWrite();
    await queue.whenIdle();
    expect(writes).toHaveLength(1);
    expect(writes[0]!.get('s')!.change.putNodes).toEqual([
      createNode('goal', 'g1', { x: 2, y: 0 }),
      createNode('goal', 'g2', { x: 3, y: 0 }),
    ]);
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('keeps a failed batch, merges later edits into it and retries until it is written', async () => {
    const stored = new Map<string, number>();
    let failing = true;
    const write = vi.fn(async (batch: WriteBatch) => {
      if (failing) throw new DOMException('quota', 'QuotaExceededError');
      for (const node of batch.get('s')!.change.putNodes) stored.set(node.id, node.position.x);
    });
    const states: SaveState[] = [];
    const timers = manualTimers();
    const queue = createWriteQueue({ write, onState: (state) => states.push(state), ...timers });

    queue.enqueue('s', move('g1', 1));
    await queue.whenIdle();
    queue.enqueue('s', move('g2', 2));
    queue.enqueue('s', move('g1', 3));
    await settle();
    expect(queue.hasUnsaved()).toBe(true);
    expect(
      queue
        .pendingFor('s')!
        .change.putNodes.map((n) => n.id)
        .sort(),
    ).toEqual(['g1', 'g2']);

    timers.fire();
    await queue.whenIdle();
    expect(timers.delays()).toEqual([2000]);
    expect(states).not.toContain('saved');

    failing = false;
    timers.fire();
    await queue.whenIdle();
    expect(stored).toEqual(
      new Map([
        ['g1', 3],
        ['g2', 2],
      ]),
    );
    expect(queue.hasUnsaved()).toBe(false);
    expect(states.at(-1)).toBe('saved');
    // Never "saved" while something was still waiting, never "saving" over a failure.
    expect(states).toEqual(['saving', 'failed', 'failed', 'saved']);
  });

  it('retries at once when asked, and says whether everything is saved', async () => {
    const write = vi.fn().mockRejectedValueOnce(new Error('aborted')).mockResolvedValue(undefined);
    const timers = manualTimers();
    const queue = createWriteQueue({ write, onState: () => {}, ...timers });
    queue.enqueue('s', move('g1', 1));
    await queue.whenIdle();
    expect(timers.delays()).toEqual([1000]);
    expect(await queue.flush()).toBe(true);
    expect(write).toHaveBeenCalledTimes(2);
    expect(timers.delays()).toEqual([]);
  });

  it('drops and reports a batch the database refuses for good', async () => {
    class Refusal extends Error {}
    const onRefused = vi.fn();
    const queue = createWriteQueue({
      write: async () => {
        throw new Refusal('stale');
      },
      onState: () => {},
      refusedIn: (error) => (error instanceof Refusal ? [] : null),
      onRefused,
    });
    queue.enqueue('s', move('g1', 1));
    await queue.whenIdle();
    expect(onRefused).toHaveBeenCalledWith(['s'], expect.any(Refusal));
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('drops only the strategy refused, and writes the others’ edits', async () => {
    class Refusal extends Error {
      constructor(readonly strategyId: string) {
        super('stale');
      }
    }
    const onRefused = vi.fn();
    const written: string[][] = [];
    let first = true;
    const queue = createWriteQueue({
      write: async (batch) => {
        if (first) {
          first = false;
          throw new Refusal('stale-one');
        }
        written.push([...batch.keys()]);
      },
      onState: () => {},
      refusedIn: (error) => (error instanceof Refusal ? [error.strategyId] : null),
      onRefused,
    });
    // Both strategies' edits go in one batch, as when one was closed with its save failing.
    queue.enqueue('stale-one', move('g1', 1));
    queue.enqueue('fresh', move('g2', 2));
    await queue.whenIdle();
    expect(onRefused).toHaveBeenCalledWith(['stale-one'], expect.any(Refusal));
    expect(written).toEqual([['fresh']]);
    expect(queue.hasUnsaved()).toBe(false);
  });
});
