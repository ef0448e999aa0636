import type { onCloseParameters } from '@hocuspocus/provider';
import type { LiveRefusal, LiveServerMessage } from '../../shared/host/liveSchemas';
import type { LiveSessionEvents } from './liveSession';

/**
 * What the server tells a copy besides the document: why it cut the copy off, in how the
 * connection closed, and its own messages about the session.
 */

/** Why the server cut this copy off: a write of it would have made the document too large. */
const DOCUMENT_TOO_LARGE: LiveRefusal = 'document-too-large';
const MESSAGE_TOO_LARGE: LiveRefusal = 'message-too-large';
/** The websocket close code of a message larger than the receiver takes (RFC 6455). */
const MESSAGE_TOO_BIG_CODE = 1009;

/** The refusal a closed socket means, if it means one. */
export function refusalOfSocketClose(event: onCloseParameters['event']): LiveRefusal | null {
  return event.code === MESSAGE_TOO_BIG_CODE ? MESSAGE_TOO_LARGE : null;
}

/** The refusal a document's closing means, if it means one. */
export function refusalOfDocumentClose(event: onCloseParameters['event']): LiveRefusal | null {
  return event.reason === DOCUMENT_TOO_LARGE ? DOCUMENT_TOO_LARGE : null;
}

/** Passes one of the server's own messages on to the events that take it. */
export function passOnServerMessage(
  payload: string,
  events: Pick<LiveSessionEvents, 'onSessionMessage' | 'onSummon' | 'onLock'>,
): void {
  try {
    const message = JSON.parse(payload) as LiveServerMessage;
    if (message.type === 'session' || message.type === 'members') events.onSessionMessage(message);
    else if (message.type === 'summon') events.onSummon(message);
    else if (message.type === 'lock') events.onLock(message.locked === true);
  } catch {
    // Not a message of this server's: ignored.
  }
}
