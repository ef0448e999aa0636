/** The first line of what went wrong, as the database or browser put it. */
export function describeError(error: unknown): string {
  // Some errors (Dexie's wrapping the browser's) begin their message with their name already.
  const text =
    error instanceof Error
      ? error.message.startsWith(error.name)
        ? error.message
        : `${error.name}: ${error.message}`
      : String(error);
  return text.split('\n')[0]!;
}
