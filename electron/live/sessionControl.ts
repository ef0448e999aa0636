/**
 * Who is in a live session and what each may do: the join code and tokens checked on connecting,
 * roles, removals, the facilitator's lock on editing and their commands, and the member lists
 * everyone is sent. The session store holds the sessions (and passes these events between
 * servers sharing Redis); this module acts on this server's own connections.
 */
import type { Connection, Document, onAuthenticatePayload } from '@hocuspocus/server';
import {
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
import { generateJoinCode, generateSecret, secretsEqual } from './secrets';
import type { ControlEvent, SessionStore } from './sessionStore';

/** What a connection carries once authenticated. */
export interface LiveContext {
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

export function contextOf(connection: Connection): LiveContext | null {
  const context = connection.context as Partial<LiveContext> | undefined;
  return context?.strategyId && context.participantId && context.role
    ? (context as LiveContext)
    : null;
}

interface SessionControlOptions {
  store: SessionStore;
  /** The live document of a strategy on this server, if anyone has it open here. */
  documentOf: (strategyId: string) => Document | undefined;
  /** Lets a browser open sessions (`npm run serve`); no admin token, no such door. */
  adminToken?: string;
  log: (message: string) => void;
}

export function createSessionControl({
  store,
  documentOf,
  adminToken,
  log,
}: SessionControlOptions) {
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
    (documentOf(strategyId)?.getConnections() ?? []).flatMap((connection) => {
      const context = contextOf(connection);
      return context && !context.lobby ? [{ connection, context }] : [];
    });

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

  /** Acts on what the session store tells every server. */
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

  /** Who a connection's token makes its holder, or the reason it is refused. */
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
      if (!adminToken || !secretsEqual(token.adminToken, adminToken))
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

  /** Tells a connection what it joined into: its lobby's strategy, or that editing is locked. */
  async function welcome(connection: Connection): Promise<void> {
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
  }

  /** A stateless message from a facilitator: anything that is not a known command is ignored. */
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
        documentOf(strategyId)?.broadcastStateless(JSON.stringify(summon), (connection) => {
          const other = contextOf(connection);
          return other !== null && !other.lobby;
        });
        return;
      }
    }
  }

  /** Notes a document message a read-only connection sent while its session was locked. */
  function noteDroppedWrite(connection: Connection): void {
    const context = contextOf(connection);
    if (context && lockedSessions.has(context.strategyId)) droppedWhileLocked.add(connection);
  }

  return {
    authenticate,
    welcome,
    onControl,
    onFacilitatorCommand,
    noteDroppedWrite,
    openSession,
    requireSession,
    closeSession,
    setRole,
    removeParticipant,
    participants,
  };
}
