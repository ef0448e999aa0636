/**
 * How large each shared document has grown, kept without encoding it on every message: its
 * exact size whenever it is read from storage or written there (the store encodes it anyway),
 * plus every write accepted since. A write counts as the message that carries it, which is at
 * least what it adds: an update the document cannot apply yet (it builds on one that has not
 * arrived) is held aside unseen by the document's own update events, yet takes memory all the
 * same.
 */
export function createDocumentSizes(maxBytes: number) {
  const sizes = new WeakMap<object, { bytes: number; unsettled: number }>();
  const sizeOf = (document: object) => {
    let size = sizes.get(document);
    if (!size) sizes.set(document, (size = { bytes: 0, unsettled: 0 }));
    return size;
  };
  return {
    /** The document's exact size, as just read or encoded. */
    measured(document: object, bytes: number): void {
      const size = sizeOf(document);
      // A write accepted this turn may not be applied yet, so not in what was encoded.
      size.bytes = bytes + size.unsettled;
    },
    /** An update the document took in other than through `admit` (another server's, say). */
    grew(document: object, bytes: number): void {
      sizeOf(document).bytes += bytes;
    },
    /** Counts a write the document would take; false, and nothing counted, past the cap. */
    admit(document: object, bytes: number): boolean {
      const size = sizeOf(document);
      if (size.bytes + bytes > maxBytes) return false;
      size.bytes += bytes;
      size.unsettled += bytes;
      // Hocuspocus applies an accepted message within the turn it was accepted in.
      setImmediate(() => (size.unsettled -= bytes));
      return true;
    },
  };
}
