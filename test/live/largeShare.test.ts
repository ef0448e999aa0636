import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { startLiveSession } from '../../renderer/live/liveSession';
import type { LiveRecord } from '../../renderer/live/liveRecords';
import { liveRefusalKey } from '../../renderer/live/liveSlice';
import { en } from '../../shared/i18n/en';
import { ko } from '../../shared/i18n/ko';
import { strategyDocumentName } from '../../shared/host/liveSchemas';
import { edgesOf, nodesOf, SHARED_META_KEYS } from '../../shared/live/liveDoc';
import {
  applyChangeToDoc,
  jsonBytes,
  seedDoc,
  strategyBytesPass,
} from '../../shared/live/writeDoc';
import { blankStrategy } from '../../shared/model/blankStrategy';
import { applyChange, deletionChange, EMPTY_CHANGE } from '../../shared/model/change';
import type { Strategy, StrategyEdge, StrategyGraph } from '../../shared/model/graph';
import {
  connectClient,
  contentOf,
  eventually,
  goal,
  goals,
  sessionEvents,
  participantId,
  startTestServer,
  tokenFor,
  type TestClient,
  BrowserLikeWebSocket,
} from './liveTestKit';

/** A message limit a few hundred cards exceed, so no test needs a 30,000-card strategy. */
const LIMIT = 64 * 1024;
const META = blankStrategy('2026-01-01T00:00:00.000Z', 'Large plan');

(globalThis as { WebSocket?: unknown }).WebSocket = BrowserLikeWebSocket;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  vi.restoreAllMocks();
});

const strategyOf = (id: string, graph: StrategyGraph) =>
  ({ ...META, id, ...graph }) as unknown as Strategy;

async function limitedServer() {
  const log: string[] = [];
  const test = await startTestServer({ maxPayload: LIMIT, log: (line) => log.push(line) });
  cleanups.push(() => test.stop());
  return {
    ...test,
    /** Messages the server closed a connection on for being larger than it takes. */
    oversized: () => log.filter((line) => line.includes('Max payload size exceeded')),
    onServer: (strategyId: string) =>
      test.server.hocuspocus.documents.get(strategyDocumentName(strategyId)),
    join(strategyId: string, code: string, label = 'Bora'): TestClient {
      const token = { code, name: label, participantId: participantId(label) };
      const joined = connectClient(test.server, strategyDocumentName(strategyId), tokenFor(token));
      cleanups.push(() => joined.destroy());
      return joined;
    },
  };
}

/** The app's own live session module, with a store as small as the editor's. */
function person(
  name: string,
  strategyId: string,
  record: LiveRecord,
  seed: boolean,
  graph: StrategyGraph,
) {
  const seen = { graph, statuses: [] as string[], refusals: [] as string[] };
  const session = startLiveSession({
    strategyId,
    record,
    name,
    participantId: participantId(name.toLowerCase()),
    seedFromStore: seed,
    takeUnsharedEdits: () => false,
    maxMessageBytes: LIMIT,
    events: sessionEvents({
      snapshot: () => strategyOf(strategyId, seen.graph),
      onReading: (reading) => (seen.graph = applyChange(seen.graph, reading.change)),
      onStatus: (status) => void seen.statuses.push(status),
      onRefused: (reason) => void seen.refusals.push(reason),
    }),
  });
  let stopped: Promise<void> | null = null;
  /** Stops syncing, once however often asked; the local copy stays unless `forget`. */
  const stop = (forget = false) => (stopped ??= session.destroy(forget));
  cleanups.push(() => stop(true));
  return Object.assign(seen, { session, stop });
}

/** Ahn shares `graph` as the session's strategy; returns him and the code others join with. */
async function host(
  test: Awaited<ReturnType<typeof limitedServer>>,
  id: string,
  graph: StrategyGraph,
) {
  const { hostToken, joinCode } = await test.server.openSession(id);
  const record: LiveRecord = {
    syncUrl: test.server.syncUrl,
    credential: { hostToken },
    role: 'facilitator',
  };
  return { ahn: person('Ahn', id, record, true, graph), joinCode };
}

const ids = (map: { keys(): IterableIterator<string> }) => [...map.keys()].sort();
const sortedIds = (items: { id: string }[]) => items.map((item) => item.id).sort();

describe('seeding a document in parts', () => {
  it('writes about the size asked at a time, cards first, and ends as one write would', () => {
    const strategy = strategyOf('s', goals(200));
    const whole = new Y.Doc();
    seedDoc(whole, strategy, null);

    const parted = new Y.Doc();
    const updates: number[] = [];
    parted.on('update', (update: Uint8Array) => void updates.push(update.byteLength));
    let calls = 0;
    const shares: number[] = [];
    for (let done = false; !done && calls < 100; calls++) {
      shares.push(seedDoc(parted, strategy, null, 10_000));
      done = shares.at(-1) === 1;
      // No relationship is in before both its ends.
      for (const [, edge] of edgesOf(parted))
        for (const end of [(edge as StrategyEdge).source, (edge as StrategyEdge).target])
          expect(nodesOf(parted).has(end)).toBe(true);
    }
    expect(calls).toBeGreaterThan(5);
    expect(calls).toBeLessThan(100);
    // How much of it is in grows with each part, to all of it with the last.
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(new Set(shares).size).toBe(shares.length);
    expect(shares.slice(0, -1).every((share) => share > 0 && share < 1)).toBe(true);
    // A part ends past the size asked by one card at most, and Yjs adds little to its JSON.
    const largest = Math.max(...strategy.nodes.map(jsonBytes), ...strategy.edges.map(jsonBytes));
    for (const bytes of updates) expect(bytes).toBeLessThan(2 * (10_000 + largest));
    expect(contentOf(parted)).toBe(contentOf(whole));
    expect(ids(edgesOf(parted))).toEqual(ids(edgesOf(whole)));
    // Called again with nothing left to write, it writes nothing.
    const before = updates.length;
    expect(seedDoc(parted, strategy, null, 10_000)).toBe(1);
    expect(updates).toHaveLength(before);
  });

  it('tells a strategy larger than a size from one within it, counting as the parts do', () => {
    const strategy = strategyOf('s', {
      nodes: [goal('a'), goal('b', 'b'.repeat(5000)), goal('c')],
      edges: [],
    });
    const counted =
      jsonBytes(SHARED_META_KEYS.map((key) => strategy[key])) +
      strategy.nodes.reduce((sum, node) => sum + jsonBytes(node), 0);
    expect(strategyBytesPass(strategy, counted - 1)).toBe(true);
    expect(strategyBytesPass(strategy, counted)).toBe(false);
    expect(strategyBytesPass(strategy, 1000)).toBe(true);
  });

  it('writes a card larger than a part alone, and goes on', () => {
    const graph = {
      nodes: [goal('small'), goal('huge', 'h'.repeat(20_000)), goal('next')],
      edges: [],
    };
    const doc = new Y.Doc();
    // The strategy's own fields are in already: what is left to write is its cards.
    seedDoc(doc, strategyOf('s', { nodes: [], edges: [] }), null);
    const strategy = strategyOf('s', graph);
    // Two of its three cards are in.
    expect(seedDoc(doc, strategy, null, 1000)).toBeCloseTo(2 / 3);
    expect(ids(nodesOf(doc))).toEqual(['huge', 'small']);
    expect(seedDoc(doc, strategy, null, 1000)).toBe(1);
    expect(ids(nodesOf(doc))).toEqual(['huge', 'next', 'small']);
  });
});

describe('live session: a host sharing a strategy larger than one message', () => {
  it('shares it in parts that each fit a message, and everyone gets all of it', async () => {
    const test = await limitedServer();
    const graph = goals(400);
    const probe = new Y.Doc();
    seedDoc(probe, strategyOf('large', graph), null);
    expect(Y.encodeStateAsUpdate(probe).byteLength).toBeGreaterThan(3 * LIMIT);

    const { ahn, joinCode } = await host(test, 'large', graph);
    const bora = test.join('large', joinCode);
    await ahn.session.ready;
    // Ready once all of it is in the document, sent or on its way.
    expect(nodesOf(ahn.session.doc).size).toBe(400);
    await eventually(() => edgesOf(bora.doc).size === 399, 'the whole strategy at Bora', 10_000);
    expect(contentOf(bora.doc)).toBe(contentOf(ahn.session.doc));
    expect(contentOf(test.onServer('large')!)).toBe(contentOf(ahn.session.doc));
    expect(test.oversized()).toEqual([]);
    expect(ahn.refusals).toEqual([]);
    expect(ahn.statuses).not.toContain('reconnecting');
    expect(ahn.session.provider?.isSynced).toBe(true);
  });

  it('passes on what others add meanwhile, and shares what the host edits meanwhile', async () => {
    // A hidden page draws no frames: others' changes after the first wait up to 100 ms for
    // the store, while the host's parts go on.
    vi.stubGlobal('requestAnimationFrame', () => 0);
    cleanups.push(() => void vi.unstubAllGlobals());
    const test = await limitedServer();
    const { ahn, joinCode } = await host(test, 'busy', goals(400));
    const bora = test.join('busy', joinCode);
    // Bora adds a card as each of the first parts reaches her; Ahn edits his copy meanwhile.
    const fromBora = ['b1', 'b2', 'b3', 'b4'];
    let added = 0;
    nodesOf(bora.doc).observe((_, transaction) => {
      if (transaction.local || added === fromBora.length) return;
      const card = goal(fromBora[added++]!);
      applyChangeToDoc(bora.doc, { ...EMPTY_CHANGE, putNodes: [card] }, 'bora');
      if (added > 1) return;
      ahn.graph = applyChange(ahn.graph, { ...EMPTY_CHANGE, putNodes: [goal('from-ahn')] });
      ahn.graph = applyChange(ahn.graph, deletionChange(ahn.graph, ['g399'], []));
    });
    await ahn.session.ready;
    await eventually(() => nodesOf(bora.doc).size === 404, 'every card at Bora', 10_000);
    await eventually(() => ahn.graph.nodes.length === 404, "Bora's cards in Ahn's copy");
    expect(added).toBe(fromBora.length);
    for (const id of [...fromBora, 'from-ahn']) expect(nodesOf(bora.doc).has(id)).toBe(true);
    expect(nodesOf(bora.doc).has('g399')).toBe(false);
    expect(sortedIds(ahn.graph.nodes)).toEqual(ids(nodesOf(bora.doc)));
    expect(ahn.refusals).toEqual([]);
  });

  it('goes on after the connection drops mid-share, each message still within the limit', async () => {
    const test = await limitedServer();
    const { ahn, joinCode } = await host(test, 'dropped', goals(400));
    const bora = test.join('dropped', joinCode);
    let parts = 0;
    nodesOf(bora.doc).observe(() => {
      // The socket closes as a lost network would close it, with the next part on its way.
      if (++parts === 3) ahn.session.provider?.configuration.websocketProvider.webSocket?.close();
    });
    await ahn.session.ready;
    await eventually(() => edgesOf(bora.doc).size === 399, 'the whole strategy at Bora', 10_000);
    expect(ahn.statuses).toContain('reconnecting');
    expect(ahn.statuses.at(-1)).toBe('connected');
    expect(contentOf(bora.doc)).toBe(contentOf(ahn.session.doc));
    expect(test.oversized()).toEqual([]);
    expect(ahn.refusals).toEqual([]);
  });

  it("shares it again over what the server holds, and on a server that lacks this device's copy", async () => {
    const first = await limitedServer();
    const shared = await host(first, 'again', goals(300));
    await shared.ahn.session.ready;
    await eventually(() => first.onServer('again')?.getMap('nodes').size === 300, 'shared once');
    // Closed with the local copy kept; edited alone, then shared again on the same server.
    await shared.ahn.stop();
    let graph = applyChange(shared.ahn.graph, deletionChange(shared.ahn.graph, ['g0'], []));
    graph = applyChange(graph, { ...EMPTY_CHANGE, putNodes: [goal('g1', 'edited alone')] });
    const again = await host(first, 'again', graph);
    const bora = first.join('again', again.joinCode);
    await again.ahn.session.ready;
    await eventually(() => nodesOf(bora.doc).size === 299, 'the deletion at Bora', 10_000);
    expect(nodesOf(bora.doc).has('g0')).toBe(false);
    expect(edgesOf(bora.doc).has('e0')).toBe(false);
    expect((nodesOf(bora.doc).get('g1')?.get('data') as Y.Map<unknown>).get('notes')).toBe(
      'edited alone',
    );
    await again.ahn.stop();

    // A server that has never seen it: this device's copy of it is never sent at once.
    const second = await limitedServer();
    const elsewhere = await host(second, 'again', graph);
    const chul = second.join('again', elsewhere.joinCode, 'Chul');
    await elsewhere.ahn.session.ready;
    await eventually(() => edgesOf(chul.doc).size === 298, 'the whole strategy at Chul', 10_000);
    expect(sortedIds(graph.nodes)).toEqual(ids(nodesOf(chul.doc)));
    expect([...first.oversized(), ...second.oversized()]).toEqual([]);
    expect(elsewhere.ahn.refusals).toEqual([]);
  });
});

describe('live session: a copy sending more than the server takes at once', () => {
  it('leaves the session with a message in both languages, rather than reconnect', async () => {
    const test = await limitedServer();
    const { joinCode, hostToken } = await test.server.openSession('paste');
    const facilitator = connectClient(
      test.server,
      strategyDocumentName('paste'),
      tokenFor({ hostToken, name: 'Ahn', participantId: participantId('ahn') }),
    );
    cleanups.push(() => facilitator.destroy());
    const record: LiveRecord = {
      syncUrl: test.server.syncUrl,
      credential: { code: joinCode },
      role: 'editor',
    };
    const dami = person('Dami', 'paste', record, false, { nodes: [], edges: [] });
    await dami.session.ready;
    await eventually(() => dami.session.provider?.isSynced === true, 'Dami synced');

    // One change larger than a message, as a paste of a great many cards would be.
    const pasted = goal('pasted', 'p'.repeat(2 * LIMIT));
    dami.graph = applyChange(dami.graph, { ...EMPTY_CHANGE, putNodes: [pasted] });
    dami.session.link.push({ ...EMPTY_CHANGE, putNodes: [pasted] }, undefined, undefined);
    await eventually(() => dami.refusals.length > 0, 'the refusal heard');
    // Several reconnection delays later, the copy has not tried again.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(dami.refusals).toEqual(['message-too-large']);
    expect(dami.statuses.at(-1)).toBe('ended');
    expect(test.oversized()).toHaveLength(1);
    expect(test.onServer('paste')?.getConnectionsCount()).toBe(1);
    expect(nodesOf(facilitator.doc).size).toBe(0);
    // The copy keeps the change, in the store and in its document.
    expect(sortedIds(dami.graph.nodes)).toEqual(['pasted']);
    expect(nodesOf(dami.session.doc).has('pasted')).toBe(true);

    const key = liveRefusalKey('message-too-large');
    expect(key).toBe('liveMessageTooLarge');
    expect(en[key]).toMatch(/16 MB/);
    expect(ko[key]).toMatch(/16MB/);
  });
});
