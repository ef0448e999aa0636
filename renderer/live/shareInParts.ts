import type { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { DocReader } from '../../shared/live/readDoc';
import { seedDoc } from '../../shared/live/writeDoc';
import type { Strategy } from '../../shared/model/graph';
import { serverHasAll } from './serverHasAll';

/**
 * How much of a message each part of a share in parts takes, as seedDoc counts it: Yjs
 * encodes at most about 2.3 times that, so a part fits one message with room to spare.
 */
const PART_OF_MESSAGE = 1 / 4;

/** The most of a strategy one part holds, as seedDoc counts it. */
export function partBytesFor(maxMessageBytes: number): number {
  return maxMessageBytes * PART_OF_MESSAGE;
}

export interface PartsShareOptions {
  sync: HocuspocusProvider;
  /** Aborted when the session stops here, ending any wait for the server. */
  signal: AbortSignal;
  doc: Y.Doc;
  reader: DocReader;
  /** The host's strategy as the store holds it now. */
  snapshot(): Strategy;
  /** The origin the parts are written with. */
  origin: unknown;
  partBytes: number;
  /** Starts passing others' changes on to the store. */
  observe(): void;
  /** Passes on at once what others changed and is not passed on yet. */
  deliverNow(): void;
  /** How much of the strategy the document holds, after each part: 1 after the last. */
  onProgress(share: number): void;
}

/** Writes the next part: how much of the strategy the document then holds, and whether it changed. */
function writePart(share: PartsShareOptions): { held: number; wrote: boolean } {
  let wrote = false;
  const noteWrite = (_update: Uint8Array, origin: unknown) => {
    if (origin === share.origin) wrote = true;
  };
  share.doc.on('update', noteWrite);
  try {
    const held = seedDoc(share.doc, share.snapshot(), share.origin, share.partBytes);
    return { held, wrote };
  } finally {
    share.doc.off('update', noteWrite);
  }
}

/** What the progress shows before the server has the last part: short of all of it. */
const ALMOST_ALL = 0.99;

/**
 * Writes the host's copy over what the server held, in parts, each once the server has taken
 * the one before: a reconnection meanwhile sends at most that one again. What the server held
 * is read but not passed on, since the host's copy replaces it; others' changes meanwhile are
 * passed on before each part, which then keeps them. The host's own edits meanwhile reach
 * only the store (the session is not ready), and the next part takes them from there: the
 * share ends once the server has all, and a last look finds nothing more to write.
 */
export async function shareInParts(share: PartsShareOptions): Promise<void> {
  const { sync, signal, reader } = share;
  share.onProgress(0);
  if (!(await serverHasAll(sync, signal))) return;
  reader.readAll();
  share.observe();
  let shown = 0;
  for (;;) {
    share.deliverNow();
    const { held, wrote } = writePart(share);
    if (!wrote) return share.onProgress(1);
    if (!(await serverHasAll(sync, signal))) return;
    // Cards added or moved meanwhile can set what is held back: what is shown only grows.
    shown = Math.max(shown, Math.min(held, ALMOST_ALL));
    share.onProgress(shown);
  }
}
