/** What the server reads of a client's messages before Hocuspocus handles them. */

/** Hocuspocus' message type of a stateless message broadcast by a client to everyone. */
export const BROADCAST_STATELESS = 6;
/** Hocuspocus' message type of Yjs sync messages (which carry document updates). */
const SYNC_MESSAGE = 0;

/** Reads a lib0 variable-length unsigned integer; null past the end or when too long. */
function readVarUint(data: Uint8Array, offset: number): [number, number] | null {
  let value = 0;
  for (let shift = 0, i = offset; i < data.length && shift < 35; shift += 7, i++) {
    const byte = data[i]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, i + 1];
  }
  return null;
}

/** The bytes of the document name a Hocuspocus message starts with; null when it has none. */
export function documentNameBytesOf(data: Uint8Array): Uint8Array | null {
  const length = readVarUint(data, 0);
  if (!length || length[1] + length[0] > data.length) return null;
  return data.subarray(length[1], length[1] + length[0]);
}

/** The type of a Hocuspocus message and where what follows it starts. */
function readType(data: Uint8Array): [number, number] | null {
  const length = readVarUint(data, 0);
  return length ? readVarUint(data, length[1] + length[0]) : null;
}

/** The type of a Hocuspocus message: after the document name (length-prefixed) comes the type. */
export function messageTypeOf(data: Uint8Array): number | null {
  return readType(data)?.[0] ?? null;
}

/** Hocuspocus' sync reply, which carries Yjs sync messages as a sync message does. */
const SYNC_REPLY_MESSAGE = 4;
/** Yjs sync messages that write to the document: step 2 and update (step 1 only asks). */
const YJS_SYNC_STEP_2 = 1;
const YJS_UPDATE = 2;

/** Whether a message would write to the document if the server handled it. */
export function writesDocument(data: Uint8Array): boolean {
  const type = readType(data);
  if (!type || (type[0] !== SYNC_MESSAGE && type[0] !== SYNC_REPLY_MESSAGE)) return false;
  const syncType = readVarUint(data, type[1]);
  return syncType?.[0] === YJS_SYNC_STEP_2 || syncType?.[0] === YJS_UPDATE;
}

/** The close code of a connection that sent more messages than its budget. */
export const TOO_MANY_MESSAGES = 4008;

/** A token bucket per connection: `perSecond` on average, three seconds' worth at once. */
export function createMessageBudget(perSecond: number) {
  const buckets = new WeakMap<object, { tokens: number; at: number }>();
  const capacity = perSecond * 3;
  return {
    spend(connection: object): boolean {
      if (perSecond <= 0) return true;
      const now = performance.now();
      const bucket = buckets.get(connection) ?? { tokens: capacity, at: now };
      bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
      bucket.at = now;
      buckets.set(connection, bucket);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
  };
}
