import type { GraphChange } from '../../shared/model/change';
import type { StrategyMeta } from '../../shared/model/graph';
import type { WriteQueue } from '../persistence/writeQueue';
import { noteUnsharedEdit } from './liveRecords';

/** The shared document of the open strategy, as the store's edits reach it. */
export interface LiveLink {
  readonly strategyId: string;
  /** One user action: one transaction, one undo step unless it continues the last gesture. */
  push(change: GraphChange, meta: StrategyMeta | undefined, coalesceKey: string | undefined): void;
  undo(): void;
  redo(): void;
}

/**
 * Where the store's saves branch off to the shared document. Every edit of the open strategy
 * is written through the write queue, so wrapping it catches them all (graph, title, filters,
 * views, pipeline settings) without each action knowing about sharing.
 */
export interface LiveOutlet {
  link: LiveLink | null;
  /** Set by an action just before it saves, so typing in one field undoes as one step. */
  gesture: string | undefined;
  forwarding(writes: WriteQueue): WriteQueue;
}

export function createLiveOutlet(): LiveOutlet {
  const outlet: LiveOutlet = {
    link: null,
    gesture: undefined,
    forwarding(writes) {
      return {
        ...writes,
        enqueue(strategyId, change, meta) {
          writes.enqueue(strategyId, change, meta);
          const gesture = outlet.gesture;
          outlet.gesture = undefined;
          if (outlet.link?.strategyId === strategyId) outlet.link.push(change, meta, gesture);
          // A shared strategy edited with its session not running (yet): kept for the next one.
          else noteUnsharedEdit(strategyId);
        },
      };
    },
  };
  return outlet;
}
