import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { startLiveSession } from '../../renderer/live/liveSession';
import { liveRefusalKey } from '../../renderer/live/liveSlice';
import { en } from '../../shared/i18n/en';
import { ko } from '../../shared/i18n/ko';
import { strategyDocumentName } from '../../shared/host/liveSchemas';
import { nodesOf } from '../../shared/live/liveDoc';
import { blankStrategy } from '../../shared/model/blankStrategy';
import { EMPTY_CHANGE } from '../../shared/model/change';
import type { Strategy, StrategyNode } from '../../shared/model/graph';
import { createNode } from '../../shared/model/nodes';
import {
  connectClient,
  eventually,
  sessionEvents,
  participantId,
  startTestServer,
  tokenFor,
  type TestClient,
  BrowserLikeWebSocket,
} from './liveTestKit';

/** Small, so a test fills it in a few messages; what is checked holds for any cap. */
const CAP = 256 * 1024;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  vi.restoreAllMocks();
});

async function cappedSession(strategyId: string) {
  const test = await startTestServer({ maxDocumentBytes: CAP });
  cleanups.push(() => test.stop());
  const session = await test.server.openSession(strategyId);
  const documentName = strategyDocumentName(strategyId);
  return {
    ...test,
    session,
    documentName,
    join(label: string): TestClient {
      const token = { code: session.joinCode, name: label, participantId: participantId(label) };
      const joined = connectClient(test.server, documentName, tokenFor(token));
      cleanups.push(() => joined.destroy());
      return joined;
    },
    onServer: () => test.server.hocuspocus.documents.get(documentName)!,
    /** The nodes as last written to disk. */
    stored(): Y.Map<unknown> {
      const doc = new Y.Doc();
      const file = path.join(test.persistenceDir, `${strategyId}.ydoc`);
      if (existsSync(file)) Y.applyUpdate(doc, readFileSync(file));
      return doc.getMap('nodes');
    },
  };
}

/** Why the server cut a client off a document, as its provider heard it. */
function closeReasons(client: TestClient): string[] {
  const reasons: string[] = [];
  client.provider.on('close', ({ event }: { event: { reason: string } }) =>
    reasons.push(event.reason),
  );
  return reasons;
}

describe('live server: the size of a document', () => {
  it('refuses a write that would pass the cap whole, and takes writes below it', async () => {
    const test = await cappedSession('strategy-capped');
    const [ahn, bora] = [test.join('Ahn'), test.join('Bora')];
    await eventually(() => ahn.provider.isSynced && bora.provider.isSynced, 'both synced');

    // A large edit well within the cap reaches everyone, and the disk.
    ahn.doc.getMap('nodes').set('large', 'a'.repeat(150_000));
    await eventually(() => bora.doc.getMap('nodes').has('large'), 'the large edit at Bora');
    await eventually(() => test.stored().has('large'), 'the large edit stored');
    const before = Y.encodeStateAsUpdate(test.onServer());

    // Together with what is there, Bora's edit would pass the cap; her next one builds on it.
    const reasons = closeReasons(bora);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    bora.doc.getMap('nodes').set('huge', 'b'.repeat(150_000));
    bora.doc.getMap('nodes').set('after', 1);
    await eventually(() => reasons.includes('document-too-large'), 'Bora told why');
    await eventually(() => test.onServer().getConnectionsCount() === 1, 'Bora cut off');

    const onServer = test.onServer();
    expect(Y.encodeStateAsUpdate(onServer)).toEqual(before);
    expect(onServer.store.pendingStructs).toBeNull();
    expect([...onServer.getMap('nodes').keys()]).toEqual(['large']);

    // Everyone else edits on; neither they nor the disk ever see Bora's refused edits.
    ahn.doc.getMap('nodes').set('small', 1);
    await eventually(() => test.stored().has('small'), 'a later edit stored');
    expect([...test.stored().keys()].sort()).toEqual(['large', 'small']);
    const chul = test.join('Chul');
    await eventually(() => chul.doc.getMap('nodes').has('small'), 'a newcomer synced');
    expect([...chul.doc.getMap('nodes').keys()].sort()).toEqual(['large', 'small']);
    expect(ahn.doc.getMap('nodes').has('huge')).toBe(false);
  });

  it('counts a document as stored, so edits over a long session are not held against it', async () => {
    const test = await cappedSession('strategy-long');
    const ahn = test.join('Ahn');
    await eventually(() => ahn.provider.isSynced, 'synced');
    // Ten rewrites of one field send four times the cap; the document holds only the last.
    for (let i = 0; i < 10; i++) {
      ahn.doc.getMap('nodes').set('notes', `${i}`.repeat(100_000));
      await eventually(
        () => (test.stored().get('notes') as string | undefined)?.startsWith(`${i}`) === true,
        `rewrite ${i} stored`,
      );
    }
    expect(test.onServer().getConnectionsCount()).toBe(1);
  });
});

describe('live session: a copy whose edit the server refused as too large', () => {
  it('ends its session with the reason, said in both languages', async () => {
    (globalThis as { WebSocket?: unknown }).WebSocket = BrowserLikeWebSocket;
    const test = await cappedSession('strategy-app');
    const refusals: string[] = [];
    const meta = blankStrategy('2026-01-01T00:00:00.000Z', 'Capped plan');
    const node = createNode('goal', 'goal-notes', { x: 0, y: 0 });
    const wordy = { ...node, data: { ...node.data, notes: 'n'.repeat(300_000) } } as StrategyNode;
    const session = startLiveSession({
      strategyId: 'strategy-app',
      record: {
        syncUrl: test.server.syncUrl,
        credential: { code: test.session.joinCode },
        role: 'editor',
      },
      name: 'Dami',
      participantId: participantId('dami'),
      seedFromStore: false,
      takeUnsharedEdits: () => false,
      events: sessionEvents({
        snapshot: () => ({ ...meta, id: 'strategy-app', nodes: [], edges: [] }) as Strategy,
        onRefused: (reason) => void refusals.push(reason),
      }),
    });
    cleanups.push(() => session.destroy(true));
    const ahn = test.join('Ahn');
    await session.ready;
    await eventually(() => session.provider?.isSynced === true && ahn.provider.isSynced, 'synced');

    vi.spyOn(console, 'error').mockImplementation(() => {});
    session.link.push({ ...EMPTY_CHANGE, putNodes: [wordy] }, undefined, undefined);
    await eventually(() => refusals.length > 0, 'the refusal heard');
    expect(refusals).toEqual(['document-too-large']);
    expect(nodesOf(test.onServer()).size).toBe(0);
    expect(nodesOf(ahn.doc).size).toBe(0);

    const key = liveRefusalKey('document-too-large');
    expect(key).toBe('liveDocumentTooLarge');
    expect(en[key]).toMatch(/larger than the server keeps/);
    expect(ko[key]).toMatch(/크기/);
  });
});
