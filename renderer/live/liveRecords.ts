import { z } from 'zod';
import { liveRoleSchema, participantIdSchema } from '../../shared/host/liveSchemas';
import { newId } from '../../shared/model/ids';

/**
 * What this browser remembers about live sessions, in localStorage: the person's name (asked
 * once), their participant id (so a reconnection keeps their role), and for each shared
 * strategy how to reconnect to its session after a restart.
 */
const NAME_KEY = 'cdw.live.name';
const PARTICIPANT_KEY = 'cdw.live.participant';
const SESSION_PREFIX = 'cdw.live.session:';
const ADMIN_PREFIX = 'cdw.live.admin:';
const JOINED_PREFIX = 'cdw.live.joined:';

const credentialSchema = z.union([
  z.object({ code: z.string().min(1).max(32) }),
  z.object({ hostToken: z.string().min(1).max(200) }),
  z.object({ adminToken: z.string().min(1).max(200) }),
]);
export type LiveCredential = z.infer<typeof credentialSchema>;

export const liveRecordSchema = z.object({
  /** The sync endpoint, e.g. ws://127.0.0.1:4300/sync */
  syncUrl: z.string().regex(/^wss?:\/\//),
  /** The address people join at, shown to the host. */
  joinUrl: z.string().optional(),
  credential: credentialSchema,
  role: liveRoleSchema,
  joinCode: z.string().optional(),
  /** Edited here while no session ran (the server was out of reach): shared on reconnecting. */
  unsharedEdits: z.boolean().optional(),
});
export type LiveRecord = z.infer<typeof liveRecordSchema>;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function rememberedName(): string {
  return storage()?.getItem(NAME_KEY) ?? '';
}

export function rememberName(name: string): void {
  storage()?.setItem(NAME_KEY, name.trim());
}

export function participantId(): string {
  const store = storage();
  const known = store?.getItem(PARTICIPANT_KEY);
  if (known && participantIdSchema.safeParse(known).success) return known;
  const made = newId('p').replace(/[^A-Za-z0-9_-]/g, '');
  store?.setItem(PARTICIPANT_KEY, made);
  return made;
}

export function liveRecordOf(strategyId: string): LiveRecord | null {
  const text = storage()?.getItem(SESSION_PREFIX + strategyId);
  if (!text) return null;
  try {
    const parsed = liveRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveLiveRecord(strategyId: string, record: LiveRecord): void {
  storage()?.setItem(SESSION_PREFIX + strategyId, JSON.stringify(record));
}

/** Notes an edit of a shared strategy made while it is not connected to its session. */
export function noteUnsharedEdit(strategyId: string): void {
  const record = liveRecordOf(strategyId);
  if (record && !record.unsharedEdits)
    saveLiveRecord(strategyId, { ...record, unsharedEdits: true });
}

/** Whether the strategy was edited while not connected; the note is cleared. */
export function takeUnsharedEdits(strategyId: string): boolean {
  const record = liveRecordOf(strategyId);
  if (!record?.unsharedEdits) return false;
  const { unsharedEdits: _taken, ...rest } = record;
  saveLiveRecord(strategyId, rest);
  return true;
}

export function forgetLiveRecord(strategyId: string): void {
  storage()?.removeItem(SESSION_PREFIX + strategyId);
}

/**
 * Notes the day (YYYY-MM-DD) a strategy came into this library by joining a live session: its
 * row in the library says so, also after the session, beside this person's own copy of a
 * strategy with the same title (the sample everyone has).
 */
export function noteJoined(strategyId: string, day: string): void {
  storage()?.setItem(JOINED_PREFIX + strategyId, day);
}

export function joinedOn(strategyId: string): string | null {
  const day = storage()?.getItem(JOINED_PREFIX + strategyId) ?? null;
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

/** The admin token of `npm run serve` at an origin, kept for the visit only. */
export function adminTokenFor(origin: string): string {
  try {
    return globalThis.sessionStorage?.getItem(ADMIN_PREFIX + origin) ?? '';
  } catch {
    return '';
  }
}

export function rememberAdminToken(origin: string, token: string): void {
  try {
    globalThis.sessionStorage?.setItem(ADMIN_PREFIX + origin, token);
  } catch {
    // Not remembered: asked again next time.
  }
}
