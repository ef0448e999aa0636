// The ws package ships no types of its own: these are the parts the live server and its tests
// use, written against ws 8.
declare module 'ws' {
  import type { EventEmitter } from 'node:events';
  import type { IncomingMessage } from 'node:http';
  import type { Duplex } from 'node:stream';

  /** What a 'message' event carries: by `binaryType`, one buffer, an ArrayBuffer or fragments. */
  type RawData = Buffer | ArrayBuffer | Buffer[];

  class WebSocket extends EventEmitter {
    static readonly CONNECTING: 0;
    static readonly OPEN: 1;
    static readonly CLOSING: 2;
    static readonly CLOSED: 3;
    /** `autoPong: false` leaves the server's pings unanswered, as a dropped network does. */
    constructor(
      address: string | URL,
      options?: { headers?: Record<string, string>; autoPong?: boolean },
    );
    readonly readyState: 0 | 1 | 2 | 3;
    binaryType: 'nodebuffer' | 'arraybuffer' | 'fragments';
    send(data: Uint8Array | ArrayBuffer | string, callback?: (error?: Error) => void): void;
    close(code?: number, reason?: string): void;
    terminate(): void;
    ping(): void;
  }

  class WebSocketServer extends EventEmitter {
    constructor(options: { noServer: true; maxPayload?: number; clientTracking?: boolean });
    readonly clients: Set<WebSocket>;
    handleUpgrade(
      request: IncomingMessage,
      socket: Duplex,
      head: Buffer,
      callback: (websocket: WebSocket, request: IncomingMessage) => void,
    ): void;
    close(callback?: (error?: Error) => void): void;
  }

  export { WebSocket, WebSocketServer, type RawData };
  export default WebSocket;
}
