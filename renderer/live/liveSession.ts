import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence, clearDocument } from 'y-indexeddb';
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
import type { ViewCentre } from '../../shared/map/savedViews';
import type { LiveLink } from './liveOutlet';
import type { LiveRecord } from './liveRecords';
import { observeEachFrame, type DocObserver } from './observeEachFrame';
import { colourOf } from './participantColour';
import { serverHasAll } from './serverHasAll';
import { afterNextPaint } from '../nextFrame';

export type LiveStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'ended';

/**
 * What each person tells the others about themselves, through the provider's awareness: what
 * they select and where they look. Their name and role as shown come from the server instead.
 */
export interface PeerState {
  clientId: number;
  participantId: string;
  name: string;
  colour: string;
  selection: string[];
  view: ViewCentre | null;
}

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

/** Why the server cut this copy off: a write of it would have made the document too large. */
const DOCUMENT_TOO_LARGE: LiveRefusal = 'document-too-large';
const MESSAGE_TOO_LARGE: LiveRefusal = 'message-too-large';
/** The websocket close code of a message larger than the receiver takes (RFC 6455). */
const MESSAGE_TOO_BIG_CODE = 1009;
/**
 * How much of a message each part of a share in parts takes, as seedDoc counts it: Yjs
 * encodes at most about 2.3 times that, so a part fits one message with room to spare.
 */
const PART_OF_MESSAGE = 1 / 4;
/** Edits to one field this close together undo as one step, as when not shared. */
const COALESCE_MS = 1500;
/** How long after it is added (or the connection is back) another card may land on one's own. */
const RECENTLY_PLACED_MS = 30_000;
/** The local copy of a shared strategy lives in its own IndexedDB database. */
export function localDocName(strategyId: string): string {
  return `cdw-live:${strategyId}`;
}

function peerOf(clientId: number, state: Record<string, unknown>): PeerState | null {
  const user = state.user as Partial<PeerState> | undefined;
  if (!user || typeof user.participantId !== 'string' || typeof user.name !== 'string') return null;
  const selection = Array.isArray(state.selection)
    ? (state.selection as unknown[]).filter((id): id is string => typeof id === 'string')
    : [];
  const view = state.view as ViewCentre | null | undefined;
  const validView = (v: unknown): v is ViewCentre =>
    !!v &&
    typeof v === 'object' &&
    ['x', 'y', 'zoom'].every((k) => Number.isFinite((v as Record<string, unknown>)[k]));
  return {
    clientId,
    participantId: user.participantId,
    name: user.name.slice(0, 80),
    colour:
      typeof user.colour === 'string' && /^#[0-9a-f]{6}$/i.test(user.colour)
        ? user.colour
        : '#868e96',
    selection: selection.slice(0, 500),
    view: validView(view) ? view : null,
  };
}

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
  const partBytes = (options.maxMessageBytes ?? MAX_PAYLOAD_BYTES) * PART_OF_MESSAGE;
  /**
   * A host's strategy that might not fit one message is shared in parts once the server has
   * answered: written before the provider attaches, it would all go in the first sync's one
   * message, which the server would refuse at every reconnection.
   */
  const inParts = options.seedFromStore && strategyBytesPass(events.snapshot(), partBytes);
  const openLocalCopy = () => new IndexeddbPersistence(localDocName(strategyId), doc);
  /** Opened at once, or for a share in parts once the copy there is cleared (see `ready`). */
  let persistence: IndexeddbPersistence | null = inParts ? null : openLocalCopy();
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

  /**
   * y-indexeddb writes each update to the local copy as it happens, ahead of the provider
   * (it listened first): an edit would wait for IndexedDB before leaving, and a peer's before
   * being drawn. Its writes move after the provider's and after the frame that draws the edit,
   * in order, and are all written before the copy is closed.
   */
  const unstored: [Uint8Array, unknown][] = [];
  const storeUnstored = () => {
    for (const [update, origin] of unstored.splice(0)) persistence?._storeUpdate(update, origin);
  };
  const storeLater = (update: Uint8Array, origin: unknown) => {
    if (unstored.push([update, origin]) === 1) void afterNextPaint().then(storeUnstored);
  };
  const storeCopyAfterSending = () => {
    if (persistence) doc.off('update', persistence._storeUpdate);
    doc.on('update', storeLater);
  };
  /** Whether the local copy lacks what arrived while no update was listened to. */
  let copyBehind = false;
  const storeWholeCopy = () => {
    if (!copyBehind) return;
    copyBehind = false;
    persistence?._storeUpdate(Y.encodeStateAsUpdate(doc), null);
  };
  /**
   * A first join brings the whole document in one update, and Yjs encodes each update once
   * more for its 'update' listeners: a large part of joining, spent on a copy nobody needs.
   * The provider never sends back what it received, and the local copy is stored whole after
   * the strategy is drawn. So a fresh copy has no 'update' listener until it is synced or
   * changed here; a change here finds them back before its update is emitted. Returns the
   * call that puts them back.
   */
  const listenOnceNeeded = (sync: HocuspocusProvider) => {
    if (persistence) doc.off('update', persistence._storeUpdate);
    doc.off('update', sync.boundDocumentUpdateHandler);
    let listening = false;
    const listen = () => {
      if (listening) return;
      listening = true;
      doc.off('beforeTransaction', onTransaction);
      doc.on('update', sync.boundDocumentUpdateHandler);
      doc.on('update', storeLater);
      copyBehind = true;
      // After the frame that draws the strategy; a hidden page has no frames.
      if (typeof requestAnimationFrame === 'function')
        requestAnimationFrame(() => setTimeout(storeWholeCopy, 0));
      setTimeout(storeWholeCopy, 1000);
    };
    const onTransaction = (transaction: Y.Transaction) => {
      if (transaction.origin !== sync) listen();
    };
    doc.on('beforeTransaction', onTransaction);
    return listen;
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

  /**
   * Writes the host's copy over what the server held, in parts, each once the server has taken
   * the one before: a reconnection meanwhile sends at most that one again. What the server held
   * is read but not passed on, since the host's copy replaces it; others' changes meanwhile are
   * passed on before each part, which then keeps them. The host's own edits meanwhile reach
   * only the store (the session is not ready), and the next part takes them from there.
   */
  const shareInParts = async (sync: HocuspocusProvider) => {
    if (!(await serverHasAll(sync, stopped.signal))) return;
    reader.readAll();
    observe();
    for (;;) {
      observer?.deliverNow();
      if (seedDoc(doc, events.snapshot(), seeding, partBytes)) return;
      if (!(await serverHasAll(sync, stopped.signal))) return;
    }
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
        if (event.code === MESSAGE_TOO_BIG_CODE) endRefused(MESSAGE_TOO_LARGE);
      },
    });
    if (!persistence) {
      // A share in parts starts from what the server holds: this device's copy of a strategy
      // shared before may hold what the server lacks, which the first sync would send at once.
      await clearDocument(localDocName(strategyId));
      if (destroyed) return;
      persistence = openLocalCopy();
    }
    await persistence.whenSynced;
    if (destroyed) return;
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
        if (event.reason === DOCUMENT_TOO_LARGE) endRefused(DOCUMENT_TOO_LARGE);
      },
      onStateless: ({ payload }) => {
        try {
          const message = JSON.parse(payload) as LiveServerMessage;
          if (message.type === 'session' || message.type === 'members')
            events.onSessionMessage(message);
          else if (message.type === 'summon') events.onSummon(message);
          else if (message.type === 'lock') events.onLock(message.locked === true);
        } catch {
          // Not a message of this server's: ignored.
        }
      },
      onAwarenessChange: ({ states }) => {
        const peers: PeerState[] = [];
        for (const state of states) {
          if (state.clientId === doc.clientID) continue;
          const peer = peerOf(state.clientId, state as Record<string, unknown>);
          if (peer) peers.push(peer);
        }
        events.onPeers(peers);
      },
    });
    if (!options.seedFromStore && isEmptyDoc(doc)) listenForUpdates = listenOnceNeeded(provider);
    else storeCopyAfterSending();
    provider.attach();
    provider.setAwarenessField('user', {
      participantId: options.participantId,
      name: options.name,
      colour: colourOf(options.participantId),
    });
    if (typeof window !== 'undefined') {
      window.addEventListener('online', onOnline);
      window.addEventListener('offline', onOffline);
    }
    if (inParts) await shareInParts(provider);
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
      doc.off('update', storeLater);
      storeWholeCopy();
      storeUnstored();
      if (forget) await persistence?.clearData();
      else await persistence?.destroy();
      doc.destroy();
    },
  };
}

export type LiveSession = ReturnType<typeof startLiveSession>;
