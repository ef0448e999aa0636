/** Short random ids; unique within a strategy is all a node or edge id needs to be. */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  const text = Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
  return `${prefix}-${text}`;
}
