import { describe, expect, it, vi } from 'vitest';
import { EMPTY_CHANGE, type GraphChange } from '../../shared/model/change';
import type { StrategyMeta } from '../../shared/model/graph';
import { createLiveOutlet } from '../../renderer/live/liveOutlet';
import type { WriteQueue } from '../../renderer/persistence/writeQueue';
import { node } from '../shared/fixtures';

/** A write queue that only records what reaches it, in order. */
function recordingQueue() {
  const written: { strategyId: string; change: GraphChange }[] = [];
  const queue: WriteQueue = {
    enqueue: (strategyId, change) => void written.push({ strategyId, change }),
    whenIdle: () => Promise.resolve(),
    flush: () => Promise.resolve(true),
    hasUnsaved: () => false,
    pendingFor: () => undefined,
    discard: () => {},
  };
  return { queue, written };
}

const meta = { id: 's1', title: 'Shared' } as StrategyMeta;
const putting = (title: string): GraphChange => ({
  ...EMPTY_CHANGE,
  putNodes: [node('goal', 'g1', title)],
});
const titles = (written: { change: GraphChange }[]) =>
  written.flatMap(({ change }) => change.putNodes.map((n) => (n.data as { title: string }).title));

describe('saving what came from the shared document', () => {
  it('merges others’ edits into one write a moment later', () => {
    vi.useFakeTimers();
    try {
      const outlet = createLiveOutlet(300);
      const { queue, written } = recordingQueue();
      outlet.forwarding(queue);
      outlet.saveFromDocument('s1', putting('one'), meta);
      outlet.saveFromDocument('s1', putting('two'), meta);
      expect(written).toHaveLength(0);
      vi.advanceTimersByTime(300);
      // Not yet: the write waits for the page to be idle, or as long again at most.
      expect(written).toHaveLength(0);
      vi.advanceTimersByTime(300);
      expect(titles(written)).toEqual(['two']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes others’ earlier edits before one’s own, and before saying all is saved', async () => {
    const outlet = createLiveOutlet(60_000);
    const { queue, written } = recordingQueue();
    const writes = outlet.forwarding(queue);
    outlet.saveFromDocument('s1', putting('theirs'), meta);
    expect(writes.hasUnsaved()).toBe(true);
    writes.enqueue('s1', putting('mine'), meta);
    expect(titles(written)).toEqual(['theirs', 'mine']);
    outlet.saveFromDocument('s1', putting('theirs again'), meta);
    await writes.whenIdle();
    expect(titles(written)).toEqual(['theirs', 'mine', 'theirs again']);
  });
});
