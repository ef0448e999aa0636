import { translator, type MessageKey } from '../../shared/i18n/translate';
import type { Message } from './types';

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

/**
 * A failure the app itself can name (a worker that stopped, a strategy that could not be read
 * back): the user is told `key` in their language. The message, the browser's own words where
 * it gave any and else the English text, stays on the error for whoever debugs it.
 */
export class NamedFailure extends Error {
  constructor(
    readonly key: MessageKey,
    detail?: string,
  ) {
    super(detail || translator('en')(key));
  }
}

/** What a notice says went wrong: a named failure in the user's language, else the error's words. */
export function noticeError(error: unknown): string | Message {
  return error instanceof NamedFailure ? { key: error.key } : describeError(error);
}
