import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import {
  MAX_PAYLOAD_BYTES,
  strategyDocumentName,
  type LiveRefusal,
  type LiveRole,
  type LiveServerMessage,
} from '../../shared/host/liveSchemas';
import { diffGraphs } from '../../shared/live/diffGraph';
import { edgesOf, isEmptyDoc, metaOf, nodesOf, removedOf } from '../../shared/live/liveDoc';
import { createDocReader, type DocReading } from '../../shared/live/readDoc';
import {
  applyChangeToDoc,
  seedDoc,
  strategyBytesPass,
  writeMeta,
} from '../../shared/live/writeDoc';
import { EMPTY_CHANGE, isEmptyChange, type GraphChange } from '../../shared/model/change';
import type { Strategy } from '../../shared/model/graph';
import { createLocalCopy } from './localCopy';
import type { LiveLink } from './liveOutlet';
import type { LiveRecord } from './liveRecords';
import { observeEachFrame, type DocObserver } from './observeEachFrame';
import { ownUserField, peersIn, type PeerState } from './peerPresence';
import { passOnServerMessage, refusalOfDocumentClose, refusalOfSocketClose } from './serverSignals';
import { partBytesFor, shareInParts } from './shareInParts';

export { localDocName } from './localCopy';
export type { PeerState } from './peerPresence';

export type LiveStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'ended';

export interface LiveSessionEvents {
  /** The strategy as the store holds it now. */
  snapshot(): Strategy;
  /** A change someone else made (or an undo of one's own), for the store and the library. */
  onReading(reading: DocReading): void;
  onStatus(status: LiveStatus): void;
  onRefused(reason: LiveRefusal | string): void;
  /** Who is in the session, as the server has them (with the join code for facilitators). */
  onSessionMessage(message: Extract<LiveServerMessage, { type: 'session' | 'members' }>): void;
  /** A facilitator's "Bring everyone here", checked by the server. */
  onSummon(message: Extract<LiveServerMessage, { type: 'summon' }>): void;
  /** Whether the facilitator has locked editing, as the server says. */
  onLock(locked: boolean): void;
  onPeers(peers: PeerState[]): void;
  onUndoState(canUndo: boolean, canRedo: boolean): void;
  /** One's own edit of something someone else deleted meanwhile was not kept. */
  onEditOfDeleted(): void;
  onRole(role: LiveRole): void;
  /** How much of a host's strategy shared in parts has been sent, after each part: 1 at last. */
  onShareProgress(share: number): void;
}

export interface LiveSessionOptions {
  strategyId: string;
  record: LiveRecord;
  name: string;
  participantId: string;
  /** The host shares their copy; everyone else takes the shared one. */
  seedFromStore: boolean;
  /**
   * Whether this copy was edited while no session ran (asked once the local copy is read):
   * those edits go into the document rather than being replaced by it.
   */
  takeUnsharedEdits(): boolean;
  events: LiveSessionEvents;
  /** The most one message to the server may carry: MAX_PAYLOAD_BYTES unless told. */
  maxMessageBytes?: number;
}

/** Edits to one field this close together undo as one step, as when not shared. */
const COALESCE_MS = 1500;
/** How long after it is added (or the connection is back) another card may land on one's own. */
const RECENTLY_PLACED_MS = 30_000;
/**
 * One shared strategy on this device: its Y.Doc, kept in IndexedDB so the copy outlives a
 * restart or a lost network, synced through the server, with personal undo and presence.
 */
export function startLiveSession(options: LiveSessionOptions) {
  const { strategyId, record, events } = options;
  const doc = new Y.Doc();
  const local = { origin: 'local' };
  /** Own changes undo passes over: the app's, made on this person's behalf. */
  const byTheApp = { origin: 'app' };
  const seeding = { origin: 'seed' };
  const reader = createDocReader(doc);
  const partBytes = partBytesFor(options.maxMessageBytes ?? MAX_PAYLOAD_BYTES);
  /**
   * A host's strategy that might not fit one message is shared in parts once the server has
   * answered: written before the provider attaches, it would all go in the first sync's one
   * message, which the server would refuse at every reconnection.
   */
  const inParts = options.seedFromStore && strategyBytesPass(events.snapshot(), partBytes);
  const localCopy = createLocalCopy(doc, strategyId, !inParts);
  /** Aborted when the session stops here, ending any wait for the server. */
  const stopped = new AbortController();
  let provider: HocuspocusProvider | null = null;
  let socket: HocuspocusProviderWebsocket | null = null;
  let undoManager: Y.UndoManager | null = null;
  let observer: DocObserver | null = null;
  let destroyed = false;
  let everConnected = false;
  let reconciled = options.seedFromStore;
  let status: LiveStatus = 'connecting';
  let role: LiveRole = record.role;
  let lastGesture: { key: string | undefined; at: number } = { key: undefined, at: 0 };
  /** Cards this person added, and when: the ones someone may have added onto meanwhile. */
  const placedHere = new Map<string, number>();
  let connectedAt = 0;

  const setStatus = (next: LiveStatus) => {
    if (next === status || status === 'ended') return;
    status = next;
    if (next === 'connected') connectedAt = Date.now();
    events.onStatus(next);
  };

  /**
   * Brings the store to the document as read, naming only what differs. What a peer broke in
   * the document stays as the store last had it: it is not taken for a deletion.
   */
  const reconcile = (meta: DocReading['meta']) => {
    const local = events.snapshot();
    const change: GraphChange = diffGraphs(local, reader.keepLastGood(local));
    events.onReading({ change, meta, problems: [] });
  };
  /**
   * The local copy is the document as this person last had it; what the store holds beyond it
   * was edited since, with no session to take it. It goes in as this person's edit, checked as
   * any edit is (a node deleted meanwhile stays deleted), and merges when the server is reached.
   */
  const shareUnsharedEdits = () => {
    const snapshot = events.snapshot();
    applyChangeToDoc(doc, diffGraphs(reader.readAll().graph, snapshot), local);
    writeMeta(doc, snapshot, local);
  };
  const updateUndoState = () => {
    if (undoManager)
      events.onUndoState(undoManager.undoStack.length > 0, undoManager.redoStack.length > 0);
  };

  let listenForUpdates = () => {};

  const onOnline = () =>
    setStatus(provider?.isSynced && everConnected ? 'connected' : 'reconnecting');
  const onOffline = () => setStatus('offline');

  const endRefused = (reason: string) => {
    events.onRefused(reason);
    setStatus('ended');
    stopped.abort();
    // The socket, not the provider: a provider given its socket leaves it connected, and on
    // reconnecting it would be refused again.
    socket?.disconnect();
  };

  /** Passes others' changes on to the store from here on, and undoes one's own. */
  const observe = () => {
    observer = observeEachFrame(doc, reader, {
      isOwn: (origin) => origin === local || origin === byTheApp || origin === seeding,
      onReading: (reading) => events.onReading(reading),
    });
    undoManager = new Y.UndoManager([nodesOf(doc), edgesOf(doc), metaOf(doc), removedOf(doc)], {
      trackedOrigins: new Set([local]),
      captureTimeout: COALESCE_MS,
    });
    undoManager.on('stack-item-added', updateUndoState);
    undoManager.on('stack-item-popped', updateUndoState);
    undoManager.on('stack-cleared', updateUndoState);
  };

  const ready = (async () => {
    // The connection opens while the local copy is read; the document is attached after.
    socket = new HocuspocusProviderWebsocket({
      url: record.syncUrl,
      // A dropped network or a restarted server is found again within seconds.
      delay: 500,
      minDelay: 500,
      maxDelay: 4000,
      // Heard before the socket decides to reconnect: a message the server found too large
      // would be sent again on every reconnection, and refused each time.
      onClose: ({ event }) => {
        const refusal = refusalOfSocketClose(event);
        if (refusal) endRefused(refusal);
      },
    });
    if (!(await localCopy.read(() => destroyed))) return;
    const unshared = options.takeUnsharedEdits();
    if (options.seedFromStore) {
      // A share in parts is written once the server has answered (see shareInParts).
      if (!inParts) seedDoc(doc, events.snapshot(), seeding);
      reader.readAll();
    } else if (!isEmptyDoc(doc)) {
      if (unshared) shareUnsharedEdits();
      const read = reader.readAll();
      reconcile(read.meta);
      if (read.problems.length > 0)
        events.onReading({ change: EMPTY_CHANGE, meta: {}, problems: read.problems });
    }
    if (!inParts) observe();

    const token = JSON.stringify({
      ...record.credential,
      name: options.name,
      participantId: options.participantId,
    });
    provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: strategyDocumentName(strategyId),
      document: doc,
      token,
      onStatus: ({ status: socket }) => {
        if (typeof navigator !== 'undefined' && navigator.onLine === false) setStatus('offline');
        else if (socket === 'connected') setStatus(provider?.isSynced ? 'connected' : 'connecting');
        else if (everConnected) setStatus('reconnecting');
      },
      onSynced: () => {
        listenForUpdates();
        everConnected = true;
        setStatus('connected');
        if (!reconciled) {
          // Whatever this copy held that the session no longer does goes too.
          reconciled = true;
          // The reader has followed every transaction since the copy was read: what it holds
          // is the document, without parsing each node again.
          observer?.deliverNow();
          reconcile(reader.current().meta);
        }
      },
      onAuthenticated: ({ scope }) => {
        const next: LiveRole =
          role === 'facilitator' ? 'facilitator' : scope === 'readonly' ? 'viewer' : 'editor';
        if (next !== role) {
          role = next;
          events.onRole(role);
        }
        // Editing while the session is locked is granted read-only: allowed to write, this
        // connection is not locked, whatever it missed while away.
        if (role !== 'facilitator' && scope !== 'readonly') events.onLock(false);
      },
      onAuthenticationFailed: ({ reason }) => endRefused(reason),
      // A write the server refused is still in this copy, and would be sent again on every
      // reconnection: the session ends for this copy instead.
      onClose: ({ event }) => {
        const refusal = refusalOfDocumentClose(event);
        if (refusal) endRefused(refusal);
      },
      onStateless: ({ payload }) => passOnServerMessage(payload, events),
      onAwarenessChange: ({ states }) => events.onPeers(peersIn(states, doc.clientID)),
    });
    if (!options.seedFromStore && isEmptyDoc(doc))
      listenForUpdates = localCopy.listenOnceNeeded(provider);
    else localCopy.storeCopyAfterSending();
    provider.attach();
    provider.setAwarenessField('user', ownUserField(options.participantId, options.name));
    if (typeof window !== 'undefined') {
      window.addEventListener('online', onOnline);
      window.addEventListener('offline', onOffline);
    }
    if (inParts)
      await shareInParts({
        sync: provider,
        signal: stopped.signal,
        doc,
        reader,
        snapshot: () => events.snapshot(),
        origin: seeding,
        partBytes,
        observe,
        deliverNow: () => observer?.deliverNow(),
        onProgress: (share) => events.onShareProgress(share),
      });
  })();

  const link: LiveLink = {
    strategyId,
    push(change, meta, coalesceKey, undoable = true) {
      if (destroyed || !undoManager) return;
      const now = Date.now();
      const nodes = nodesOf(doc);
      for (const node of change.putNodes) if (!nodes.has(node.id)) placedHere.set(node.id, now);
      const origin = undoable ? local : byTheApp;
      if (undoable) {
        const continues =
          coalesceKey !== undefined &&
          coalesceKey === lastGesture.key &&
          now - lastGesture.at < COALESCE_MS;
        if (!continues) undoManager.stopCapturing();
        lastGesture = { key: coalesceKey, at: now };
      }
      let refused = EMPTY_CHANGE;
      doc.transact(() => {
        refused = applyChangeToDoc(doc, change, origin, reader.editBase);
        if (meta) writeMeta(doc, meta, origin, reader.editBase.meta());
      }, origin);
      if (isEmptyChange(refused)) return;
      // The store shows the edit already: take the deleted nodes back out, with their edges.
      const gone = new Set(refused.removeNodeIds);
      const edgeIds = new Set(refused.removeEdgeIds);
      for (const edge of events.snapshot().edges)
        if (gone.has(edge.source) || gone.has(edge.target)) edgeIds.add(edge.id);
      events.onReading({
        change: { ...EMPTY_CHANGE, removeNodeIds: [...gone], removeEdgeIds: [...edgeIds] },
        meta: {},
        problems: [],
      });
      events.onEditOfDeleted();
    },
    undo() {
      undoManager?.undo();
    },
    redo() {
      undoManager?.redo();
    },
  };

  return {
    link,
    ready,
    doc,
    get provider() {
      return provider;
    },
    get role() {
      return role;
    },
    /**
     * The cards this person added lately: until a while after they were added, or after the
     * connection came back for those added offline, others' cards may arrive placed on them.
     */
    recentlyPlaced(): Set<string> {
      const since = Date.now() - RECENTLY_PLACED_MS;
      for (const [id, at] of placedHere)
        if (Math.max(at, connectedAt) < since) placedHere.delete(id);
      return new Set(placedHere.keys());
    },
    setPresence(field: 'selection' | 'view', value: unknown) {
      provider?.setAwarenessField(field, value);
    },
    sendCommand(command: object) {
      provider?.sendStateless(JSON.stringify(command));
    },
    /** Stops syncing; the local copy stays unless `forget`. */
    async destroy(forget = false) {
      destroyed = true;
      stopped.abort();
      await ready.catch(() => {});
      observer?.stop();
      undoManager?.destroy();
      provider?.destroy();
      socket?.destroy();
      if (typeof window !== 'undefined') {
        window.removeEventListener('online', onOnline);
        window.removeEventListener('offline', onOffline);
      }
      await localCopy.close(forget);
      doc.destroy();
    },
  };
}

export type LiveSession = ReturnType<typeof startLiveSession>;
