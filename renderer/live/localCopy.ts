import type { HocuspocusProvider } from '@hocuspocus/provider';
import { IndexeddbPersistence, clearDocument } from 'y-indexeddb';
import * as Y from 'yjs';
import { afterNextPaint } from '../nextFrame';

/** The local copy of a shared strategy lives in its own IndexedDB database. */
export function localDocName(strategyId: string): string {
  return `cdw-live:${strategyId}`;
}

/**
 * This device's copy of a shared strategy's document, kept in IndexedDB so it outlives a
 * restart or a lost network. A share in parts opens it only once it is cleared (see `read`).
 */
export function createLocalCopy(doc: Y.Doc, strategyId: string, openAtOnce: boolean) {
  const openLocalCopy = () => new IndexeddbPersistence(localDocName(strategyId), doc);
  /** Opened at once, or for a share in parts once the copy there is cleared (see `read`). */
  let persistence: IndexeddbPersistence | null = openAtOnce ? openLocalCopy() : null;

  /**
   * y-indexeddb writes each update to the local copy as it happens, ahead of the provider
   * (it listened first): an edit would wait for IndexedDB before leaving, and a peer's before
   * being drawn. Its writes move after the provider's and after the frame that draws the edit,
   * in order, and are all written before the copy is closed.
   */
  const unstored: [Uint8Array, unknown][] = [];
  const storeUnstored = () => {
    for (const [update, origin] of unstored.splice(0)) persistence?._storeUpdate(update, origin);
  };
  const storeLater = (update: Uint8Array, origin: unknown) => {
    if (unstored.push([update, origin]) === 1) void afterNextPaint().then(storeUnstored);
  };
  const storeCopyAfterSending = () => {
    if (persistence) doc.off('update', persistence._storeUpdate);
    doc.on('update', storeLater);
  };
  /** Whether the local copy lacks what arrived while no update was listened to. */
  let copyBehind = false;
  const storeWholeCopy = () => {
    if (!copyBehind) return;
    copyBehind = false;
    persistence?._storeUpdate(Y.encodeStateAsUpdate(doc), null);
  };
  /**
   * A first join brings the whole document in one update, and Yjs encodes each update once
   * more for its 'update' listeners: a large part of joining, spent on a copy nobody needs.
   * The provider never sends back what it received, and the local copy is stored whole after
   * the strategy is drawn. So a fresh copy has no 'update' listener until it is synced or
   * changed here; a change here finds them back before its update is emitted. Returns the
   * call that puts them back.
   */
  const listenOnceNeeded = (sync: HocuspocusProvider) => {
    if (persistence) doc.off('update', persistence._storeUpdate);
    doc.off('update', sync.boundDocumentUpdateHandler);
    let listening = false;
    const listen = () => {
      if (listening) return;
      listening = true;
      doc.off('beforeTransaction', onTransaction);
      doc.on('update', sync.boundDocumentUpdateHandler);
      doc.on('update', storeLater);
      copyBehind = true;
      // After the frame that draws the strategy; a hidden page has no frames.
      if (typeof requestAnimationFrame === 'function')
        requestAnimationFrame(() => setTimeout(storeWholeCopy, 0));
      setTimeout(storeWholeCopy, 1000);
    };
    const onTransaction = (transaction: Y.Transaction) => {
      if (transaction.origin !== sync) listen();
    };
    doc.on('beforeTransaction', onTransaction);
    return listen;
  };

  return {
    /** Reads the copy into the document: false when `stopped` says the session stopped meanwhile. */
    async read(stopped: () => boolean): Promise<boolean> {
      if (!persistence) {
        // A share in parts starts from what the server holds: this device's copy of a strategy
        // shared before may hold what the server lacks, which the first sync would send at once.
        await clearDocument(localDocName(strategyId));
        if (stopped()) return false;
        persistence = openLocalCopy();
      }
      await persistence.whenSynced;
      return !stopped();
    },
    storeCopyAfterSending,
    listenOnceNeeded,
    /** Writes what is not written yet, then closes the copy, or deletes it when `forget`. */
    async close(forget: boolean) {
      doc.off('update', storeLater);
      storeWholeCopy();
      storeUnstored();
      if (forget) await persistence?.clearData();
      else await persistence?.destroy();
    },
  };
}
