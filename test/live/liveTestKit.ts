import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  startLiveServer,
  type LiveServerHandle,
  type LiveServerOptions,
} from '../../electron/live/liveServer';
import type { LiveSessionEvents } from '../../renderer/live/liveSession';
import type { LiveToken } from '../../shared/host/liveSchemas';
import type { StrategyEdge, StrategyGraph, StrategyNode } from '../../shared/model/graph';
import { createNode } from '../../shared/model/nodes';

/** This machine's loopback address, as `os.networkInterfaces()` lists it. */
export const LOOPBACK = {
  address: '127.0.0.1',
  family: 'IPv4' as const,
  internal: true,
  netmask: '255.0.0.0',
  mac: '',
  cidr: null,
};

/** Polls `condition` until it holds; fails after `timeoutMs` so no test can hang. */
export async function eventually(
  condition: () => boolean,
  what: string,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * The browser's WebSocket, for the app's own live session module: one closed while connecting
 * reports it, and nothing throws.
 */
export class BrowserLikeWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

export async function temporaryFolder(): Promise<{ path: string; remove(): Promise<void> }> {
  const folder = await mkdtemp(path.join(tmpdir(), 'cdw-live-'));
  return { path: folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

/** Failure pauses are recorded and skipped, so refusals are answered at once. */
export function recordingClock() {
  const sleeps: number[] = [];
  return {
    sleeps,
    clock: {
      now: () => Date.now(),
      sleep: async (ms: number) => void sleeps.push(ms),
    },
  };
}

export async function startTestServer(overrides: Partial<LiveServerOptions> = {}) {
  const folder = overrides.persistenceDir ? null : await temporaryFolder();
  const recording = recordingClock();
  const server = await startLiveServer({
    host: '127.0.0.1',
    port: 0,
    persistenceDir: folder?.path ?? overrides.persistenceDir!,
    clock: recording.clock,
    connectionsPerMinute: 0,
    storeDebounceMs: 50,
    ...overrides,
  });
  return {
    server,
    sleeps: recording.sleeps,
    persistenceDir: folder?.path ?? overrides.persistenceDir!,
    async stop() {
      await server.stop();
      await folder?.remove();
    },
  };
}

export interface TestClient {
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  doc: Y.Doc;
  /** Reasons the server gave for refusing, in order. */
  refusals: string[];
  /** Scopes the server granted ('read-write' or 'readonly'), in order. */
  grants: string[];
  stateless: unknown[];
  closes: number;
  destroy(): void;
}

let nextParticipant = 0;
export function participantId(label: string): string {
  nextParticipant += 1;
  return `${label}-${String(nextParticipant).padStart(8, '0')}`;
}

export function tokenFor(token: LiveToken): string {
  return JSON.stringify(token);
}

/** A Node client: the provider the app will use, over the `ws` package's WebSocket. */
export function connectClient(
  server: Pick<LiveServerHandle, 'syncUrl'> | string,
  documentName: string,
  token: string | (() => string),
  doc = new Y.Doc(),
  /** The WebSocket class; one that answers no ping stands for a device whose network dropped. */
  socketClass: typeof WebSocket = WebSocket,
): TestClient {
  const socket = new HocuspocusProviderWebsocket({
    url: typeof server === 'string' ? server : server.syncUrl,
    WebSocketPolyfill: socketClass,
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
    factor: 1,
    jitter: false,
  });
  const client: TestClient = {
    provider: undefined as unknown as HocuspocusProvider,
    socket,
    doc,
    refusals: [],
    grants: [],
    stateless: [],
    closes: 0,
    destroy() {
      client.provider.destroy();
      socket.destroy();
    },
  };
  client.provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => void client.refusals.push(reason),
    onAuthenticated: ({ scope }) => void client.grants.push(scope),
    onStateless: ({ payload }) => void client.stateless.push(JSON.parse(payload)),
  });
  socket.on('disconnect', () => (client.closes += 1));
  client.provider.attach();
  return client;
}

/** The `nodes` map as text, keys sorted: the order keys arrive in differs between replicas. */
export function contentOf(doc: Y.Doc): string {
  return JSON.stringify(
    Object.entries(doc.getMap('nodes').toJSON()).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

export function sameContent(a: Y.Doc, b: Y.Doc): boolean {
  return contentOf(a) === contentOf(b);
}

/** What a test's copy of the app hears from its session: nothing, but for what `heard` takes. */
export function sessionEvents(
  heard: Pick<LiveSessionEvents, 'snapshot'> & Partial<LiveSessionEvents>,
): LiveSessionEvents {
  const ignore = () => {};
  return {
    onReading: ignore,
    onStatus: ignore,
    onRefused: ignore,
    onSessionMessage: ignore,
    onSummon: ignore,
    onLock: ignore,
    onPeers: ignore,
    onUndoState: ignore,
    onEditOfDeleted: ignore,
    onRole: ignore,
    onShareProgress: ignore,
    ...heard,
  };
}

export function goal(id: string, notes = 'n'.repeat(300)): StrategyNode {
  const made = createNode('goal', id, { x: 0, y: 0 });
  return { ...made, data: { ...made.data, title: `Goal ${id}`, notes } } as StrategyNode;
}

/** `count` goals, each but the first a subgoal of the one before. */
export function goals(count: number): StrategyGraph {
  const nodes = Array.from({ length: count }, (_, i) => goal(`g${i}`));
  const edges: StrategyEdge[] = nodes.slice(1).map((node, i) => ({
    id: `e${i}`,
    kind: 'subgoalOf',
    source: node.id,
    target: nodes[i]!.id,
  }));
  return { nodes, edges };
}

/** lib0's variable-length unsigned integer, the length and number prefix of Hocuspocus' messages. */
function varUint(value: number): number[] {
  const bytes: number[] = [];
  for (; value > 0x7f; value = Math.floor(value / 128)) bytes.push(0x80 | (value & 0x7f));
  return [...bytes, value];
}

/** Bytes as lib0 writes an array of them: their length first. */
export const withLength = (bytes: Uint8Array) => [...varUint(bytes.length), ...bytes];

/** A message as a Hocuspocus client writes it: the document's name, the type, then `body`. */
export function hocuspocusMessage(
  documentName: string,
  type: number,
  body: Uint8Array,
): Uint8Array {
  const name = new TextEncoder().encode(documentName);
  return new Uint8Array([...withLength(name), ...varUint(type), ...body]);
}
