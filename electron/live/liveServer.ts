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
 *   connection are limited; a message may be at most `maxPayload` bytes.
 * - Documents are kept as files in `persistenceDir`. With `redisUrl`, several servers share
 *   live documents and sessions through Redis: a code opened on one works on all of them.
 *   They must then share `persistenceDir` as well (a network folder), since any of them may
 *   load a document first.
 */
import { Database } from '@hocuspocus/extension-database';
import { Redis, type Configuration as RedisConfiguration } from '@hocuspocus/extension-redis';
import { Throttle } from '@hocuspocus/extension-throttle';
import {
  Hocuspocus,
  type Connection,
  type Extension,
  type beforeHandleMessagePayload,
  type connectedPayload,
  type onAuthenticatePayload,
  type onDisconnectPayload,
  type onStatelessPayload,
} from '@hocuspocus/server';
import { createServer, type IncomingMessage } from 'node:http';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import {
  LIVE_SYNC_PATH,
  assignableRoleSchema,
  facilitatorCommandSchema,
  joinCodeSchema,
  liveTokenSchema,
  participantIdOfLobby,
  participantIdSchema,
  strategyDocumentName,
  strategyIdOfDocument,
  strategyIdSchema,
  type AssignableRole,
  type LiveParticipant,
  type LiveRefusal,
  type LiveRole,
  type LiveServerMessage,
  type LiveSessionInfo,
} from '../../shared/host/liveSchemas';
import { createDocumentFiles } from './fileDocuments';
import { createFailureDelay, type Clock } from './failureDelay';
import { hostInUrl } from './networkAddresses';
import { createRedisSessionStore } from './redisSessionStore';
import { generateJoinCode, generateSecret, secretsEqual } from './secrets';
import { createMemorySessionStore, type ControlEvent, type SessionStore } from './sessionStore';
import { serveStatic } from './staticFiles';

/**
 * A fresh 5,000-node strategy is about 2.3 MB as one Yjs update, and every relayout of the
 * whole canvas adds about 0.1 MB of history; 16 MiB carries the first sync of such a strategy
 * with a long history, while still bounding what one message can make the server hold.
 */
export const MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;

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
  /** How long edits may wait before a document is written to disk. */
  storeDebounceMs?: number;
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

/** What a connection carries once authenticated. */
interface LiveContext {
  strategyId: string;
  participantId: string;
  name: string;
  role: LiveRole;
  lobby?: boolean;
  /** Connected while editing was locked: read-only from the start, so told so on joining. */
  joinedLocked?: boolean;
}

/** A refusal the client sees as the reason; no message, so Hocuspocus does not log it. */
class Refused extends Error {
  constructor(readonly reason: LiveRefusal) {
    super();
  }
}

export class LiveSessionError extends Error {}

/** Websocket close codes (4000–4999 belong to the application); the client reconnects. */
type DisconnectReason = Extract<ControlEvent, { type: 'disconnect' }>['reason'];
const CLOSE_CODES: Record<DisconnectReason, number> = {
  'role-changed': 4000,
  removed: 4001,
  'session-closed': 4002,
};

/** The close code of a connection that sent more messages than its budget. */
const TOO_MANY_MESSAGES = 4008;

/** Hocuspocus' message type of a stateless message broadcast by a client to everyone. */
const BROADCAST_STATELESS = 6;
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

/** The type of a Hocuspocus message: after the document name (length-prefixed) comes the type. */
export function messageTypeOf(data: Uint8Array): number | null {
  const length = readVarUint(data, 0);
  if (!length) return null;
  const type = readVarUint(data, length[1] + length[0]);
  return type ? type[0] : null;
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

function contextOf(connection: Connection): LiveContext | null {
  const context = connection.context as Partial<LiveContext> | undefined;
  return context?.strategyId && context.participantId && context.role
    ? (context as LiveContext)
    : null;
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
  const failures = createFailureDelay(options.clock ? { clock: options.clock } : {});
  const files = createDocumentFiles(options.persistenceDir);
  const redis = options.redisUrl ? new Redis(redisConnection(options.redisUrl)) : null;
  const store: SessionStore = redis
    ? createRedisSessionStore(redis.pub, redis.pub.duplicate())
    : createMemorySessionStore(path.join(options.persistenceDir, SESSIONS_FILE));
  const connectionsPerMinute = options.connectionsPerMinute ?? 120;
  const messageBudget = createMessageBudget(options.messagesPerSecond ?? 300);

  let stopping = false;
  /**
   * Sessions whose facilitator locked editing: everyone else's connections are read-only, as a
   * viewer's are. Kept by each server (told through the session store), not across restarts.
   */
  const lockedSessions = new Set<string>();
  /**
   * Connections whose document messages were dropped while locked. Their later updates build
   * on the dropped ones, so the server could apply none of them: on unlocking they reconnect
   * and sync afresh.
   */
  const droppedWhileLocked = new WeakSet<Connection>();

  /** Whether a connection may write: a viewer never, anyone but a facilitator not while locked. */
  const mayWrite = (context: LiveContext) =>
    context.role === 'facilitator' ||
    (context.role !== 'viewer' && !lockedSessions.has(context.strategyId));

  const lockMessage = (strategyId: string): string =>
    JSON.stringify({
      type: 'lock',
      strategyId,
      locked: lockedSessions.has(strategyId),
    } satisfies LiveServerMessage);

  /** This server's connections to a strategy, lobbies aside. */
  const connectionsTo = (strategyId: string): { connection: Connection; context: LiveContext }[] =>
    (hocuspocus.documents.get(strategyDocumentName(strategyId))?.getConnections() ?? []).flatMap(
      (connection) => {
        const context = contextOf(connection);
        return context && !context.lobby ? [{ connection, context }] : [];
      },
    );

  async function participants(strategyId: string): Promise<LiveParticipant[]> {
    const counts = new Map<string, number>();
    for (const { context } of connectionsTo(strategyId))
      counts.set(context.participantId, (counts.get(context.participantId) ?? 0) + 1);
    return (await store.members(strategyId)).map((member) => ({
      ...member,
      connections: counts.get(member.participantId) ?? 0,
    }));
  }

  /**
   * Tells everyone of a session on this server who is in it, as the session store has them:
   * a name or role a client claims for itself is never what others see. Facilitators get the
   * join code as well.
   */
  async function updateMembers(strategyId: string): Promise<void> {
    const connections = connectionsTo(strategyId);
    if (connections.length === 0) return;
    const session = await store.get(strategyId);
    if (!session) return;
    const list = await participants(strategyId);
    const members: LiveServerMessage = { type: 'members', strategyId, participants: list };
    const forFacilitators: LiveServerMessage = {
      type: 'session',
      strategyId,
      joinCode: session.joinCode,
      participants: list,
    };
    const [toOthers, toFacilitators] = [JSON.stringify(members), JSON.stringify(forFacilitators)];
    for (const { connection, context } of connections)
      connection.sendStateless(context.role === 'facilitator' ? toFacilitators : toOthers);
  }

  function onControl(event: ControlEvent): void {
    if (event.type === 'editingLocked') {
      if (event.locked) lockedSessions.add(event.strategyId);
      else lockedSessions.delete(event.strategyId);
      const message = lockMessage(event.strategyId);
      for (const { connection, context } of connectionsTo(event.strategyId)) {
        connection.readOnly = !mayWrite(context);
        connection.sendStateless(message);
        // Told "read-only" when they joined, or with writes dropped, they reconnect to be told
        // they may write again and to sync what they have.
        if (!event.locked && (context.joinedLocked || droppedWhileLocked.has(connection)))
          connection.webSocket.close(CLOSE_CODES['role-changed'], 'role-changed');
      }
      return;
    }
    if (event.type === 'membersChanged') {
      void updateMembers(event.strategyId).catch((error) =>
        log(`live: could not update members: ${String(error)}`),
      );
      return;
    }
    for (const { connection, context } of connectionsTo(event.strategyId)) {
      if (event.participantId !== null && context.participantId !== event.participantId) continue;
      // Writes already on their way are dropped too, not just those after the reconnection.
      connection.readOnly = event.reason === 'role-changed' ? event.readOnly === true : true;
      connection.webSocket.close(CLOSE_CODES[event.reason], event.reason);
    }
  }

  async function openSession(strategyId: string): Promise<LiveSessionInfo> {
    if (!strategyIdSchema.safeParse(strategyId).success)
      throw new LiveSessionError('Not a strategy id');
    // A code already in use elsewhere is drawn again; eight draws from a billion codes suffice.
    for (let attempt = 0; attempt < 8; attempt++) {
      const open = await store.get(strategyId);
      const record = open ?? {
        strategyId,
        joinCode: generateJoinCode(),
        hostToken: generateSecret(),
      };
      if (open || (await store.create(record))) {
        if (!open) log(`live: session opened for strategy ${strategyId}`);
        return { ...record, documentName: strategyDocumentName(strategyId) };
      }
    }
    throw new LiveSessionError('No free join code');
  }

  async function requireSession(strategyId: string): Promise<void> {
    if (!(await store.get(strategyId))) throw new LiveSessionError('No session for this strategy');
  }

  async function changeableMember(strategyId: string, participantId: string) {
    if (!participantIdSchema.safeParse(participantId).success)
      throw new LiveSessionError('Not a participant id');
    await requireSession(strategyId);
    const member = await store.member(strategyId, participantId);
    if (member?.role === 'facilitator')
      throw new LiveSessionError('The facilitator keeps their role');
    return member;
  }

  async function setRole(strategyId: string, participantId: string, role: AssignableRole) {
    assignableRoleSchema.parse(role);
    if (!(await changeableMember(strategyId, participantId)))
      throw new LiveSessionError('No such participant');
    await store.setRole(strategyId, participantId, role);
    await store.publish({
      type: 'disconnect',
      strategyId,
      participantId,
      reason: 'role-changed',
      readOnly: role === 'viewer',
    });
    await store.publish({ type: 'membersChanged', strategyId });
  }

  async function removeParticipant(strategyId: string, participantId: string) {
    await changeableMember(strategyId, participantId);
    await store.remove(strategyId, participantId);
    await store.publish({ type: 'disconnect', strategyId, participantId, reason: 'removed' });
    await store.publish({ type: 'membersChanged', strategyId });
  }

  async function closeSession(strategyId: string) {
    lockedSessions.delete(strategyId);
    await store.delete(strategyId);
    await store.publish({
      type: 'disconnect',
      strategyId,
      participantId: null,
      reason: 'session-closed',
    });
    log(`live: session closed for strategy ${strategyId}`);
  }

  /**
   * A role change, removal or closing that landed while this connection was being set up
   * found no connection to act on; checked again once the connection can be found.
   */
  async function outdatedBy(context: LiveContext): Promise<DisconnectReason | null> {
    const { strategyId, participantId } = context;
    if (!(await store.get(strategyId))) return 'session-closed';
    if (context.role === 'facilitator') return null;
    if (await store.isRemoved(strategyId, participantId)) return 'removed';
    const member = await store.member(strategyId, participantId);
    return (member?.role === 'viewer') === (context.role === 'viewer') ? null : 'role-changed';
  }

  async function authenticate(data: onAuthenticatePayload): Promise<LiveContext> {
    let json: unknown;
    try {
      json = JSON.parse(data.token);
    } catch {
      throw new Refused('invalid-token');
    }
    const parsed = liveTokenSchema.safeParse(json);
    if (!parsed.success) throw new Refused('invalid-token');
    const token = parsed.data;
    const { participantId, name } = token;
    const code = token.code === undefined ? null : joinCodeSchema.safeParse(token.code);

    const lobbyOf = participantIdOfLobby(data.documentName);
    if (lobbyOf !== null) {
      if (lobbyOf !== participantId || !code) throw new Refused('unknown-document');
      if (!code.success) throw new Refused('wrong-code');
      const strategyId = await store.strategyOfCode(code.data);
      if (strategyId === null) throw new Refused('wrong-code');
      if (await store.isRemoved(strategyId, participantId)) throw new Refused('removed');
      data.connectionConfig.readOnly = true;
      return { strategyId, participantId, name, role: 'viewer', lobby: true };
    }

    const strategyId = strategyIdOfDocument(data.documentName);
    if (strategyId === null) throw new Refused('unknown-document');
    let role: LiveRole;
    if (token.adminToken !== undefined) {
      if (!options.adminToken || !secretsEqual(token.adminToken, options.adminToken))
        throw new Refused('wrong-admin-token');
      await openSession(strategyId);
      role = 'facilitator';
    } else {
      const session = await store.get(strategyId);
      if (!session) throw new Refused('no-session');
      if (token.hostToken !== undefined) {
        if (!secretsEqual(token.hostToken, session.hostToken))
          throw new Refused('wrong-host-token');
        role = 'facilitator';
      } else {
        if (!code?.success || !secretsEqual(code.data, session.joinCode))
          throw new Refused('wrong-code');
        if (await store.isRemoved(strategyId, participantId)) throw new Refused('removed');
        const member = await store.member(strategyId, participantId);
        role = member?.role === 'viewer' ? 'viewer' : 'editor';
      }
    }
    const joinedLocked = role === 'editor' && lockedSessions.has(strategyId);
    data.connectionConfig.readOnly = role === 'viewer' || joinedLocked;
    await store.join(strategyId, { participantId, name, role });
    return { strategyId, participantId, name, role, ...(joinedLocked ? { joinedLocked } : {}) };
  }

  async function onFacilitatorCommand(context: LiveContext, payload: string): Promise<void> {
    let json: unknown;
    try {
      json = JSON.parse(payload);
    } catch {
      return;
    }
    const command = facilitatorCommandSchema.safeParse(json);
    if (!command.success) return;
    const { strategyId } = context;
    switch (command.data.type) {
      case 'setRole':
        return setRole(strategyId, command.data.participantId, command.data.role);
      case 'removeParticipant':
        return removeParticipant(strategyId, command.data.participantId);
      case 'closeSession':
        return closeSession(strategyId);
      case 'lockEditing':
        return store.publish({ type: 'editingLocked', strategyId, locked: command.data.locked });
      case 'bringHere': {
        const summon: LiveServerMessage = {
          type: 'summon',
          strategyId,
          participantId: context.participantId,
          view: command.data.view,
        };
        // Through the document, so servers sharing it through Redis pass it on as well.
        hocuspocus.documents
          .get(strategyDocumentName(strategyId))
          ?.broadcastStateless(JSON.stringify(summon), (connection) => {
            const other = contextOf(connection);
            return other !== null && !other.lobby;
          });
        return;
      }
    }
  }

  const persistence: Extension = new Database({
    fetch: ({ documentName }) => files.fetch(documentName),
    store: ({ documentName, state }) => files.store(documentName, state),
  });
  const hocuspocus = new Hocuspocus({
    name: 'live',
    quiet: true,
    debounce: options.storeDebounceMs ?? 2000,
    maxDebounce: Math.max(10_000, options.storeDebounceMs ?? 0),
    unloadImmediately: true,
    extensions: [
      ...(connectionsPerMinute > 0
        ? [new Throttle({ throttle: connectionsPerMinute, consideredSeconds: 60, banTime: 1 })]
        : []),
      ...(redis ? [redis] : []),
      persistence,
    ],
    onAuthenticate: (data) =>
      failures.attempt(clientAddress(data.request, trustProxy), () => authenticate(data)),
    async connected({ connection }: connectedPayload) {
      const context = contextOf(connection);
      if (!context) return;
      if (context.lobby) {
        const joined: LiveServerMessage = { type: 'joined', strategyId: context.strategyId };
        connection.sendStateless(JSON.stringify(joined));
        return;
      }
      const outdated = await outdatedBy(context);
      if (outdated) {
        connection.readOnly = true;
        connection.webSocket.close(CLOSE_CODES[outdated], outdated);
        return;
      }
      if (lockedSessions.has(context.strategyId))
        connection.sendStateless(lockMessage(context.strategyId));
      await store.publish({ type: 'membersChanged', strategyId: context.strategyId });
    },
    async onDisconnect({ documentName }: onDisconnectPayload) {
      const strategyId = strategyIdOfDocument(documentName);
      if (strategyId !== null && !stopping)
        await store.publish({ type: 'membersChanged', strategyId });
    },
    async onStateless({ connection, payload }: onStatelessPayload) {
      const context = contextOf(connection);
      if (context?.role !== 'facilitator' || context.lobby) return;
      await onFacilitatorCommand(context, payload).catch((error) =>
        log(`live: facilitator command refused: ${String(error)}`),
      );
    },
    // A client's broadcast would reach everyone without passing the server's checks, and could
    // pass for the server's own messages: only the server speaks to everyone.
    async beforeHandleMessage({ update, connection }: beforeHandleMessagePayload) {
      if (connection && !messageBudget.spend(connection)) {
        // The whole socket closes, and the client reconnects with its edits kept. What it still
        // had queued is never handled, and not reported message by message either.
        if (connection.webSocket.readyState === WebSocket.OPEN) {
          connection.webSocket.close(TOO_MANY_MESSAGES, 'too-many-messages');
          log(
            `live: closed ${contextOf(connection)?.participantId ?? 'a connection'} for sending too many messages`,
          );
        }
        return new Promise<never>(() => {});
      }
      const type = messageTypeOf(update);
      if (type === BROADCAST_STATELESS)
        throw Object.assign(new Error('broadcast from a client'), { reason: 'not-allowed' });
      if (type === SYNC_MESSAGE && connection?.readOnly) {
        const context = contextOf(connection);
        if (context && lockedSessions.has(context.strategyId)) droppedWhileLocked.add(connection);
      }
    },
  });

  const unsubscribe = store.subscribe(onControl);

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
    await store.close();
    server.closeAllConnections();
    await closed;
    log('live: stopped');
  }

  return {
    host: options.host,
    port,
    url: `http://${origin}/`,
    syncUrl: `ws://${origin}${LIVE_SYNC_PATH}`,
    hocuspocus,
    openSession,
    closeSession: async (strategyId) => {
      await requireSession(strategyId);
      await closeSession(strategyId);
    },
    setRole,
    removeParticipant,
    participants,
    stop: () => (stopped ??= stop()),
  };
}

/** A token bucket per connection: `perSecond` on average, three seconds' worth at once. */
function createMessageBudget(perSecond: number) {
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
