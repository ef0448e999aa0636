import { z } from 'zod';

/**
 * Live sessions: what the desktop main process, the sync server and (later) the renderer agree
 * on. A session shares one strategy as the Yjs document `strategy:<id>`; people join it with a
 * six-character code and take one of three roles.
 */

/** The desktop shell's IPC channels for hosting a live session. */
export const LIVE_IPC_CHANNELS = {
  addresses: 'live:addresses',
  start: 'live:start',
  stop: 'live:stop',
  openSession: 'live:open-session',
  closeSession: 'live:close-session',
  setRole: 'live:set-role',
  removeParticipant: 'live:remove-participant',
  participants: 'live:participants',
  allowServer: 'live:allow-server',
} as const;

/** The path of the sync websocket, on the same origin as the served app. */
export const LIVE_SYNC_PATH = '/sync';

/**
 * The most one websocket message may carry; the server closes a connection that sends more
 * (close code 1009). A fresh 5,000-node strategy is about 2.3 MB as one Yjs update, and every
 * relayout of the whole canvas adds about 0.1 MB of history: 16 MiB carries the first sync of
 * such a strategy with a long history, while still bounding what one message can make the
 * server hold. A host sends a strategy larger than that in parts (see seedDoc).
 */
export const MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;

export const LIVE_ROLES = ['facilitator', 'editor', 'viewer'] as const;
export type LiveRole = (typeof LIVE_ROLES)[number];
export const liveRoleSchema = z.enum(LIVE_ROLES);
/** Facilitator comes only with the host's secret; the host hands out the other two. */
export const assignableRoleSchema = z.enum(['editor', 'viewer']);
export type AssignableRole = z.infer<typeof assignableRoleSchema>;

export const strategyIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/);
/** Chosen by each client (a random id kept for the visit), so reconnections keep their role. */
export const participantIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/**
 * Join codes use neither 0 nor O, 1 nor I, so a code read aloud or off a projector is typed
 * right. Thirty-two symbols, so one random byte masked to five bits picks one without bias.
 */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** What a person types: case, spaces and dashes do not matter. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

export const joinCodeSchema = z
  .string()
  .max(32)
  .transform(normalizeJoinCode)
  .pipe(z.string().regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`)));

const STRATEGY_PREFIX = 'strategy:';
const LOBBY_PREFIX = 'join:';

export function strategyDocumentName(strategyId: string): string {
  return `${STRATEGY_PREFIX}${strategyId}`;
}

/** The strategy a document name shares, or null when it names no strategy. */
export function strategyIdOfDocument(documentName: string): string | null {
  if (!documentName.startsWith(STRATEGY_PREFIX)) return null;
  const id = documentName.slice(STRATEGY_PREFIX.length);
  return strategyIdSchema.safeParse(id).success ? id : null;
}

/**
 * A joiner who has only the code connects to `join:<participantId>` first: the server checks
 * the code there and answers with the strategy it opens (a `joined` message), so the code alone
 * is enough to find the session. The document itself stays empty and is never stored.
 */
export function lobbyDocumentName(participantId: string): string {
  return `${LOBBY_PREFIX}${participantId}`;
}

export function participantIdOfLobby(documentName: string): string | null {
  if (!documentName.startsWith(LOBBY_PREFIX)) return null;
  const id = documentName.slice(LOBBY_PREFIX.length);
  return participantIdSchema.safeParse(id).success ? id : null;
}

/**
 * The token a client sends, as JSON text: exactly one credential (the join code, the host's
 * secret, or the server's admin token) with the person's display name and participant id.
 */
export const liveTokenSchema = z
  .object({
    code: z.string().max(32).optional(),
    hostToken: z.string().min(1).max(200).optional(),
    adminToken: z.string().min(1).max(200).optional(),
    name: z.string().trim().min(1).max(80),
    participantId: participantIdSchema,
  })
  .refine(
    (token) =>
      [token.code, token.hostToken, token.adminToken].filter((value) => value !== undefined)
        .length === 1,
    { message: 'exactly one of code, hostToken or adminToken' },
  );
export type LiveToken = z.infer<typeof liveTokenSchema>;

/** Why the server refused a connection; the client shows it. */
export const LIVE_REFUSALS = [
  'invalid-token',
  'unknown-document',
  'wrong-code',
  'no-session',
  'removed',
  'wrong-host-token',
  'wrong-admin-token',
  /** A write would have made the shared document larger than the server holds. */
  'document-too-large',
  /** This copy sent a message over MAX_PAYLOAD_BYTES, and the server closed its connection. */
  'message-too-large',
  /** So many logins from this address were waiting (after wrong codes) that this one was not. */
  'too-many-attempts',
] as const;
export type LiveRefusal = (typeof LIVE_REFUSALS)[number];

export interface LiveParticipant {
  participantId: string;
  name: string;
  role: LiveRole;
  /** Open connections on this server. */
  connections: number;
}

/** Where a canvas looks: its centre in strategy coordinates, and the zoom. */
export const liveViewSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  zoom: z.number().finite().positive(),
});
export type LiveView = z.infer<typeof liveViewSchema>;

/**
 * Stateless messages the server sends. Members' names and roles come from the server's session
 * store, never from what a client says about itself; only facilitators learn the join code.
 */
export type LiveServerMessage =
  | { type: 'joined'; strategyId: string }
  | {
      type: 'session';
      strategyId: string;
      joinCode: string;
      participants: LiveParticipant[];
    }
  | { type: 'members'; strategyId: string; participants: LiveParticipant[] }
  /** A facilitator's "Bring everyone here", passed on by the server after checking the role. */
  | { type: 'summon'; strategyId: string; participantId: string; view: LiveView }
  /** Whether the facilitator has locked editing: everyone else's writes are then dropped. */
  | { type: 'lock'; strategyId: string; locked: boolean };

/** Stateless messages a facilitator may send to run the session from a browser. */
export const facilitatorCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('setRole'),
    participantId: participantIdSchema,
    role: assignableRoleSchema,
  }),
  z.object({ type: z.literal('removeParticipant'), participantId: participantIdSchema }),
  z.object({ type: z.literal('closeSession') }),
  z.object({ type: z.literal('bringHere'), view: liveViewSchema }),
  z.object({ type: z.literal('lockEditing'), locked: z.boolean() }),
]);
export type FacilitatorCommand = z.infer<typeof facilitatorCommandSchema>;

/** IPC requests; main checks every argument against these. */
const ipLiteral = z.union([z.ipv4(), z.ipv6()]);
export const liveStartRequestSchema = z.object({
  host: ipLiteral,
  port: z.number().int().min(0).max(65535).optional(),
});
export type LiveStartRequest = z.infer<typeof liveStartRequestSchema>;

export const liveStrategyRequestSchema = z.object({ strategyId: strategyIdSchema });
export type LiveStrategyRequest = z.infer<typeof liveStrategyRequestSchema>;

export const liveSetRoleRequestSchema = z.object({
  strategyId: strategyIdSchema,
  participantId: participantIdSchema,
  role: assignableRoleSchema,
});
export type LiveSetRoleRequest = z.infer<typeof liveSetRoleRequestSchema>;

export const liveParticipantRequestSchema = z.object({
  strategyId: strategyIdSchema,
  participantId: participantIdSchema,
});
export type LiveParticipantRequest = z.infer<typeof liveParticipantRequestSchema>;

/** A live server to join from the desktop app: its sync endpoint (ws:// or wss://). */
export const liveAllowServerRequestSchema = z.object({
  syncUrl: z
    .string()
    .max(300)
    .regex(/^wss?:\/\/[^\s;,'"]+$/),
});
export type LiveAllowServerRequest = z.infer<typeof liveAllowServerRequestSchema>;

/** One address of this machine that others may reach the server on. */
export interface LiveAddress {
  address: string;
  family: 'IPv4' | 'IPv6';
  internal: boolean;
  interfaceName: string;
}

export interface LiveServerInfo {
  host: string;
  port: number;
  /** The address to open in a browser, e.g. http://192.168.1.20:4300/ */
  url: string;
}

export interface LiveSessionInfo {
  strategyId: string;
  documentName: string;
  joinCode: string;
  /** The facilitator's secret: whoever holds it runs the session. */
  hostToken: string;
}
