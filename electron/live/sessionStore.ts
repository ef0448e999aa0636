import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  liveRoleSchema,
  participantIdSchema,
  strategyIdSchema,
  type AssignableRole,
} from '../../shared/host/liveSchemas';
import { writeFileAtomically } from '../atomicWrite';

/** An open session: the strategy it shares and its two secrets. */
export interface SessionRecord {
  strategyId: string;
  joinCode: string;
  hostToken: string;
}

/** Someone who joined: the name they gave, and the role they have or were last given. */
export interface MemberRecord {
  participantId: string;
  name: string;
  role: AssignableRole | 'facilitator';
}

/**
 * What one server tells every server sharing its sessions (itself included): close these
 * connections (a role changed, someone was removed, the session ended), or the member list
 * changed.
 */
export type ControlEvent =
  | {
      type: 'disconnect';
      strategyId: string;
      /** null: everyone in the session. */
      participantId: string | null;
      reason: 'role-changed' | 'removed' | 'session-closed';
      /** For a role change: whether the participant may no longer write. */
      readOnly?: boolean;
    }
  | { type: 'membersChanged'; strategyId: string }
  /** The facilitator locked or unlocked editing for everyone else. */
  | { type: 'editingLocked'; strategyId: string; locked: boolean };

/**
 * Where sessions live: in this process for one server, in Redis when several servers share
 * them. Every method may be slow (a network round trip), so all are async.
 */
export interface SessionStore {
  /** Stores a new session unless its join code is taken; false if taken. */
  create(record: SessionRecord): Promise<boolean>;
  get(strategyId: string): Promise<SessionRecord | null>;
  strategyOfCode(joinCode: string): Promise<string | null>;
  /** Ends the session and forgets its members, roles and removals. */
  delete(strategyId: string): Promise<void>;
  /** Records a member with the role they joined in, and keeps the session alive. */
  join(strategyId: string, member: MemberRecord): Promise<void>;
  setRole(strategyId: string, participantId: string, role: MemberRecord['role']): Promise<void>;
  member(strategyId: string, participantId: string): Promise<MemberRecord | null>;
  members(strategyId: string): Promise<MemberRecord[]>;
  /** Forgets the member and refuses their participant id until the session ends. */
  remove(strategyId: string, participantId: string): Promise<void>;
  isRemoved(strategyId: string, participantId: string): Promise<boolean>;
  /** Resolves once events published from now on reach `subscribe`'s listeners. */
  start(): Promise<void>;
  publish(event: ControlEvent): Promise<void>;
  subscribe(listener: (event: ControlEvent) => void): () => void;
  close(): Promise<void>;
}

const savedSessionsSchema = z.array(
  z.object({
    record: z.object({
      strategyId: strategyIdSchema,
      joinCode: z.string().min(1).max(32),
      hostToken: z.string().min(1).max(200),
    }),
    members: z.array(
      z.object({
        participantId: participantIdSchema,
        name: z.string().max(80),
        role: liveRoleSchema,
      }),
    ),
    removed: z.array(participantIdSchema),
  }),
);

interface MemorySession {
  record: SessionRecord;
  members: Map<string, MemberRecord>;
  removed: Set<string>;
}

/**
 * Sessions of one server process. With a `file`, they are written there after every change and
 * read back on start, so a restarted server takes everyone back in: codes, roles and removals
 * hold across the restart. If the last write failed, `close` rejects: the sessions would not
 * survive the restart.
 */
export function createMemorySessionStore(
  file?: string,
  log: (message: string) => void = () => {},
): SessionStore {
  const sessions = new Map<string, MemorySession>();
  const codes = new Map<string, string>();
  const listeners = new Set<(event: ControlEvent) => void>();
  let saving: Promise<void> = Promise.resolve();
  // Each write holds every session, so only the latest one's failure loses anything.
  let lastSaveError: unknown = null;
  const save = () => {
    if (!file) return;
    const text = JSON.stringify(
      [...sessions.values()].map((session) => ({
        record: session.record,
        members: [...session.members.values()],
        removed: [...session.removed],
      })),
    );
    saving = saving.then(async () => {
      try {
        await mkdir(path.dirname(file), { recursive: true });
        // The file holds the host tokens: readable by this user only.
        await writeFileAtomically(file, text, { mode: 0o600 });
        lastSaveError = null;
      } catch (error) {
        lastSaveError = error;
        log(`live: could not save the sessions to ${file}: ${String(error)}`);
      }
    });
  };
  const load = async () => {
    if (!file) return;
    let saved: unknown;
    try {
      saved = JSON.parse(await readFile(file, 'utf8'));
    } catch {
      return;
    }
    const parsed = savedSessionsSchema.safeParse(saved);
    if (!parsed.success) return;
    for (const { record, members, removed } of parsed.data) {
      sessions.set(record.strategyId, {
        record,
        members: new Map(members.map((member) => [member.participantId, member])),
        removed: new Set(removed),
      });
      codes.set(record.joinCode, record.strategyId);
    }
  };
  return {
    async create(record) {
      if (codes.has(record.joinCode) || sessions.has(record.strategyId)) return false;
      sessions.set(record.strategyId, { record, members: new Map(), removed: new Set() });
      codes.set(record.joinCode, record.strategyId);
      save();
      return true;
    },
    async get(strategyId) {
      return sessions.get(strategyId)?.record ?? null;
    },
    async strategyOfCode(joinCode) {
      return codes.get(joinCode) ?? null;
    },
    async delete(strategyId) {
      const session = sessions.get(strategyId);
      if (!session) return;
      sessions.delete(strategyId);
      codes.delete(session.record.joinCode);
      save();
    },
    async join(strategyId, member) {
      const session = sessions.get(strategyId);
      session?.members.set(member.participantId, { ...member });
      save();
    },
    async setRole(strategyId, participantId, role) {
      const member = sessions.get(strategyId)?.members.get(participantId);
      if (member) member.role = role;
      save();
    },
    async member(strategyId, participantId) {
      const member = sessions.get(strategyId)?.members.get(participantId);
      return member ? { ...member } : null;
    },
    async members(strategyId) {
      return [...(sessions.get(strategyId)?.members.values() ?? [])].map((member) => ({
        ...member,
      }));
    },
    async remove(strategyId, participantId) {
      sessions.get(strategyId)?.removed.add(participantId);
      sessions.get(strategyId)?.members.delete(participantId);
      save();
    },
    async isRemoved(strategyId, participantId) {
      return sessions.get(strategyId)?.removed.has(participantId) ?? false;
    },
    async start() {
      await load();
    },
    async publish(event) {
      for (const listener of listeners) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      await saving;
      if (lastSaveError) throw lastSaveError;
    },
  };
}
