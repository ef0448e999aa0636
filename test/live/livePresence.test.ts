import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { strategyDocumentName, type LiveServerMessage } from '../../shared/host/liveSchemas';
import {
  connectClient,
  eventually,
  participantId,
  startTestServer,
  tokenFor,
  type TestClient,
} from './liveTestKit';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function client(...args: Parameters<typeof connectClient>): TestClient {
  const connected = connectClient(...args);
  cleanups.push(() => connected.destroy());
  return connected;
}

const messages = <T extends LiveServerMessage['type']>(c: TestClient, type: T) =>
  c.stateless.filter(
    (m): m is Extract<LiveServerMessage, { type: T }> => (m as { type: string }).type === type,
  );

describe('live server: presence as the server has it', () => {
  it("tells everyone the members' names and roles, the join code only to facilitators", async () => {
    const test = await startTestServer();
    cleanups.push(() => test.stop());
    const { server } = test;
    const session = await server.openSession('strategy-presence');
    const documentName = strategyDocumentName('strategy-presence');
    const hostId = participantId('host');
    const host = client(
      server,
      documentName,
      tokenFor({ hostToken: session.hostToken, name: 'Ahn', participantId: hostId }),
    );
    const guestId = participantId('guest');
    const guest = client(
      server,
      documentName,
      tokenFor({ code: session.joinCode, name: 'Bora', participantId: guestId }),
    );
    // Each is told on their own connection: one may hear before the other.
    await eventually(
      () =>
        messages(guest, 'members').some((m) => m.participants.length === 2) &&
        messages(host, 'session').some((m) => m.participants.length === 2),
      'both told of both',
    );
    const list = messages(guest, 'members').at(-1)!.participants;
    expect(list.find((p) => p.participantId === hostId)).toMatchObject({
      name: 'Ahn',
      role: 'facilitator',
    });
    expect(list.find((p) => p.participantId === guestId)).toMatchObject({
      name: 'Bora',
      role: 'editor',
    });
    expect(JSON.stringify(guest.stateless)).not.toContain(session.joinCode);
    expect(messages(host, 'session').at(-1)?.joinCode).toBe(session.joinCode);

    // Only a facilitator's "Bring everyone here" is passed on, naming who asked.
    const view = { x: 10, y: 20, zoom: 1.5 };
    guest.provider.sendStateless(JSON.stringify({ type: 'bringHere', view }));
    host.provider.sendStateless(JSON.stringify({ type: 'bringHere', view }));
    await eventually(() => messages(guest, 'summon').length > 0, 'summon reaches the guest');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(messages(guest, 'summon')).toEqual([
      { type: 'summon', strategyId: 'strategy-presence', participantId: hostId, view },
    ]);
    expect(messages(host, 'summon')).toHaveLength(1);
  });

  it('shows a member whose device answers no ping as offline', async () => {
    const test = await startTestServer({ pingIntervalMs: 200 });
    cleanups.push(() => test.stop());
    const { server } = test;
    const session = await server.openSession('strategy-dropped');
    const documentName = strategyDocumentName('strategy-dropped');
    const host = client(
      server,
      documentName,
      tokenFor({ hostToken: session.hostToken, name: 'Ahn', participantId: participantId('host') }),
    );
    const guestId = participantId('guest');
    /** A network that dropped: the socket stays open, and nothing answers the server's pings. */
    class Unanswering extends WebSocket {
      constructor(address: string | URL, options?: { headers?: Record<string, string> }) {
        super(address, { ...options, autoPong: false });
      }
    }
    client(
      server,
      documentName,
      tokenFor({ code: session.joinCode, name: 'Bora', participantId: guestId }),
      undefined,
      Unanswering,
    );
    const guestOnline = (online: boolean) =>
      messages(host, 'session').some((m) =>
        m.participants.some((p) => p.participantId === guestId && p.connections > 0 === online),
      );
    await eventually(() => guestOnline(true), 'the guest shown online');
    await eventually(() => guestOnline(false), 'the guest shown offline');
  });
});
