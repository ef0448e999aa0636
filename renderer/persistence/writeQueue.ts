import { mergeChanges, type GraphChange } from '../../shared/model/change';
import type { StrategyMeta } from '../../shared/model/graph';

/** `failed`: something is not in the database yet and a retry is scheduled. */
export type SaveState = 'saved' | 'saving' | 'failed';

/** What one strategy still needs written: its graph records and, when it changed, its record. */
export interface PendingWrite {
  change: GraphChange;
  meta?: StrategyMeta;
}

export type WriteBatch = ReadonlyMap<string, PendingWrite>;

export interface WriteQueueOptions {
  write: (batch: WriteBatch) => Promise<void>;
  onState: (state: SaveState, error?: unknown) => void;
  /**
   * The strategies whose changes can never be written (a newer copy exists elsewhere), or null
   * when the error is no such refusal. Their changes are dropped and reported; the rest of the
   * batch is written without them. An empty list refuses the whole batch.
   */
  refusedIn?: (error: unknown) => string[] | null;
  onRefused?: (strategyIds: string[], error: unknown) => void;
  /**
   * What a write waits for before it starts; by default nothing. The app waits for the frame that
   * shows the change: the write then runs beside no rendering, and delays no frame.
   */
  beforeWrite?: () => Promise<void>;
  /** Waits before retry `attempt` (1, 2, …); the default backs off from 1 s to 30 s. */
  retryDelay?: (attempt: number) => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface WriteQueue {
  enqueue(strategyId: string, change: GraphChange, meta?: StrategyMeta): void;
  /** Resolves once no write is running; failed changes may still be waiting for a retry. */
  whenIdle(): Promise<void>;
  /** Tries a waiting write at once and resolves when that attempt is over; true when all is saved. */
  flush(): Promise<boolean>;
  /** Whether anything (of one strategy, when given) is not in the database yet. */
  hasUnsaved(strategyId?: string): boolean;
  /** What is not yet written for a strategy, so a reopened strategy shows it. */
  pendingFor(strategyId: string): PendingWrite | undefined;
  /** Drops what waits for a strategy deleted here: written later, it would be refused. */
  discard(strategyId: string): void;
}

export const backOff = (attempt: number): number => Math.min(30_000, 1000 * 2 ** (attempt - 1));

function mergePending(first: PendingWrite | undefined, second: PendingWrite): PendingWrite {
  if (!first) return second;
  return { change: mergeChanges(first.change, second.change), meta: second.meta ?? first.meta };
}

/**
 * Writes changes as soon as the database is free. Changes that arrive while a write runs are
 * merged and written together next. A batch that fails stays queued, merged with what comes
 * after it, and is retried with growing pauses until it is written: nothing is dropped and
 * the state stays `failed` until everything is in the database.
 */
export function createWriteQueue({
  write,
  onState,
  refusedIn = () => null,
  onRefused = () => {},
  beforeWrite = () => Promise.resolve(),
  retryDelay = backOff,
  setTimer = (run, ms) => setTimeout(run, ms),
  clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
}: WriteQueueOptions): WriteQueue {
  let pending = new Map<string, PendingWrite>();
  let running: Promise<void> | null = null;
  let writing: WriteBatch | null = null;
  let failures = 0;
  let retryTimer: unknown = null;

  function putBack(batch: WriteBatch): void {
    const merged = new Map<string, PendingWrite>();
    for (const [id, write] of batch) merged.set(id, write);
    for (const [id, write] of pending) merged.set(id, mergePending(merged.get(id), write));
    pending = merged;
  }

  async function drain(): Promise<void> {
    while (pending.size > 0) {
      const batch = pending;
      pending = new Map();
      writing = batch;
      try {
        await write(batch);
        failures = 0;
        writing = null;
      } catch (error) {
        const refused = refusedIn(error)?.filter((id) => batch.has(id));
        if (refused) {
          const dropped = refused.length > 0 ? refused : [...batch.keys()];
          // One strategy changed elsewhere must not cost the others their edits.
          putBack(new Map([...batch].filter(([id]) => !dropped.includes(id))));
          writing = null;
          onRefused(dropped, error);
          continue;
        }
        putBack(batch);
        writing = null;
        failures++;
        onState('failed', error);
        scheduleRetry();
        return;
      }
    }
    onState('saved');
  }

  function scheduleRetry(): void {
    if (retryTimer !== null) clearTimer(retryTimer);
    retryTimer = setTimer(() => {
      retryTimer = null;
      if (!running && pending.size > 0) start();
    }, retryDelay(failures));
  }

  function start(): void {
    if (failures === 0) onState('saving');
    running = beforeWrite()
      .then(drain)
      .finally(() => {
        running = null;
        // A change may arrive after the last loop check but before this runs; after a
        // failure the retry timer decides when to go on.
        if (pending.size > 0 && failures === 0) start();
      });
  }

  return {
    enqueue(strategyId, change, meta) {
      pending.set(strategyId, mergePending(pending.get(strategyId), { change, meta }));
      if (!running && failures === 0) start();
    },
    async whenIdle() {
      while (running) await running;
    },
    async flush() {
      while (running) await running;
      if (pending.size > 0) {
        if (retryTimer !== null) clearTimer(retryTimer);
        retryTimer = null;
        start();
        while (running) await running;
      }
      return pending.size === 0;
    },
    hasUnsaved(strategyId) {
      if (strategyId === undefined) return pending.size > 0 || running !== null;
      return pending.has(strategyId) || writing?.has(strategyId) === true;
    },
    pendingFor(strategyId) {
      return pending.get(strategyId);
    },
    discard(strategyId) {
      pending.delete(strategyId);
      // With nothing left to retry, nothing is unsaved: the failure is over.
      if (pending.size === 0 && !running && failures > 0) {
        if (retryTimer !== null) clearTimer(retryTimer);
        retryTimer = null;
        failures = 0;
        onState('saved');
      }
    },
  };
}
