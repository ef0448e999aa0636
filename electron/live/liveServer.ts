/**
 * The live sessions server: several people on one strategy at once. One module for the desktop
 * app (main process, started from the editor) and for `npm run serve` (a server of its own).
 *
 * - HTTP serves the built web app from `staticRoot` (GET and HEAD, files only, the app's
 *   content security policy); the Yjs sync runs over a websocket at `/sync` on the same origin
 *   (Hocuspocus). Everything else is 404.
 * - A session shares one strategy, the document `strategy:<id>`. The host opens it with
 *   `openSession(id)` and gets a join code (six characters) to hand out and a host token to
 *   keep. A client's token is JSON, `{ code | hostToken | adminToken, name, participantId }`
 *   (see shared/host/liveSchemas.ts): the host token makes its holder facilitator, the code
 *   makes a joiner an editor unless the host made them a viewer. A viewer's writes are dropped
 *   here, on the server, whatever their client does; so are everyone's but the facilitators'
 *   while a facilitator has locked editing (`lockEditing`, told to all as a `lock` message).
 * - Someone who has only the code connects to `join:<participantId>` with it first and receives
 *   `{ type: 'joined', strategyId }` as a stateless message.
 * - Without a desktop app to open a session, a browser becomes the host with the server's
 *   `adminToken` (printed by `npm run serve`): its token `{ adminToken, name, participantId }`
 *   for `strategy:<id>` opens the session if it is not open and makes it facilitator.
 *   Facilitators receive `{ type: 'session', joinCode, participants }` whenever the members
 *   change (everyone else `{ type: 'members', participants }`: names and roles as the server
 *   has them), and may send `setRole`, `removeParticipant`, `closeSession` and `bringHere` as
 *   stateless messages; `bringHere` reaches everyone as a `summon` naming the facilitator.
 * - Wrong credentials are refused with a reason, after a pause that grows with the failures
 *   from the same address; connections per minute per address and messages per second per
 *   connection are limited, and so is what a socket does before it has logged in (Hocuspocus
 *   keeps all it sends; see loginBudget.ts); a message may be at most `maxPayload` bytes, and a
 *   document at most `maxDocumentBytes`: a write past that is refused whole, and its sender cut
 *   off from the document with the reason `document-too-large`.
 * - Documents are kept as files in `persistenceDir`. With `redisUrl`, several servers share
 *   live documents and sessions through Redis: a code opened on one works on all of them.
 *   They must then share `persistenceDir` as well (a network folder), since any of them may
 *   load a document first.
 *
 * Who may connect and do what is worked out in `sessionControl.ts`; what is read of a client's
 * messages before Hocuspocus handles them, in `incomingMessages.ts`.
 */
import { Database } from '@hocuspocus/extension-database';
import { Redis, type Configuration as RedisConfiguration } from '@hocuspocus/extension-redis';
import { Throttle } from '@hocuspocus/extension-throttle';
import {
  Connection,
  Hocuspocus,
  type Extension,
  type beforeHandleMessagePayload,
  type connectedPayload,
  type onChangePayload,
  type onDisconnectPayload,
  type onStatelessPayload,
} from '@hocuspocus/server';
import { createServer, type IncomingMessage } from 'node:http';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import {
  LIVE_SYNC_PATH,
  MAX_PAYLOAD_BYTES,
  strategyDocumentName,
  strategyIdOfDocument,
  type AssignableRole,
  type LiveParticipant,
  type LiveRefusal,
  type LiveSessionInfo,
} from '../../shared/host/liveSchemas';
import { createDocumentFiles } from './fileDocuments';
import { createDocumentSizes } from './documentSizes';
import { createFailureDelay, TooManyWaiting, type Clock } from './failureDelay';
import {
  BROADCAST_STATELESS,
  TOO_MANY_MESSAGES,
  createMessageBudget,
  messageTypeOf,
  writesDocument,
} from './incomingMessages';
import { BEFORE_LOGIN_LIMITS, createLoginBudget, type BeforeLoginLimits } from './loginBudget';
import { hostInUrl } from './networkAddresses';
import { createRedisSessionStore } from './redisSessionStore';
import { LiveSessionError, contextOf, createSessionControl } from './sessionControl';
import { createMemorySessionStore, type SessionStore } from './sessionStore';
import { serveStatic } from './staticFiles';

/**
 * The largest strategy the file limits allow, 50,000 cards and 200,000 relationships, comes to
 * about 36 MiB as a Yjs document, and each relayout of all its cards adds about 1.5 MiB of
 * history: 64 MiB holds that with room to spare. In memory a document takes 14 to 21 times its
 * encoded size, so one at the cap (1.3 GB at most) still fits a server's heap.
 */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

const DOCUMENT_TOO_LARGE: LiveRefusal = 'document-too-large';
const TOO_MANY_ATTEMPTS: LiveRefusal = 'too-many-attempts';

/** Open sessions, kept beside the documents so a restarted server takes everyone back in. */
const SESSIONS_FILE = 'sessions.json';

export interface LiveServerOptions {
  /** The one address to listen on: 127.0.0.1 for this machine, a LAN address to share. */
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The built web app (`dist/`); without it only the sync endpoint answers. */
  staticRoot?: string;
  persistenceDir: string;
  /** redis://[user:password@]host:port[/db] or rediss://… to share sessions between servers. */
  redisUrl?: string;
  /** Lets a browser open sessions (`npm run serve`); no admin token, no such door. */
  adminToken?: string;
  /**
   * Behind a reverse proxy every connection comes from the proxy: take the client's address
   * from X-Real-IP / X-Forwarded-For. Off by default, since a client could otherwise claim
   * any address and slip past the limits.
   */
  trustProxy?: boolean;
  log?: (message: string) => void;
  /** Time and pauses of the failure delay, replaceable in tests. */
  clock?: Clock;
  /** Logins from one address that may wait their turn behind refused ones; more are refused. */
  loginsWaiting?: number;
  /**
   * Connections per minute per address before it is shut out for a minute; 0 for no limit.
   * A class behind one router shares an address, and each person connects twice on joining
   * (with the code, then to the strategy): 120 leaves room for a room of fifty.
   */
  connectionsPerMinute?: number;
  /**
   * Messages a connection may send per second on average, and three times as many at once;
   * beyond, the connection is closed (the client reconnects with its edits kept). A drag sends
   * an update and a presence per frame, about 120 a second; 0 for no limit.
   */
  messagesPerSecond?: number;
  maxPayload?: number;
  /** What a connection may do before it has logged in: BEFORE_LOGIN_LIMITS unless told. */
  beforeLogin?: Partial<BeforeLoginLimits>;
  /** The most a shared document may hold, encoded: MAX_DOCUMENT_BYTES unless told. */
  maxDocumentBytes?: number;
  /** How long edits may wait before a document is written to disk. */
  storeDebounceMs?: number;
  /** How often each connection is pinged; one that left a ping unanswered is closed. */
  pingIntervalMs?: number;
}

export interface LiveServerHandle {
  readonly host: string;
  readonly port: number;
  /** The app's address, e.g. http://127.0.0.1:4300/ */
  readonly url: string;
  /** The sync endpoint, e.g. ws://127.0.0.1:4300/sync */
  readonly syncUrl: string;
  /** The Hocuspocus instance, for embedding and for tests that look at server documents. */
  readonly hocuspocus: Hocuspocus;
  /** Opens sharing of a strategy, or returns the session already open for it. */
  openSession(strategyId: string): Promise<LiveSessionInfo>;
  /** Ends sharing: everyone is disconnected and the code no longer works. */
  closeSession(strategyId: string): Promise<void>;
  /** Applied at once: the person reconnects with the new role. */
  setRole(strategyId: string, participantId: string, role: AssignableRole): Promise<void>;
  /** Disconnects the person and refuses their participant id from then on. */
  removeParticipant(strategyId: string, participantId: string): Promise<void>;
  participants(strategyId: string): Promise<LiveParticipant[]>;
  stop(): Promise<void>;
}

export function redisConnection(
  url: string,
): Pick<RedisConfiguration, 'host' | 'port' | 'options'> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    throw new LiveSessionError(`Not a Redis address: ${parsed.protocol}`);
  const db = parsed.pathname.replace(/^\//, '');
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    options: {
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
      ...(db ? { db: Number(db) } : {}),
      ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
      // A command waits through a few reconnection attempts, then fails rather than hang.
      maxRetriesPerRequest: 3,
    },
  };
}

/** The address failures and limits are counted against. */
function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const realIp = request.headers['x-real-ip'];
    const forwarded = request.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    const claimed = (Array.isArray(realIp) ? realIp[0] : realIp) || first;
    if (claimed) return claimed;
  }
  return request.socket.remoteAddress ?? '';
}

function listen(server: ReturnType<typeof createServer>, host: string, port: number) {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen({ host, port }, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/** How often connections are pinged unless told: a dropped device shows offline within 16 s. */
const PING_INTERVAL_MS = 8000;

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

function refuseUpgrade(socket: Duplex): void {
  socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
}

export async function startLiveServer(options: LiveServerOptions): Promise<LiveServerHandle> {
  const log = options.log ?? (() => {});
  const trustProxy = options.trustProxy ?? false;
  const failures = createFailureDelay({
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.loginsWaiting ? { maxWaiting: options.loginsWaiting } : {}),
  });
  const files = createDocumentFiles(options.persistenceDir);
  const redis = options.redisUrl ? new Redis(redisConnection(options.redisUrl)) : null;
  const store: SessionStore = redis
    ? createRedisSessionStore(redis.pub, redis.pub.duplicate())
    : createMemorySessionStore(path.join(options.persistenceDir, SESSIONS_FILE), log);
  const connectionsPerMinute = options.connectionsPerMinute ?? 120;
  const messageBudget = createMessageBudget(options.messagesPerSecond ?? 300);
  const documentSizes = createDocumentSizes(options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES);
  const loginBudget = createLoginBudget({ ...BEFORE_LOGIN_LIMITS, ...options.beforeLogin }, log);
  /** Connections a write was refused from: what they send next builds on it, so is refused too. */
  const cutOff = new WeakSet<Connection>();

  let stopping = false;
  const sessions = createSessionControl({
    store,
    documentOf: (strategyId) => hocuspocus.documents.get(strategyDocumentName(strategyId)),
    ...(options.adminToken ? { adminToken: options.adminToken } : {}),
    log,
  });

  const persistence: Extension = new Database({
    async fetch({ documentName, document }) {
      const state = await files.fetch(documentName);
      documentSizes.measured(document, state?.byteLength ?? 0);
      return state;
    },
    store: ({ documentName, document, state }) => {
      documentSizes.measured(document, state.byteLength);
      return files.store(documentName, state);
    },
  });
  const hocuspocus = new Hocuspocus({
    name: 'live',
    quiet: true,
    debounce: options.storeDebounceMs ?? 2000,
    maxDebounce: Math.max(10_000, options.storeDebounceMs ?? 0),
    unloadImmediately: true,
    // A device whose network dropped answers no ping: it is shown offline to the room within two
    // pings. Browsers answer pings outside the page's script, so a busy page is not taken for one.
    timeout: options.pingIntervalMs ?? PING_INTERVAL_MS,
    extensions: [
      ...(connectionsPerMinute > 0
        ? [new Throttle({ throttle: connectionsPerMinute, consideredSeconds: 60, banTime: 1 })]
        : []),
      ...(redis ? [redis] : []),
      persistence,
    ],
    // Writes from this server's clients were counted as they came in.
    async onChange({ document, update, transactionOrigin }: onChangePayload) {
      if (!(transactionOrigin instanceof Connection))
        documentSizes.grew(document, update.byteLength);
    },
    onAuthenticate: async (data) => {
      const context = await failures
        .attempt(clientAddress(data.request, trustProxy), () => sessions.authenticate(data))
        .catch((error: unknown) => {
          if (!(error instanceof TooManyWaiting)) throw error;
          throw Object.assign(error, { reason: TOO_MANY_ATTEMPTS });
        });
      loginBudget.loggedIn(data.request, data.documentName);
      return context;
    },
    connected: ({ connection, request, documentName }: connectedPayload) => {
      loginBudget.connected(request, documentName);
      // The socket may stay open without it (the client closed the document, or was cut off).
      connection.onClose(() => loginBudget.left(request, documentName));
      return sessions.welcome(connection);
    },
    async onDisconnect({ documentName }: onDisconnectPayload) {
      const strategyId = strategyIdOfDocument(documentName);
      if (strategyId !== null && !stopping)
        await store.publish({ type: 'membersChanged', strategyId });
    },
    async onStateless({ connection, payload }: onStatelessPayload) {
      const context = contextOf(connection);
      if (context?.role !== 'facilitator' || context.lobby) return;
      await sessions
        .onFacilitatorCommand(context, payload)
        .catch((error) => log(`live: facilitator command refused: ${String(error)}`));
    },
    // A client's broadcast would reach everyone without passing the server's checks, and could
    // pass for the server's own messages: only the server speaks to everyone.
    async beforeHandleMessage({ update, connection, document }: beforeHandleMessagePayload) {
      if (connection && !messageBudget.spend(connection)) {
        // The whole socket closes, and the client reconnects with its edits kept. What it still
        // had queued is never handled, and not reported message by message either.
        if (connection.webSocket.readyState === WebSocket.OPEN) {
          connection.webSocket.close(TOO_MANY_MESSAGES, 'too-many-messages');
          log(
            `live: closed ${contextOf(connection)?.participantId ?? 'a connection'} for sending too many messages`,
          );
        } else {
          // Closing, it still delivers what its client sends until the client answers the close.
          connection.webSocket.terminate();
        }
        return new Promise<never>(() => {});
      }
      const type = messageTypeOf(update);
      if (type === BROADCAST_STATELESS)
        throw Object.assign(new Error('broadcast from a client'), { reason: 'not-allowed' });
      if (!connection || !writesDocument(update)) return;
      // A write in a sync reply (the answer to the server's first sync step) is dropped too.
      if (connection.readOnly) return void sessions.noteDroppedWrite(connection);
      if (!cutOff.has(connection) && documentSizes.admit(document, update.byteLength)) return;
      if (!cutOff.has(connection))
        log(
          `live: refused a write from ${contextOf(connection)?.participantId ?? 'a connection'} that would make ${document.name} too large`,
        );
      cutOff.add(connection);
      // Hocuspocus leaves the message unapplied and cuts the sender off the document, telling it
      // the reason. No message: Hocuspocus would log it once more.
      throw Object.assign(new Error(), { reason: DOCUMENT_TOO_LARGE });
    },
  });

  const unsubscribe = store.subscribe(sessions.onControl);

  const maxPayload = options.maxPayload ?? MAX_PAYLOAD_BYTES;
  const sockets = new WebSocketServer({ noServer: true, maxPayload });
  const server = createServer((request, response) => {
    serveStatic(options.staticRoot, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    let pathname: string;
    try {
      pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    } catch {
      pathname = '';
    }
    if (stopping || pathname !== LIVE_SYNC_PATH) {
      refuseUpgrade(socket);
      return;
    }
    if (!trustProxy) {
      // The throttle reads these too; unless a proxy we trust set them, they are the client's say.
      delete request.headers['x-forwarded-for'];
      delete request.headers['x-real-ip'];
    }
    sockets.handleUpgrade(request, socket, head, (websocket) => {
      websocket.setMaxListeners(Number.POSITIVE_INFINITY);
      // An oversized or malformed frame is reported here, then the socket closes.
      websocket.on('error', (error) => log(`live: websocket error: ${error.message}`));
      loginBudget.watch(websocket, request);
      hocuspocus.handleConnection(websocket, request);
    });
  });

  try {
    await store.start();
    await listen(server, options.host, options.port);
  } catch (error) {
    unsubscribe();
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    await store.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const origin = `${hostInUrl(options.host)}:${port}`;
  log(`live: listening on http://${origin}/`);

  let stopped: Promise<void> | null = null;
  async function stop(): Promise<void> {
    stopping = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const websocket of sockets.clients) websocket.close(1001, 'server-stopping');
    if (!(await waitFor(() => sockets.clients.size === 0, 1000)))
      for (const websocket of sockets.clients) websocket.terminate();
    // Edits still waiting for the debounce are written now rather than lost.
    for (const name of hocuspocus.documents.keys())
      if (hocuspocus.debouncer.isDebounced(`onStoreDocument-${name}`))
        hocuspocus.debouncer.executeNow(`onStoreDocument-${name}`);
    if (
      !(await waitFor(
        () => hocuspocus.getDocumentsCount() === 0 && hocuspocus.loadingDocuments.size === 0,
        10_000,
      ))
    )
      log('live: some documents were still busy when the server stopped');
    unsubscribe();
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    try {
      await store.close();
    } finally {
      // Stopped all the same when the sessions could not be saved: the port is let go, and the
      // caller hears of the failure.
      server.closeAllConnections();
      await closed;
    }
    log('live: stopped');
  }

  return {
    host: options.host,
    port,
    url: `http://${origin}/`,
    syncUrl: `ws://${origin}${LIVE_SYNC_PATH}`,
    hocuspocus,
    openSession: sessions.openSession,
    closeSession: async (strategyId) => {
      await sessions.requireSession(strategyId);
      await sessions.closeSession(strategyId);
    },
    setRole: sessions.setRole,
    removeParticipant: sessions.removeParticipant,
    participants: sessions.participants,
    stop: () => (stopped ??= stop()),
  };
}
