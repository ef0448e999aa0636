import { mergeChanges, type GraphChange } from '../../shared/model/change';

export type SaveState = 'saved' | 'saving' | 'failed';

export interface WriteQueue {
  enqueue(strategyId: string, change: GraphChange): void;
  /** Resolves once everything enqueued so far is written (or has failed). */
  whenIdle(): Promise<void>;
}

/**
 * Writes changes as soon as the database is free. Changes that arrive while a write is under
 * way are merged and written together next, so a burst of actions never queues a burst of
 * transactions and at most the changes of the running transaction can be lost.
 */
export function createWriteQueue(
  write: (batch: ReadonlyMap<string, GraphChange>) => Promise<void>,
  onState: (state: SaveState, error?: unknown) => void,
): WriteQueue {
  let pending = new Map<string, GraphChange>();
  let running: Promise<void> | null = null;

  async function drain(): Promise<void> {
    while (pending.size > 0) {
      const batch = pending;
      pending = new Map();
      try {
        await write(batch);
      } catch (error) {
        onState('failed', error);
        return;
      }
    }
    onState('saved');
  }

  function start(): void {
    onState('saving');
    running = Promise.resolve()
      .then(drain)
      .finally(() => {
        running = null;
        // A change may arrive after the last loop check but before this runs.
        if (pending.size > 0) start();
      });
  }

  return {
    enqueue(strategyId, change) {
      const previous = pending.get(strategyId);
      pending.set(strategyId, previous ? mergeChanges(previous, change) : change);
      if (!running) start();
    },
    async whenIdle() {
      while (running) await running;
    },
  };
}
