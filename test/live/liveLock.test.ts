import { afterEach, describe, expect, it } from 'vitest';
import { strategyDocumentName } from '../../shared/host/liveSchemas';
import {
  connectClient,
  eventually,
  hocuspocusMessage,
  withLength,
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

const lockMessages = (c: TestClient) =>
  c.stateless.filter((m): m is { type: 'lock'; locked: boolean } => {
    return (m as { type?: string }).type === 'lock';
  });

describe('live server: "Lock editing"', () => {
  it('drops everyone’s writes but the facilitator’s while locked, and only a facilitator locks', async () => {
    const test = await startTestServer();
    cleanups.push(() => test.stop());
    const { server } = test;
    const strategyId = 'strategy-lock1';
    const session = await server.openSession(strategyId);
    const documentName = strategyDocumentName(strategyId);
    const host = client(
      server,
      documentName,
      tokenFor({ hostToken: session.hostToken, name: 'Host', participantId: participantId('h') }),
    );
    const joiner = (name: string) =>
      client(
        server,
        documentName,
        tokenFor({ code: session.joinCode, name, participantId: participantId(name) }),
      );
    const editor = joiner('editor');
    await eventually(() => host.provider.isSynced && editor.provider.isSynced, 'both synced');

    // An editor cannot lock the others out.
    editor.provider.sendStateless(JSON.stringify({ type: 'lockEditing', locked: true }));
    editor.doc.getMap('nodes').set('while-open', 1);
    await eventually(() => host.doc.getMap('nodes').has('while-open'), 'editor still writes');
    expect(lockMessages(editor)).toEqual([]);

    host.provider.sendStateless(JSON.stringify({ type: 'lockEditing', locked: true }));
    await eventually(() => lockMessages(editor).at(-1)?.locked === true, 'editor told');
    editor.doc.getMap('nodes').set('while-locked', 1);
    host.doc.getMap('nodes').set('by-facilitator', 1);
    await eventually(
      () => editor.doc.getMap('nodes').has('by-facilitator'),
      'facilitator still writes',
    );

    // Someone joining while locked is read-only from the start, and told why.
    const late = joiner('late');
    await eventually(() => late.provider.isSynced, 'late joiner synced');
    expect(late.grants.at(-1)).toBe('readonly');
    await eventually(() => lockMessages(late).at(-1)?.locked === true, 'late joiner told');
    late.doc.getMap('nodes').set('late-while-locked', 1);
    host.doc.getMap('nodes').set('last-while-locked', 1);
    await eventually(
      () => late.doc.getMap('nodes').has('last-while-locked'),
      'facilitator edit reaches the late joiner',
    );
    const onServer = server.hocuspocus.documents.get(documentName)!.getMap('nodes');
    expect(onServer.has('while-locked')).toBe(false);
    expect(onServer.has('late-while-locked')).toBe(false);
    expect(host.doc.getMap('nodes').has('while-locked')).toBe(false);

    // Unlocked, everyone syncs afresh: a client that kept what it wrote while locked (the app
    // writes nothing then) sends it again, and later edits build on it.
    host.provider.sendStateless(JSON.stringify({ type: 'lockEditing', locked: false }));
    await eventually(() => lockMessages(editor).at(-1)?.locked === false, 'editor told unlocked');
    // The late joiner reconnects and is granted writing again.
    await eventually(
      () => late.grants.at(-1) === 'read-write' && late.provider.isSynced,
      'late joiner may write',
    );
    editor.doc.getMap('nodes').set('after', 1);
    await eventually(() => host.doc.getMap('nodes').has('after'), 'editor writes again');
  });

  it('drops a write a locked editor sends in a sync reply, and takes it once unlocked', async () => {
    const test = await startTestServer();
    cleanups.push(() => test.stop());
    const session = await test.server.openSession('strategy-lock2');
    const documentName = strategyDocumentName('strategy-lock2');
    const host = client(
      test.server,
      documentName,
      tokenFor({ hostToken: session.hostToken, name: 'Host', participantId: participantId('h') }),
    );
    const editor = client(
      test.server,
      documentName,
      tokenFor({ code: session.joinCode, name: 'Editor', participantId: participantId('e') }),
    );
    await eventually(() => host.provider.isSynced && editor.provider.isSynced, 'both synced');
    host.provider.sendStateless(JSON.stringify({ type: 'lockEditing', locked: true }));
    await eventually(() => lockMessages(editor).at(-1)?.locked === true, 'editor told');

    // A change the editor's provider does not send itself (its own origin), sent instead as
    // the reply to a first sync step: Hocuspocus' other message that writes to a document.
    let update: Uint8Array | null = null;
    editor.doc.once('update', (written: Uint8Array) => (update = written));
    editor.doc.transact(() => editor.doc.getMap('nodes').set('in-reply', 1), editor.provider);
    const [SYNC_REPLY, YJS_UPDATE] = [4, 2];
    editor.socket.send(
      hocuspocusMessage(
        documentName,
        SYNC_REPLY,
        new Uint8Array([YJS_UPDATE, ...withLength(update!)]),
      ),
    );
    host.doc.getMap('nodes').set('after-reply', 1);
    await eventually(() => editor.doc.getMap('nodes').has('after-reply'), 'the next edit');
    const onServer = () => test.server.hocuspocus.documents.get(documentName)!.getMap('nodes');
    expect(onServer().has('in-reply')).toBe(false);

    // Unlocked, the editor syncs afresh, and what it kept reaches everyone.
    host.provider.sendStateless(JSON.stringify({ type: 'lockEditing', locked: false }));
    await eventually(() => onServer().has('in-reply'), 'the kept write on the server');
    await eventually(() => host.doc.getMap('nodes').has('in-reply'), 'the kept write at the host');
  });
});
