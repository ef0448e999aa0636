import type * as Y from 'yjs';
import { noteTransactions, type DocReader, type DocReading } from '../../shared/live/readDoc';
import { atNextFrame } from '../nextFrame';

/**
 * A schedule that runs the first call after a quiet frame at once (after the current message is
 * handled), and later calls in the same frame at the next one: a lone edit is drawn in the
 * frame it arrives in, and a burst of messages from a copy catching up is drawn once a frame.
 */
export function onceAFrame(nextFrame: (run: () => void) => void = atNextFrame) {
  let ranThisFrame = false;
  return (run: () => void): void => {
    if (ranThisFrame) {
      nextFrame(run);
      return;
    }
    ranThisFrame = true;
    nextFrame(() => {
      ranThisFrame = false;
    });
    queueMicrotask(run);
  };
}

export interface DocObserver {
  /** Passes on, now, what others changed and was not passed on yet. */
  deliverNow(): void;
  stop(): void;
}

/**
 * Follows the document's transactions, as observeDoc does, but reads what others changed once
 * a frame rather than once a message: a peer dragging sends a transaction a frame, and a copy
 * that fell behind would otherwise redraw the canvas for each one it catches up on.
 *
 * Own transactions are already in the store and pass nothing on, except others' changes still
 * waiting: those are read with it, from the document as it is after the own edit, so that an
 * older value of theirs never overwrites the store's newer one.
 */
export function observeEachFrame(
  doc: Y.Doc,
  reader: DocReader,
  options: {
    isOwn(origin: unknown): boolean;
    onReading(reading: DocReading): void;
    schedule?: (run: () => void) => void;
  },
): DocObserver {
  const schedule = options.schedule ?? onceAFrame();
  /** Others' changes are noted in the reader and not yet passed on. */
  let waiting = false;
  let scheduled = false;
  let stopped = false;

  const deliverNow = () => {
    if (!waiting || stopped) return;
    waiting = false;
    options.onReading(reader.flush());
  };
  const afterTransaction = (origin: unknown) => {
    if (options.isOwn(origin)) {
      const reading = reader.flush();
      if (waiting && !stopped) {
        waiting = false;
        options.onReading(reading);
      }
      return;
    }
    waiting = true;
    if (scheduled) return;
    scheduled = true;
    schedule(() => {
      scheduled = false;
      deliverNow();
    });
  };
  const stopNoting = noteTransactions(doc, reader, afterTransaction);
  return {
    deliverNow,
    stop() {
      stopped = true;
      stopNoting();
    },
  };
}
