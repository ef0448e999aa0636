import { existsSync } from 'node:fs';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { TOO_MUCH_BEFORE_LOGIN } from '../../electron/live/loginBudget';
import { joinFailureKey } from '../../renderer/live/JoinForm';
import { en } from '../../shared/i18n/en';
import { ko } from '../../shared/i18n/ko';
import { CONTENT_SECURITY_POLICY } from '../../shared/host/contentSecurityPolicy';
import { lobbyDocumentName, strategyDocumentName } from '../../shared/host/liveSchemas';
import {
  connectClient,
  eventually,
  participantId,
  sameContent,
  startTestServer,
  temporaryFolder,
  tokenFor,
  type TestClient,
  hocuspocusMessage,
  withLength,
} from './liveTestKit';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serverWithSession(strategyId = 'strategy-live1') {
  const test = await startTestServer();
  cleanups.push(() => test.stop());
  const session = await test.server.openSession(strategyId);
  return { ...test, session, documentName: strategyDocumentName(strategyId), strategyId };
}

const rawSocket = (port: number) => new WebSocket(`ws://127.0.0.1:${port}/sync`);

/** Hocuspocus' message types and the token submessage of a login. */
const [SYNC, AUTH, AUTH_TOKEN, CLOSE] = [0, 2, 0, 7];

const authToken = (token: string) =>
  new Uint8Array([AUTH_TOKEN, ...withLength(new TextEncoder().encode(token))]);

function client(...args: Parameters<typeof connectClient>): TestClient {
  const connected = connectClient(...args);
  cleanups.push(() => connected.destroy());
  return connected;
}

describe('live server: sessions', () => {
  it('lets two people edit one strategy at once and converge', async () => {
    const { server, session, documentName } = await serverWithSession();
    const host = client(
      server,
      documentName,
      tokenFor({
        hostToken: session.hostToken,
        name: 'Host',
        participantId: participantId('host'),
      }),
    );
    const guest = client(
      server,
      documentName,
      tokenFor({ code: session.joinCode, name: 'Guest', participantId: participantId('guest') }),
    );
    await eventually(() => host.provider.isSynced && guest.provider.isSynced, 'both synced');
    expect(host.grants).toEqual(['read-write']);
    expect(guest.grants).toEqual(['read-write']);

    // Concurrent edits of the same and of different entries, on both sides before any sync.
    for (let i = 0; i < 20; i++) {
      host.doc.getMap('nodes').set(`host-${i}`, { x: i });
      guest.doc.getMap('nodes').set(`guest-${i}`, { x: -i });
      host.doc.getMap('nodes').set('shared', 'host');
      guest.doc.getMap('nodes').set('shared', 'guest');
    }
    await eventually(
      () => sameContent(host.doc, guest.doc) && host.doc.getMap('nodes').size === 41,
      'convergence',
    );
    const onServer = server.hocuspocus.documents.get(documentName)!;
    expect(sameContent(onServer, host.doc)).toBe(true);
    expect((await server.participants('strategy-live1')).map((p) => [p.name, p.role])).toEqual([
      ['Host', 'facilitator'],
      ['Guest', 'editor'],
    ]);
  });

  it('refuses a wrong code with a reason, pausing longer after each failure from the address', async () => {
    const { server, sleeps, session, documentName } = await serverWithSession();
    const wrong = session.joinCode === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    for (let attempt = 1; attempt <= 4; attempt++) {
      const guest = client(
        server,
        documentName,
        tokenFor({ code: wrong, name: 'Guesser', participantId: participantId('guess') }),
      );
      await eventually(() => guest.refusals.length === 1, 'refusal');
      expect(guest.refusals).toEqual(['wrong-code']);
      guest.destroy();
    }
    expect(sleeps).toEqual([250, 500, 1000, 2000]);

    // The right code, typed loosely, gets in and starts the count again.
    const loose = `${session.joinCode.slice(0, 3).toLowerCase()}-${session.joinCode.slice(3)}`;
    const guest = client(
      server,
      documentName,
      tokenFor({ code: loose, name: 'Guest', participantId: participantId('guest') }),
    );
    await eventually(() => guest.grants.length === 1, 'authenticated');
    const again = client(
      server,
      documentName,
      tokenFor({ code: wrong, name: 'Guesser', participantId: participantId('guess') }),
    );
    await eventually(() => again.refusals.length === 1, 'refusal');
    expect(sleeps).toEqual([250, 500, 1000, 2000, 250]);
    expect(server.hocuspocus.documents.get(documentName)?.getConnectionsCount()).toBe(1);
  });

  it('refuses at once a login with too many from its address waiting behind wrong codes', async () => {
    const pauses: (() => void)[] = [];
    const test = await startTestServer({
      clock: { now: () => Date.now(), sleep: () => new Promise((end) => pauses.push(end)) },
      loginsWaiting: 1,
    });
    cleanups.push(() => test.stop());
    const session = await test.server.openSession('strategy-busy-address');
    const documentName = strategyDocumentName('strategy-busy-address');
    const token = (code: string, label: string) =>
      tokenFor({ code, name: label, participantId: participantId(label) });
    const wrong = session.joinCode === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    const guesser = client(test.server, documentName, token(wrong, 'Guesser'));
    await eventually(() => pauses.length === 1, 'the guess held in its pause');

    const guest = client(test.server, documentName, token(session.joinCode, 'Guest'));
    await eventually(() => guest.refusals.length === 1, 'the refusal');
    expect(guest.refusals).toEqual(['too-many-attempts']);
    // Said as what it is, to wait and join again, not as a wrong code.
    expect(en[joinFailureKey('too-many-attempts')]).toMatch(/Wait a minute, then join again/);
    expect(ko[joinFailureKey('too-many-attempts')]).toMatch(/1분 뒤에 다시 참여하세요/);
    guest.destroy();

    pauses.forEach((end) => end());
    await eventually(() => guesser.refusals.length === 1, 'the guess refused');
    const later = client(test.server, documentName, token(session.joinCode, 'Later'));
    await eventually(() => later.grants.length === 1, 'a later login admitted');
  });

  it('refuses bad tokens, strangers to the session and documents that are no strategy', async () => {
    const { server, session, documentName } = await serverWithSession();
    const cases: [string, string, string][] = [
      [documentName, 'not json', 'invalid-token'],
      [
        documentName,
        tokenFor({ name: 'No credential', participantId: participantId('x') } as never),
        'invalid-token',
      ],
      [
        documentName,
        tokenFor({ hostToken: 'guessed', name: 'X', participantId: participantId('x') }),
        'wrong-host-token',
      ],
      [
        documentName,
        tokenFor({ adminToken: 'guessed', name: 'X', participantId: participantId('x') }),
        'wrong-admin-token',
      ],
      [
        strategyDocumentName('strategy-other'),
        tokenFor({ code: session.joinCode, name: 'X', participantId: participantId('x') }),
        'no-session',
      ],
      [
        'notes',
        tokenFor({ code: session.joinCode, name: 'X', participantId: participantId('x') }),
        'unknown-document',
      ],
    ];
    for (const [name, token, reason] of cases) {
      const stranger = client(server, name, token);
      await eventually(() => stranger.refusals.length === 1, `refusal ${reason}`);
      expect(stranger.refusals).toEqual([reason]);
      stranger.destroy();
    }
  });

  it("drops a viewer's writes on the server, whatever the viewer's client sends", async () => {
    const { server, session, documentName, strategyId } = await serverWithSession();
    const host = client(
      server,
      documentName,
      tokenFor({
        hostToken: session.hostToken,
        name: 'Host',
        participantId: participantId('host'),
      }),
    );
    const viewerId = participantId('viewer');
    const viewer = client(
      server,
      documentName,
      tokenFor({ code: session.joinCode, name: 'Viewer', participantId: viewerId }),
    );
    await eventually(() => host.provider.isSynced && viewer.provider.isSynced, 'both synced');
    host.doc.getMap('nodes').set('before', 1);
    await eventually(() => viewer.doc.getMap('nodes').has('before'), 'host edit reaches viewer');

    await server.setRole(strategyId, viewerId, 'viewer');
    // The change is applied at once: the viewer reconnects and is told it is read-only.
    await eventually(() => viewer.grants.at(-1) === 'readonly', 'reconnected as viewer');
    await eventually(() => viewer.provider.isSynced, 'viewer synced again');

    // The viewer's provider sends the write as any client would; the server must drop it.
    viewer.doc.getMap('nodes').set('from-viewer', 'should not spread');
    host.doc.getMap('nodes').set('after', 2);
    await eventually(
      () => viewer.doc.getMap('nodes').has('after'),
      'host edit still reaches viewer',
    );
    // A reconnection makes the viewer send all it has again (sync step 2): dropped too.
    viewer.socket.webSocket?.close();
    await eventually(() => viewer.grants.length === 3 && viewer.provider.isSynced, 'viewer back');
    host.doc.getMap('nodes').set('last', 3);
    await eventually(() => viewer.doc.getMap('nodes').has('last'), 'last edit reaches viewer');

    const onServer = server.hocuspocus.documents.get(documentName)!;
    expect(onServer.getMap('nodes').has('from-viewer')).toBe(false);
    expect(host.doc.getMap('nodes').has('from-viewer')).toBe(false);
    expect(viewer.provider.hasUnsyncedChanges).toBe(true);
    expect(
      (await server.participants(strategyId)).find((p) => p.participantId === viewerId),
    ).toMatchObject({
      role: 'viewer',
      connections: 1,
    });
  });

  it('removes a participant: disconnected, refused from then on, gone from the list', async () => {
    const { server, session, documentName, strategyId } = await serverWithSession();
    const removedId = participantId('removed');
    const token = tokenFor({ code: session.joinCode, name: 'Removed', participantId: removedId });
    const removed = client(server, documentName, token);
    await eventually(() => removed.provider.isSynced, 'synced');

    await server.removeParticipant(strategyId, removedId);
    await eventually(() => removed.closes >= 1, 'disconnected');
    // Its provider reconnects by itself, and is refused.
    await eventually(() => removed.refusals.length === 1, 'reconnection refused');
    expect(removed.refusals).toEqual(['removed']);
    removed.destroy();

    const again = client(server, documentName, token);
    await eventually(() => again.refusals.length === 1, 'rejoin refused');
    expect(again.refusals).toEqual(['removed']);
    expect(server.hocuspocus.documents.get(documentName)?.getConnectionsCount() ?? 0).toBe(0);
    expect(await server.participants(strategyId)).toEqual([]);
    await expect(server.setRole(strategyId, removedId, 'viewer')).rejects.toThrow(/participant/);
  });

  it('closes a session: everyone disconnected and the code no longer works', async () => {
    const { server, session, documentName, strategyId } = await serverWithSession();
    const host = client(
      server,
      documentName,
      tokenFor({
        hostToken: session.hostToken,
        name: 'Host',
        participantId: participantId('host'),
      }),
    );
    const guest = client(
      server,
      documentName,
      tokenFor({ code: session.joinCode, name: 'Guest', participantId: participantId('guest') }),
    );
    await eventually(() => host.provider.isSynced && guest.provider.isSynced, 'both synced');
    await server.closeSession(strategyId);
    await eventually(
      () => host.refusals.includes('no-session') && guest.refusals.includes('no-session'),
      'both refused on reconnection',
    );
    const late = client(
      server,
      documentName,
      tokenFor({ code: session.joinCode, name: 'Late', participantId: participantId('late') }),
    );
    await eventually(() => late.refusals.length === 1, 'late refused');
    expect(late.refusals).toEqual(['no-session']);
    await expect(server.closeSession(strategyId)).rejects.toThrow(/No session/);
    // Opening it again gives a new code.
    expect((await server.openSession(strategyId)).joinCode).toMatch(/^[A-Z2-9]{6}$/);
  });

  it('cuts off a client that tries to broadcast to everyone', async () => {
    const { server, session, documentName } = await serverWithSession();
    const host = client(
      server,
      documentName,
      tokenFor({
        hostToken: session.hostToken,
        name: 'Host',
        participantId: participantId('host'),
      }),
    );
    const guest = client(
      server,
      documentName,
      tokenFor({ code: session.joinCode, name: 'Guest', participantId: participantId('guest') }),
    );
    await eventually(() => host.provider.isSynced && guest.provider.isSynced, 'both synced');
    const encoder = new TextEncoder();
    const name = encoder.encode(documentName);
    const fake = encoder.encode(JSON.stringify({ type: 'session', joinCode: 'FAKE22' }));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    guest.socket.webSocket!.send(new Uint8Array([name.length, ...name, 6, fake.length, ...fake]));
    await eventually(
      () => server.hocuspocus.documents.get(documentName)?.getConnectionsCount() === 1,
      'the sender cut off',
    );
    errors.mockRestore();
    host.doc.getMap('nodes').set('still', 'working');
    await eventually(
      () => server.hocuspocus.documents.get(documentName)?.getMap('nodes').has('still') === true,
      'host still connected',
    );
    expect(host.stateless.length).toBeGreaterThan(0);
    expect(host.stateless.map((message) => (message as { joinCode: string }).joinCode)).toEqual(
      host.stateless.map(() => session.joinCode),
    );
  });

  it('opens the same session twice with the same code', async () => {
    const { server, session, strategyId } = await serverWithSession();
    expect(await server.openSession(strategyId)).toEqual(session);
    await expect(server.openSession('../etc')).rejects.toThrow(/strategy id/);
  });

  it('tells someone with only the code which strategy it opens', async () => {
    const { server, session, strategyId } = await serverWithSession();
    const id = participantId('lobby');
    const lobby = client(
      server,
      lobbyDocumentName(id),
      tokenFor({ code: session.joinCode, name: 'Guest', participantId: id }),
    );
    await eventually(() => lobby.stateless.length === 1, 'joined message');
    expect(lobby.stateless).toEqual([{ type: 'joined', strategyId }]);
    expect(lobby.grants).toEqual(['readonly']);

    const wrong = client(
      server,
      lobbyDocumentName(id),
      tokenFor({ code: 'ZZZZZZ', name: 'Guest', participantId: id }),
    );
    const other = client(
      server,
      lobbyDocumentName(participantId('someone-else')),
      tokenFor({ code: session.joinCode, name: 'Guest', participantId: id }),
    );
    await eventually(() => wrong.refusals.length === 1 && other.refusals.length === 1, 'refusals');
    expect(session.joinCode === 'ZZZZZZ' || wrong.refusals[0] === 'wrong-code').toBe(true);
    expect(other.refusals).toEqual(['unknown-document']);
  });
});

describe('live server: a browser as host', () => {
  it('opens a session with the admin token and runs it with stateless commands', async () => {
    const test = await startTestServer({ adminToken: 'admin-secret-0123456789' });
    cleanups.push(() => test.stop());
    const { server } = test;
    const documentName = strategyDocumentName('strategy-web');
    const host = client(
      server,
      documentName,
      tokenFor({
        adminToken: 'admin-secret-0123456789',
        name: 'Host',
        participantId: participantId('host'),
      }),
    );
    await eventually(() => host.stateless.length > 0, 'session message');
    const joinCode = (host.stateless.at(-1) as { joinCode: string }).joinCode;
    expect(joinCode).toMatch(/^[A-Z2-9]{6}$/);

    const guestId = participantId('guest');
    const guest = client(
      server,
      documentName,
      tokenFor({ code: joinCode, name: 'Guest', participantId: guestId }),
    );
    await eventually(
      () =>
        host.stateless.some((message) =>
          (message as { participants: { participantId: string }[] }).participants.some(
            (p) => p.participantId === guestId,
          ),
        ),
      'facilitator told of the guest',
    );
    // A guest cannot give orders; a facilitator can.
    guest.provider.sendStateless(JSON.stringify({ type: 'closeSession' }));
    host.provider.sendStateless(
      JSON.stringify({ type: 'setRole', participantId: guestId, role: 'viewer' }),
    );
    await eventually(() => guest.grants.at(-1) === 'readonly', 'guest made a viewer');
    expect(await server.participants('strategy-web')).toHaveLength(2);
  });
});

describe('live server: limits', () => {
  it('carries the first sync of a 5,000-node strategy and refuses messages over maxPayload', async () => {
    const { server, session, documentName } = await serverWithSession();
    const big = new Y.Doc();
    big.transact(() => {
      const nodes = big.getMap('nodes');
      for (let i = 0; i < 5000; i++)
        nodes.set(`node-${i}`, {
          kind: 'project',
          position: { x: i, y: i * 2 },
          data: { title: `Project ${i}`, titleKo: `사업 ${i}`, notes: 'x'.repeat(200) },
        });
    });
    expect(Y.encodeStateAsUpdate(big).byteLength).toBeGreaterThan(1_000_000);
    const host = client(
      server,
      documentName,
      tokenFor({
        hostToken: session.hostToken,
        name: 'Host',
        participantId: participantId('host'),
      }),
      big,
    );
    const guest = client(
      server,
      documentName,
      tokenFor({ code: session.joinCode, name: 'Guest', participantId: participantId('guest') }),
    );
    await eventually(() => guest.doc.getMap('nodes').size === 5000, 'the whole strategy', 15_000);
    host.destroy();

    const small = await startTestServer({ maxPayload: 64 * 1024 });
    cleanups.push(() => small.stop());
    const smallSession = await small.server.openSession('strategy-small');
    const sender = client(
      small.server,
      strategyDocumentName('strategy-small'),
      tokenFor({
        hostToken: smallSession.hostToken,
        name: 'Host',
        participantId: participantId('host'),
      }),
    );
    await eventually(() => sender.provider.isSynced, 'synced');
    sender.doc.getMap('nodes').set('huge', 'x'.repeat(200_000));
    await eventually(() => sender.closes >= 1, 'oversized message closes the connection');
    expect(
      small.server.hocuspocus.documents
        .get(strategyDocumentName('strategy-small'))
        ?.getMap('nodes')
        .has('huge') ?? false,
    ).toBe(false);
  });

  it('closes a connection that floods messages, and keeps everyone else in the session', async () => {
    const test = await startTestServer({ messagesPerSecond: 20 });
    cleanups.push(() => test.stop());
    const session = await test.server.openSession('strategy-flood');
    const name = strategyDocumentName('strategy-flood');
    const join = (label: string) =>
      client(
        test.server,
        name,
        tokenFor({ code: session.joinCode, name: label, participantId: participantId(label) }),
      );
    const [flooder, steady] = [join('Flooder'), join('Steady')];
    await eventually(() => flooder.provider.isSynced && steady.provider.isSynced, 'both synced');

    // Ten edits in a row are within the limit: nobody is closed.
    for (let i = 0; i < 10; i++) steady.doc.getMap('nodes').set(`steady-${i}`, i);
    await eventually(() => flooder.doc.getMap('nodes').size === 10, 'the steady edits arrive');
    expect(steady.closes).toBe(0);

    for (let i = 0; i < 500; i++) flooder.doc.getMap('nodes').set(`flood-${i}`, i);
    await eventually(() => flooder.closes >= 1, 'the flooding connection is closed');
    expect(steady.closes).toBe(0);
    steady.doc.getMap('nodes').set('after', true);
    await eventually(
      () => test.server.hocuspocus.documents.get(name)?.getMap('nodes').get('after') === true,
      'the others edit on',
    );
  });

  it('limits connections per minute from one address', async () => {
    const test = await startTestServer({ connectionsPerMinute: 2 });
    cleanups.push(() => test.stop());
    const session = await test.server.openSession('strategy-busy');
    const name = strategyDocumentName('strategy-busy');
    const token = () =>
      tokenFor({ code: session.joinCode, name: 'Guest', participantId: participantId('guest') });
    const first = client(test.server, name, token());
    const second = client(test.server, name, token());
    await eventually(() => first.grants.length === 1 && second.grants.length === 1, 'two admitted');
    const third = client(test.server, name, token());
    await eventually(() => third.refusals.length === 1, 'third refused');
  });
});

describe('live server: what a connection may do before it logs in', () => {
  /** A socket of its own, as a hostile client would open, and how it came to close. */
  async function rawConnection(port: number) {
    const socket = rawSocket(port);
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    const answers: Buffer[] = [];
    socket.on('message', (data: Buffer) => answers.push(data));
    await new Promise((resolve) => socket.once('open', resolve));
    return {
      socket,
      closed,
      answers,
      /** 1.2 MB in messages for `documentName`, all of which Hocuspocus would keep queued. */
      flood(documentName: string) {
        const filler = new Uint8Array(40 * 1024);
        for (let i = 0; i < 30 && socket.readyState === WebSocket.OPEN; i++)
          socket.send(hocuspocusMessage(documentName, SYNC, filler));
      },
      async logIn(documentName: string, token: string) {
        const before = answers.length;
        socket.send(hocuspocusMessage(documentName, AUTH, authToken(token)));
        await eventually(() => answers.length > before, 'the answer to the login');
      },
    };
  }

  const memberToken = (joinCode: string, label: string) =>
    tokenFor({ code: joinCode, name: label, participantId: participantId(label) });

  it('closes a socket that sends much for a document it has not logged in to', async () => {
    const test = await serverWithSession('strategy-guarded');
    const raw = await rawConnection(test.server.port);
    raw.flood(test.documentName);
    expect(await raw.closed).toBe(TOO_MUCH_BEFORE_LOGIN);
  });

  it('closes a socket refused a login that goes on sending, and not one that logged in', async () => {
    const test = await serverWithSession('strategy-guarded');
    const refused = await rawConnection(test.server.port);
    await refused.logIn(test.documentName, memberToken('ZZZZZZ', 'Guess'));

    const member = client(
      test.server,
      test.documentName,
      memberToken(test.session.joinCode, 'Ahn'),
    );
    await eventually(() => member.provider.isSynced, 'the member synced');
    // Well past what a socket may send before logging in, once logged in.
    for (let i = 0; i < 30; i++) member.doc.getMap('nodes').set(`large-${i}`, 'a'.repeat(40_000));
    await eventually(
      () => test.server.hocuspocus.documents.get(test.documentName)?.getMap('nodes').size === 30,
      'the member’s edits on the server',
    );
    expect(member.closes).toBe(0);

    refused.flood(test.documentName);
    expect(await refused.closed).toBe(TOO_MUCH_BEFORE_LOGIN);
    expect(member.closes).toBe(0);
  });

  it('counts again once a socket has left the document it logged in to', async () => {
    const test = await serverWithSession('strategy-guarded');
    const raw = await rawConnection(test.server.port);
    await raw.logIn(test.documentName, memberToken(test.session.joinCode, 'Ahn'));
    const onServer = () => test.server.hocuspocus.documents.get(test.documentName);
    await eventually(() => onServer()?.getConnectionsCount() === 1, 'the socket in the document');
    // Hocuspocus' message by which a client leaves a document and keeps its socket.
    raw.socket.send(hocuspocusMessage(test.documentName, CLOSE, new Uint8Array()));
    await eventually(() => (onServer()?.getConnectionsCount() ?? 0) === 0, 'the socket gone');
    raw.flood(test.documentName);
    expect(await raw.closed).toBe(TOO_MUCH_BEFORE_LOGIN);
  });

  it('takes no name for a document logged in to but the very bytes of its name', async () => {
    const test = await serverWithSession('strategy-guarded');
    const raw = await rawConnection(test.server.port);
    await raw.logIn(test.documentName, memberToken(test.session.joinCode, 'Ahn'));
    // Read leniently, a byte-order mark would vanish; Hocuspocus keeps it: another document.
    raw.flood(`\uFEFF${test.documentName}`);
    expect(await raw.closed).toBe(TOO_MUCH_BEFORE_LOGIN);
  });

  it('closes a socket asking for many documents, or logging in to none in time', async () => {
    const test = await startTestServer({ beforeLogin: { ms: 300 } });
    cleanups.push(() => test.stop());
    const session = await test.server.openSession('strategy-guarded');
    const many = await rawConnection(test.server.port);
    for (let i = 0; i < 5; i++)
      many.socket.send(hocuspocusMessage(`strategy:other-${i}`, AUTH, authToken('{}')));
    expect(await many.closed).toBe(TOO_MUCH_BEFORE_LOGIN);

    const idle = await rawConnection(test.server.port);
    const member = client(
      test.server,
      strategyDocumentName('strategy-guarded'),
      memberToken(session.joinCode, 'Ahn'),
    );
    expect(await idle.closed).toBe(TOO_MUCH_BEFORE_LOGIN);
    await eventually(() => member.provider.isSynced, 'the member synced');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(member.closes).toBe(0);
  });
});

describe('live server: persistence', () => {
  it('keeps documents across a restart, and a client resyncs with what it did meanwhile', async () => {
    const first = await startTestServer();
    const folder = first.persistenceDir;
    let stopped = false;
    cleanups.push(async () => {
      if (!stopped) await first.server.stop();
      await rm(folder, { recursive: true, force: true });
    });
    const strategyId = 'strategy-kept';
    const documentName = strategyDocumentName(strategyId);
    let token = tokenFor({
      hostToken: (await first.server.openSession(strategyId)).hostToken,
      name: 'Host',
      participantId: participantId('host'),
    });
    const host = client(first.server, documentName, () => token);
    await eventually(() => host.provider.isSynced, 'synced');
    host.doc.getMap('nodes').set('before-restart', 1);
    await eventually(
      () =>
        first.server.hocuspocus.documents
          .get(documentName)
          ?.getMap('nodes')
          .has('before-restart') === true,
      'edit on the server',
    );
    const port = first.server.port;
    await first.server.stop();
    stopped = true;
    expect(existsSync(`${folder}/${strategyId}.ydoc`)).toBe(true);

    // Offline, the client keeps editing.
    host.doc.getMap('nodes').set('while-down', 2);
    const second = await startTestServer({ port, persistenceDir: folder });
    cleanups.push(() => second.server.stop());
    token = tokenFor({
      hostToken: (await second.server.openSession(strategyId)).hostToken,
      name: 'Host',
      participantId: participantId('host'),
    });
    await eventually(
      () =>
        second.server.hocuspocus.documents.get(documentName)?.getMap('nodes').has('while-down') ===
        true,
      'offline edit reaches the restarted server',
      10_000,
    );
    const fresh = client(second.server, documentName, token);
    await eventually(
      () =>
        fresh.doc.getMap('nodes').has('before-restart') &&
        fresh.doc.getMap('nodes').has('while-down'),
      'a new client sees both',
    );
  });
});

/** A raw request, so paths reach the server exactly as written (no client normalisation). */
function rawRequest(port: number, method: string, target: string) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }>((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method, path: target }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

describe('live server: the web app', () => {
  it('serves the app with the desktop policy, and nothing outside it', async () => {
    const site = await temporaryFolder();
    cleanups.push(() => site.remove());
    const root = path.join(site.path, 'dist');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(site.path, 'secret.txt'), 'not for the web');
    await symlink(path.join(site.path, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
    const test = await startTestServer({ staticRoot: root });
    cleanups.push(() => test.stop());
    const { port } = test.server;

    const page = await rawRequest(port, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>app</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const script = await rawRequest(port, 'GET', '/assets/app.js?v=1');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const head = await rawRequest(port, 'HEAD', '/index.html');
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', '33']);

    for (const target of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/assets/link.txt',
      '/assets',
      '/missing.html',
      '/sync',
    ]) {
      const refused = await rawRequest(port, 'GET', target);
      expect([target, refused.status]).toEqual([target, 404]);
      expect(refused.body).not.toContain('not for the web');
    }
    expect((await rawRequest(port, 'POST', '/index.html')).status).toBe(404);
    expect((await rawRequest(port, 'DELETE', '/index.html')).status).toBe(404);
  });

  it('accepts websockets only at /sync', async () => {
    const test = await startTestServer();
    cleanups.push(() => test.stop());
    const outcome = await new Promise<string>((resolve) => {
      const socket = new WebSocket(`ws://127.0.0.1:${test.server.port}/elsewhere`);
      socket.on('open', () => resolve('open'));
      socket.on('unexpected-response', (_request: unknown, response: { statusCode: number }) =>
        resolve(String(response.statusCode)),
      );
      socket.on('error', () => resolve('error'));
    });
    expect(outcome).toBe('404');
  });

  it('answers nothing when there is no app to serve', async () => {
    const test = await startTestServer();
    cleanups.push(() => test.stop());
    expect((await rawRequest(test.server.port, 'GET', '/')).status).toBe(404);
  });
});
