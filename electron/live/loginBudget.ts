import type { IncomingMessage } from 'node:http';
import { WebSocket, type RawData } from 'ws';
import { documentNameOf } from './incomingMessages';

/**
 * What a socket may send for documents it has not logged in to: a client that logs in sends its
 * token, the first step of the sync, its presence and what it edits while the login waits (a
 * few seconds of a drag at most, while a pause for failed logins from its address runs out).
 */
export const BEFORE_LOGIN_LIMITS = { bytes: 1024 * 1024, messages: 2000 };

/** The close code of a socket that sent more than that before logging in. */
export const TOO_MUCH_BEFORE_LOGIN = 4009;

/**
 * Hocuspocus keeps every message a socket sends for a document until the socket has logged in
 * to it, and after a refused login keeps them for as long as the socket stays open: a socket
 * that never logs in could fill the server's memory. This counts those messages per socket and
 * closes a socket past the limits; one that logged in is not slowed at all.
 */
export function createLoginBudget(limits = BEFORE_LOGIN_LIMITS) {
  /** By the upgrade request, which Hocuspocus hands to its hooks in place of the socket. */
  const loggedIn = new WeakMap<IncomingMessage, Set<string>>();
  return {
    watch(websocket: WebSocket, request: IncomingMessage): void {
      const documents = new Set<string>();
      loggedIn.set(request, documents);
      let bytes = 0;
      let messages = 0;
      websocket.on('message', (data: RawData) => {
        const message =
          data instanceof ArrayBuffer
            ? new Uint8Array(data)
            : Array.isArray(data)
              ? Buffer.concat(data)
              : data;
        const documentName = documentNameOf(message);
        if (documentName !== null && documents.has(documentName)) return;
        bytes += message.byteLength;
        messages += 1;
        if (
          (bytes > limits.bytes || messages > limits.messages) &&
          websocket.readyState === WebSocket.OPEN
        )
          websocket.close(TOO_MUCH_BEFORE_LOGIN, 'too-much-before-login');
      });
    },
    loggedIn(request: IncomingMessage, documentName: string): void {
      loggedIn.get(request)?.add(documentName);
    },
  };
}
