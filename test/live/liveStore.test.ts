import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { inThreadFileParser } from '../../renderer/exchange/fileParser';
import { liveRecordOf } from '../../renderer/live/liveRecords';
import type * as LiveSessionModule from '../../renderer/live/liveSession';
import { WorkbenchDatabase } from '../../renderer/persistence/database';
import { createSoleOwnership } from '../../renderer/persistence/strategyOwnership';
import { createAppStore } from '../../renderer/store/createAppStore';
import type { HostBridge } from '../../shared/host/bridge';
import { strategyDocumentName } from '../../shared/host/liveSchemas';
import { edgesOf, nodesOf } from '../../shared/live/liveDoc';
import { blankStrategy } from '../../shared/model/blankStrategy';
import { createNode } from '../../shared/model/nodes';
import type { StrategyGraph } from '../../shared/model/graph';
import {
  connectClient,
  eventually,
  goals,
  participantId,
  startTestServer,
  tokenFor,
  BrowserLikeWebSocket,
} from './liveTestKit';

/** A message limit a few hundred cards exceed, so no test needs a 30,000-card strategy. */
const { LIMIT } = vi.hoisted(() => ({ LIMIT: 64 * 1024 }));

// The store's sessions take the app's own message limit: here the test server's, far lower,
// so a few hundred cards are shared in parts.
vi.mock('../../renderer/live/liveSession', async (importOriginal) => {
  const real = await importOriginal<typeof LiveSessionModule>();
  return {
    ...real,
    startLiveSession: (options: LiveSessionModule.LiveSessionOptions) =>
      real.startLiveSession({ ...options, maxMessageBytes: LIMIT }),
  };
});

/** localStorage, where the app keeps its live records: Node has none. */
function memoryStorage(onSet: (key: string) => void = () => {}): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, String(value));
      onSet(key);
    },
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  vi.unstubAllGlobals();
});

/** The app's store over a fresh library holding `graph`, opened in the editor. */
async function storeWith(strategyId: string, graph: StrategyGraph) {
  const db = new WorkbenchDatabase(`share-record-${strategyId}-${Math.random()}`);
  await db.open();
  cleanups.push(() => db.delete());
  const bridge: HostBridge = {
    kind: 'web',
    saveFile: async () => ({ status: 'cancelled' }),
    openFile: async () => ({ status: 'cancelled' }),
    exportPdf: async () => ({ status: 'cancelled' }),
    onMenuCommand: () => () => {},
    setMenuLanguage: () => {},
    onCloseRequested: () => () => {},
  };
  const now = '2026-01-01T00:00:00.000Z';
  const { store } = createAppStore(
    {
      db,
      bridge,
      loadSample: async () => blankStrategy(now),
      now: () => new Date(now),
      newStrategyId: () => strategyId,
      layout: async () => new Map(),
      animate: async (step) => step(1),
      beforeWrite: async () => {},
      parseFiles: inThreadFileParser,
      ownership: createSoleOwnership(),
    },
    'en',
  );
  await db.addStrategy({ ...blankStrategy(now, 'Large plan'), ...graph }, strategyId);
  expect(await store.getState().openStrategy(strategyId)).toBe(true);
  cleanups.push(() => store.getState().suspendLiveSession());
  return store;
}

describe('live session: sharing a strategy larger than one message from the app', () => {
  it('records the strategy as shared once all of it is, and tells the host how much is sent meanwhile', async () => {
    vi.stubGlobal('WebSocket', BrowserLikeWebSocket);
    // What the server holds of the strategy at the moment it is first recorded as shared.
    let heldWhenRecorded: number | null = null;
    const held = () => {
      const onServer = test.server.hocuspocus.documents.get(strategyDocumentName(id));
      return onServer ? nodesOf(onServer).size + edgesOf(onServer).size : 0;
    };
    vi.stubGlobal(
      'localStorage',
      memoryStorage(() => {
        if (heldWhenRecorded === null && liveRecordOf(id) !== null) heldWhenRecorded = held();
      }),
    );
    const test = await startTestServer({ maxPayload: LIMIT });
    cleanups.push(() => test.stop());
    const id = 'recorded';
    const store = await storeWith(id, goals(400));
    const { hostToken, joinCode } = await test.server.openSession(id);

    // Bora is in before the share starts, so each part reaches her as it reaches the server.
    const token = { code: joinCode, name: 'Bora', participantId: participantId('bora') };
    const bora = connectClient(test.server, strategyDocumentName(id), tokenFor(token));
    cleanups.push(() => bora.destroy());
    await eventually(() => bora.provider.isSynced, 'Bora synced');
    // Whether the strategy was recorded as shared, each time a part reaches Bora.
    const asPartsArrive: { cards: number; recorded: boolean; sent: number | null }[] = [];
    nodesOf(bora.doc).observe(() => {
      const cards = nodesOf(bora.doc).size;
      const sent = store.getState().live?.sharing ?? null;
      asPartsArrive.push({ cards, recorded: liveRecordOf(id) !== null, sent });
    });

    await store.getState().startLiveSession({
      syncUrl: test.server.syncUrl,
      joinUrl: 'http://127.0.0.1/#/join',
      credential: { hostToken },
    });
    await eventually(() => edgesOf(bora.doc).size === 399, 'the whole strategy at Bora', 10_000);
    expect(store.getState().live?.ended).toBeNull();

    // The host waits for the server to take each part before writing the next, so while the
    // first half reaches Bora, much of the strategy is still to be written.
    const firstHalf = asPartsArrive.filter(({ cards }) => cards < 200);
    expect(firstHalf.length).toBeGreaterThan(1);
    expect(firstHalf.filter(({ recorded }) => recorded)).toEqual([]);
    // Meanwhile the host is told how much the server has, more with each part; then nothing.
    const sent = firstHalf.map((arrival) => arrival.sent!);
    expect(sent.every((share) => share >= 0 && share < 0.5)).toBe(true);
    expect(sent).toEqual([...sent].sort((a, b) => a - b));
    expect(new Set(sent).size).toBeGreaterThan(1);
    expect(store.getState().live?.sharing).toBeNull();
    expect(liveRecordOf(id)).toMatchObject({ credential: { hostToken }, role: 'facilitator' });
    expect(heldWhenRecorded).toBe(400 + 399);
  });
});

describe('live session: a session that ends for this copy', () => {
  it('leaves nothing to undo: the steps taken in it lie among others’ edits', async () => {
    vi.stubGlobal('WebSocket', BrowserLikeWebSocket);
    vi.stubGlobal('localStorage', memoryStorage());
    const test = await startTestServer();
    cleanups.push(() => test.stop());
    const id = 'ended';
    const store = await storeWith(id, goals(3));
    const { hostToken, joinCode } = await test.server.openSession(id);
    await store.getState().startLiveSession({
      syncUrl: test.server.syncUrl,
      joinUrl: 'http://127.0.0.1/#/join',
      credential: { hostToken },
    });
    const token = { code: joinCode, name: 'Bora', participantId: participantId('bora') };
    const bora = connectClient(test.server, strategyDocumentName(id), tokenFor(token));
    cleanups.push(() => bora.destroy());
    await eventually(() => nodesOf(bora.doc).size === 3, 'the strategy at Bora');

    const titleAtBora = () =>
      (nodesOf(bora.doc).get('g1')?.get('data') as Y.Map<unknown> | undefined)?.get('title');
    store.getState().updateNodeField('g1', 'title', 'Renamed here');
    await eventually(() => titleAtBora() === 'Renamed here', 'the host’s title at Bora');
    // Bora renames it after, and the host's copy takes her title.
    (nodesOf(bora.doc).get('g1')!.get('data') as Y.Map<unknown>).set('title', 'Bora’s title');
    const title = () =>
      (store.getState().nodes.find((node) => node.id === 'g1')?.data as { title?: string })?.title;
    await eventually(() => title() === 'Bora’s title', 'Bora’s title at the host');

    await test.server.closeSession(id);
    await eventually(() => store.getState().live?.ended === 'no-session', 'the session ended');
    store.getState().undo();
    expect(title()).toBe('Bora’s title');
    expect(store.getState().past).toEqual([]);
  });
});

describe('live session: undo from a card on the pipeline board', () => {
  it('keeps the keyboard on the card the step moves back, once the step reaches the store', async () => {
    vi.stubGlobal('WebSocket', BrowserLikeWebSocket);
    vi.stubGlobal('localStorage', memoryStorage());
    const test = await startTestServer();
    cleanups.push(() => test.stop());
    const id = 'board-undo';
    const project = createNode('project', 'p1', { x: 0, y: 0 });
    const store = await storeWith(id, { nodes: [...goals(1).nodes, project], edges: [] });
    const { hostToken } = await test.server.openSession(id);
    await store.getState().startLiveSession({
      syncUrl: test.server.syncUrl,
      joinUrl: 'http://127.0.0.1/#/join',
      credential: { hostToken },
    });
    const stage = () =>
      (store.getState().nodes.find((node) => node.id === 'p1')!.data as { stage: string }).stage;

    store.getState().requestStageChange('p1', 'consulting', { fromBoard: true });
    if (store.getState().pendingStageMove) store.getState().confirmStageMove('Agreed in March');
    expect(stage()).toBe('consulting');
    store.getState().clearBoardFocusRequest();

    store.getState().stepFromBoardCard('undo', 'p1');
    await eventually(() => stage() === 'discovery', 'the undo at the host');
    expect(store.getState().boardFocusRequest).toBe('p1');
  });
});
