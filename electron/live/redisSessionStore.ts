import type { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { z } from 'zod';
import {
  assignableRoleSchema,
  participantIdSchema,
  strategyIdSchema,
} from '../../shared/host/liveSchemas';
import type { ControlEvent, MemberRecord, SessionRecord, SessionStore } from './sessionStore';

/** The Redis client the Hocuspocus Redis extension made, reused rather than opening another kind. */
export type RedisClient = RedisExtension['pub'];

const sessionSchema = z.object({
  strategyId: strategyIdSchema,
  joinCode: z.string(),
  hostToken: z.string(),
});
const memberSchema = z.object({
  name: z.string(),
  role: z.union([assignableRoleSchema, z.literal('facilitator')]),
});
const controlEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('disconnect'),
    strategyId: strategyIdSchema,
    participantId: participantIdSchema.nullable(),
    reason: z.enum(['role-changed', 'removed', 'session-closed']),
    readOnly: z.boolean().optional(),
  }),
  z.object({ type: z.literal('membersChanged'), strategyId: strategyIdSchema }),
  z.object({
    type: z.literal('editingLocked'),
    strategyId: strategyIdSchema,
    locked: z.boolean(),
  }),
]);

export interface RedisSessionStoreOptions {
  prefix?: string;
  /**
   * Sessions whose server went away without closing them expire after this long without
   * anyone joining; every join renews it.
   */
  ttlSeconds?: number;
}

/**
 * Sessions shared by every server on one Redis: a code opened on one server works on all,
 * and a role change or removal reaches the person on whichever server they are connected to.
 * `subscriber` must be a connection of its own: Redis gives a subscribed connection to nothing
 * else.
 */
export function createRedisSessionStore(
  client: RedisClient,
  subscriber: RedisClient,
  options: RedisSessionStoreOptions = {},
): SessionStore {
  const prefix = options.prefix ?? 'cdw-live';
  const ttl = options.ttlSeconds ?? 24 * 60 * 60;
  const keys = {
    session: (id: string) => `${prefix}:session:${id}`,
    code: (code: string) => `${prefix}:code:${code}`,
    members: (id: string) => `${prefix}:members:${id}`,
    removed: (id: string) => `${prefix}:removed:${id}`,
  };
  const channel = `${prefix}:control`;
  const listeners = new Set<(event: ControlEvent) => void>();

  const onMessage = (from: string, message: string) => {
    if (from !== channel) return;
    let parsed: ReturnType<typeof controlEventSchema.safeParse>;
    try {
      parsed = controlEventSchema.safeParse(JSON.parse(message));
    } catch {
      return;
    }
    if (!parsed.success) return;
    for (const listener of listeners) listener(parsed.data);
  };
  subscriber.on('message', onMessage);

  async function renew(record: SessionRecord): Promise<void> {
    await client
      .multi()
      .expire(keys.session(record.strategyId), ttl)
      .expire(keys.code(record.joinCode), ttl)
      .expire(keys.members(record.strategyId), ttl)
      .expire(keys.removed(record.strategyId), ttl)
      .exec();
  }

  const store: SessionStore = {
    async create(record) {
      if (
        (await client.set(keys.code(record.joinCode), record.strategyId, 'EX', ttl, 'NX')) === null
      )
        return false;
      const created = await client.set(
        keys.session(record.strategyId),
        JSON.stringify(record),
        'EX',
        ttl,
        'NX',
      );
      if (created === null) {
        await client.del(keys.code(record.joinCode));
        return false;
      }
      await client.del(keys.members(record.strategyId), keys.removed(record.strategyId));
      return true;
    },
    async get(strategyId) {
      const text = await client.get(keys.session(strategyId));
      if (text === null) return null;
      try {
        const parsed = sessionSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async strategyOfCode(joinCode) {
      return client.get(keys.code(joinCode));
    },
    async delete(strategyId) {
      const record = await store.get(strategyId);
      const doomed = [keys.session(strategyId), keys.members(strategyId), keys.removed(strategyId)];
      if (record) doomed.push(keys.code(record.joinCode));
      await client.del(...doomed);
    },
    async join(strategyId, member) {
      const record = await store.get(strategyId);
      if (!record) return;
      await client.hset(
        keys.members(strategyId),
        member.participantId,
        JSON.stringify({ name: member.name, role: member.role }),
      );
      await renew(record);
    },
    async setRole(strategyId, participantId, role) {
      const member = await store.member(strategyId, participantId);
      if (!member) return;
      await client.hset(
        keys.members(strategyId),
        participantId,
        JSON.stringify({ name: member.name, role }),
      );
    },
    async member(strategyId, participantId) {
      const text = await client.hget(keys.members(strategyId), participantId);
      return text === null ? null : parseMember(participantId, text);
    },
    async members(strategyId) {
      const all = await client.hgetall(keys.members(strategyId));
      return Object.entries(all).flatMap(([participantId, text]) => {
        const member = parseMember(participantId, text);
        return member ? [member] : [];
      });
    },
    async remove(strategyId, participantId) {
      await client
        .multi()
        .sadd(keys.removed(strategyId), participantId)
        .expire(keys.removed(strategyId), ttl)
        .hdel(keys.members(strategyId), participantId)
        .exec();
    },
    async isRemoved(strategyId, participantId) {
      return (await client.sismember(keys.removed(strategyId), participantId)) === 1;
    },
    async publish(event) {
      await client.publish(channel, JSON.stringify(event));
    },
    async start() {
      await subscriber.subscribe(channel);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      subscriber.off('message', onMessage);
      subscriber.disconnect();
    },
  };
  return store;
}

function parseMember(participantId: string, text: string): MemberRecord | null {
  try {
    const parsed = memberSchema.safeParse(JSON.parse(text));
    return parsed.success ? { participantId, ...parsed.data } : null;
  } catch {
    return null;
  }
}
