import type { IncomingMessage } from 'node:http';
import { WebSocket, type RawData } from 'ws';
import { documentNameBytesOf } from './incomingMessages';

/**
 * What a socket may do before it has logged in to a document. A client that logs in sends its
 * token, the first step of the sync, its presence and what it edits while the login waits (a
 * pause for failed logins from its address, say), for the one document it opens.
 */
export interface BeforeLoginLimits {
  /** What it may send for documents it has not logged in to (all of which Hocuspocus keeps). */
  bytes: number;
  messages: number;
  /** Documents it may be waiting to log in to, or have been refused, at once. */
  documents: number;
  /** How long it may stay open without having logged in to any document. */
  ms: number;
}

export const BEFORE_LOGIN_LIMITS: BeforeLoginLimits = {
  bytes: 1024 * 1024,
  messages: 10_000,
  documents: 4,
  ms: 60_000,
};

/** The close code of a socket that went past those limits. */
export const TOO_MUCH_BEFORE_LOGIN = 4009;

interface SocketLogins {
  /** Documents logged in to, by their names' bytes as sent. */
  loggedIn: Set<string>;
  /** Of those, the ones whose document was loaded and connected. */
  connected: Set<string>;
  /** Documents sent to and not logged in to: waiting for a login, or refused one. */
  waiting: Set<string>;
  everLoggedIn: boolean;
}

/**
 * A document name as a key, from its bytes: Hocuspocus reads a name byte for byte (a byte-order
 * mark kept), so a name decoded more leniently could pass for a logged-in one.
 */
const keyOf = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const keyOfName = (documentName: string) => keyOf(new TextEncoder().encode(documentName));

/**
 * Hocuspocus keeps every message a socket sends for a document until the socket has logged in
 * to it, and after a refused login keeps them for as long as the socket stays open: a socket
 * that never logs in could fill the server's memory. This counts those messages per socket and
 * cuts off a socket past the limits; messages for documents it is logged in to pass uncounted.
 */
export function createLoginBudget(
  limits: BeforeLoginLimits = BEFORE_LOGIN_LIMITS,
  log: (message: string) => void = () => {},
) {
  /** By the upgrade request, which Hocuspocus hands to its hooks in place of the socket. */
  const sockets = new WeakMap<IncomingMessage, SocketLogins>();

  return {
    watch(websocket: WebSocket, request: IncomingMessage): void {
      const logins: SocketLogins = {
        loggedIn: new Set(),
        connected: new Set(),
        waiting: new Set(),
        everLoggedIn: false,
      };
      sockets.set(request, logins);
      const cutOff = (why: string) => {
        // A socket already closing still delivers what its client sends until the client
        // answers the close, which one that stopped reading never does.
        if (websocket.readyState !== WebSocket.OPEN) return websocket.terminate();
        log(`live: closed a connection that ${why} before logging in`);
        websocket.close(TOO_MUCH_BEFORE_LOGIN, 'too-much-before-login');
      };
      const deadline = setTimeout(() => {
        if (!logins.everLoggedIn) cutOff('stayed too long');
      }, limits.ms).unref();
      websocket.once('close', () => clearTimeout(deadline));

      let bytes = 0;
      let messages = 0;
      websocket.on('message', (data: RawData) => {
        const message =
          data instanceof ArrayBuffer
            ? new Uint8Array(data)
            : Array.isArray(data)
              ? Buffer.concat(data)
              : data;
        const name = documentNameBytesOf(message);
        const key = name && keyOf(name);
        if (key !== null && logins.loggedIn.has(key)) return;
        if (key !== null) logins.waiting.add(key);
        bytes += message.byteLength;
        messages += 1;
        if (logins.waiting.size > limits.documents) cutOff('asked for too many documents');
        else if (bytes > limits.bytes || messages > limits.messages) cutOff('sent too much');
      });
    },

    /** Its messages for the document pass from now on, as its queued ones reach the document. */
    loggedIn(request: IncomingMessage, documentName: string): void {
      const logins = sockets.get(request);
      if (!logins) return;
      const key = keyOfName(documentName);
      logins.loggedIn.add(key);
      logins.waiting.delete(key);
      logins.everLoggedIn = true;
      // A document that fails to load is never connected, and Hocuspocus queues for it again.
      setTimeout(() => {
        if (!logins.connected.has(key)) logins.loggedIn.delete(key);
      }, limits.ms).unref();
    },

    connected(request: IncomingMessage, documentName: string): void {
      const key = keyOfName(documentName);
      sockets.get(request)?.loggedIn.add(key);
      sockets.get(request)?.connected.add(key);
    },

    /** The socket left the document (and may stay open): a later login starts anew. */
    left(request: IncomingMessage, documentName: string): void {
      const key = keyOfName(documentName);
      sockets.get(request)?.loggedIn.delete(key);
      sockets.get(request)?.connected.delete(key);
    },
  };
}
