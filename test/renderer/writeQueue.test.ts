import { describe, expect, it, vi } from 'vitest';
import { EMPTY_CHANGE, type GraphChange } from '../../shared/model/change';
import { createNode } from '../../shared/model/nodes';
import { createWriteQueue } from '../../renderer/persistence/writeQueue';

const move = (x: number): GraphChange => ({
  ...EMPTY_CHANGE,
  putNodes: [createNode('goal', 'g1', { x, y: 0 })],
});

describe('write queue', () => {
  it('merges what arrives while a write runs into the next single write', async () => {
    const writes: ReadonlyMap<string, GraphChange>[] = [];
    let release!: () => void;
    const write = vi.fn(async (batch: ReadonlyMap<string, GraphChange>) => {
      writes.push(batch);
      if (writes.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const queue = createWriteQueue(write, () => {});
    queue.enqueue('s', move(1));
    await Promise.resolve();
    await Promise.resolve();
    for (let x = 2; x <= 60; x++) queue.enqueue('s', move(x));
    release();
    await queue.whenIdle();
    expect(write).toHaveBeenCalledTimes(2);
    expect(writes[1]!.get('s')!.putNodes).toEqual([createNode('goal', 'g1', { x: 60, y: 0 })]);
  });

  it('reports saving, saved and failures', async () => {
    const states: string[] = [];
    const queue = createWriteQueue(
      vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined),
      (state) => states.push(state),
    );
    queue.enqueue('s', move(1));
    await queue.whenIdle();
    queue.enqueue('s', move(2));
    await queue.whenIdle();
    expect(states).toEqual(['saving', 'failed', 'saving', 'saved']);
  });
});
