import { mergeChanges, type GraphChange } from '../../shared/model/change';
import type { StrategyMeta } from '../../shared/model/graph';
import type { PendingWrite, WriteQueue } from '../persistence/writeQueue';
import { whenPageIdle } from '../whenPageIdle';
import { noteUnsharedEdit } from './liveRecords';

/** The shared document of the open strategy, as the store's edits reach it. */
export interface LiveLink {
  readonly strategyId: string;
  /**
   * One user action: one transaction, one undo step unless it continues the last gesture. A
   * change the app made on the user's behalf (`undoable` false) is no step of its own.
   */
  push(
    change: GraphChange,
    meta: StrategyMeta | undefined,
    coalesceKey: string | undefined,
    undoable?: boolean,
  ): void;
  undo(): void;
  redo(): void;
}

/**
 * How long others' edits wait before they are written to the library. The shared document's
 * own copy on this device is written at once; the library follows a moment later, so a drawn
 * edit never waits for the database, and a room typing and dragging at once writes one batch a
 * second on each device, not one per edit or per frame.
 */
export const DOCUMENT_SAVE_DELAY_MS = 1000;

/**
 * Where the store's saves branch off to the shared document. Every edit of the open strategy
 * is written through the write queue, so wrapping it catches them all (graph, title, filters,
 * views, pipeline settings) without each action knowing about sharing.
 */
export interface LiveOutlet {
  link: LiveLink | null;
  /** Set by an action just before it saves, so typing in one field undoes as one step. */
  gesture: string | undefined;
  /** Set while the app saves a change of its own making, which undo passes over. */
  byTheApp: boolean;
  /**
   * Saves what came from the shared document, past the link (the document has it already),
   * a moment later and merged with what follows it. Anything saved through the forwarding
   * queue writes the waiting changes first, so the library takes every change in order.
   */
  saveFromDocument(strategyId: string, change: GraphChange, meta: StrategyMeta): void;
  forwarding(writes: WriteQueue): WriteQueue;
}

export function createLiveOutlet(delayMs = DOCUMENT_SAVE_DELAY_MS): LiveOutlet {
  let queue: WriteQueue | null = null;
  let waiting = new Map<string, PendingWrite>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const saveWaiting = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!queue || waiting.size === 0) return;
    const batch = waiting;
    waiting = new Map();
    for (const [strategyId, { change, meta }] of batch) queue.enqueue(strategyId, change, meta);
  };

  const outlet: LiveOutlet = {
    link: null,
    gesture: undefined,
    byTheApp: false,
    saveFromDocument(strategyId, change, meta) {
      const before = waiting.get(strategyId);
      waiting.set(
        strategyId,
        before ? { change: mergeChanges(before.change, change), meta } : { change, meta },
      );
      // Then at the page's first idle moment: every device in a room gets the same edit at
      // once, and a write at a fixed delay would land on all of them together, on the next
      // edit's drawing.
      timer ??= setTimeout(() => whenPageIdle(saveWaiting, delayMs), delayMs);
    },
    forwarding(writes) {
      queue = writes;
      return {
        enqueue(strategyId, change, meta) {
          saveWaiting();
          writes.enqueue(strategyId, change, meta);
          const gesture = outlet.gesture;
          outlet.gesture = undefined;
          if (outlet.link?.strategyId === strategyId)
            outlet.link.push(change, meta, gesture, !outlet.byTheApp);
          // A shared strategy edited with its session not running (yet): kept for the next one.
          else noteUnsharedEdit(strategyId);
        },
        whenIdle() {
          saveWaiting();
          return writes.whenIdle();
        },
        flush() {
          saveWaiting();
          return writes.flush();
        },
        hasUnsaved: (strategyId) =>
          (strategyId === undefined ? waiting.size > 0 : waiting.has(strategyId)) ||
          writes.hasUnsaved(strategyId),
        pendingFor(strategyId) {
          saveWaiting();
          return writes.pendingFor(strategyId);
        },
        discard(strategyId) {
          waiting.delete(strategyId);
          writes.discard(strategyId);
        },
      };
    },
  };
  return outlet;
}
