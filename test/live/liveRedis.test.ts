import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strategyDocumentName } from '../../shared/host/liveSchemas';
import {
  connectClient,
  eventually,
  participantId,
  sameContent,
  startTestServer,
  temporaryFolder,
  tokenFor,
} from './liveTestKit';

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A throwaway Redis: no snapshot, no append-only file, only on 127.0.0.1. */
async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 5000;
  while (!(await accepts(port))) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill();
      throw new Error('redis-server did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

describe.skipIf(!hasRedis)('live server: several instances sharing Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('shares sessions and documents: a client on each instance converges', async () => {
    // Instances of one deployment share the documents' folder as well as Redis.
    const folder = await temporaryFolder();
    const a = await startTestServer({ redisUrl: redis.url, persistenceDir: folder.path });
    const b = await startTestServer({ redisUrl: redis.url, persistenceDir: folder.path });
    const clients: { destroy(): void }[] = [];
    try {
      const strategyId = 'strategy-shared';
      const documentName = strategyDocumentName(strategyId);
      // Opened on A; the code works on B, which never saw the session opened.
      const session = await a.server.openSession(strategyId);
      expect(await b.server.openSession(strategyId)).toEqual(session);

      const host = connectClient(
        a.server,
        documentName,
        tokenFor({
          hostToken: session.hostToken,
          name: 'Host',
          participantId: participantId('host'),
        }),
      );
      const guestId = participantId('guest');
      const guest = connectClient(
        b.server,
        documentName,
        tokenFor({ code: session.joinCode, name: 'Guest', participantId: guestId }),
      );
      clients.push(host, guest);
      await eventually(() => host.provider.isSynced && guest.provider.isSynced, 'both synced');
      for (let i = 0; i < 10; i++) {
        host.doc.getMap('nodes').set(`a-${i}`, i);
        guest.doc.getMap('nodes').set(`b-${i}`, i);
      }
      await eventually(
        () => sameContent(host.doc, guest.doc) && host.doc.getMap('nodes').size === 20,
        'convergence across instances',
      );

      // A role change made on A reaches the guest connected to B.
      await a.server.setRole(strategyId, guestId, 'viewer');
      await eventually(() => guest.grants.at(-1) === 'readonly', 'guest on B made a viewer');
      expect((await a.server.participants(strategyId)).map((p) => p.role).sort()).toEqual([
        'facilitator',
        'viewer',
      ]);

      // Closing on B ends the session everywhere.
      await b.server.closeSession(strategyId);
      await eventually(() => host.refusals.includes('no-session'), 'host on A refused');
    } finally {
      for (const client of clients) client.destroy();
      await Promise.all([a.server.stop(), b.server.stop()]);
      await folder.remove();
    }
  });
});
