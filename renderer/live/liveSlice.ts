import type { MessageKey } from '../../shared/i18n/translate';
import type { StateCreator } from 'zustand';
import {
  LIVE_SYNC_PATH,
  type AssignableRole,
  type LiveParticipant,
  type LiveRole,
} from '../../shared/host/liveSchemas';
import type { DocReading } from '../../shared/live/readDoc';
import { blankStrategy } from '../../shared/model/blankStrategy';
import { EMPTY_CHANGE, isEmptyChange, type GraphChange } from '../../shared/model/change';
import { unstackOwnCards } from '../../shared/layout/unstack';
import { applyChangeToFlow, indexById, strategyGraphOf, toStrategyNode } from '../store/flow';
import type { AppState, SliceContext } from '../store/types';
import type { LiveOutlet } from './liveOutlet';
import {
  forgetLiveRecord,
  liveRecordOf,
  noteJoined,
  participantId,
  rememberedName,
  saveLiveRecord,
  takeUnsharedEdits,
  type LiveRecord,
} from './liveRecords';
import type { LiveSession, LiveStatus, PeerState } from './liveSession';
import { serverReachable, takePendingLive, type PendingLive } from './serverAccess';
import { hashForStrategy } from '../routes';

export interface LiveInfo {
  strategyId: string;
  role: LiveRole;
  status: LiveStatus;
  joinCode: string | null;
  joinUrl: string | null;
  participants: LiveParticipant[];
  peers: PeerState[];
  canUndo: boolean;
  canRedo: boolean;
  /** The participant whose view this one follows. */
  following: string | null;
  /**
   * Whether the session's panel is open: the host's opens when sharing starts, showing the code
   * to hand out; a participant's stays closed, off the canvas they came to work on.
   */
  panelOpen: boolean;
  /** Why the server refused or ended this connection. */
  ended: string | null;
  /**
   * While a host's strategy too large for one message is shared in parts: how much of it has
   * been sent (0 to 1). Null otherwise.
   */
  sharing: number | null;
}

export type JoinOutcome = { ok: true; strategyId: string } | { ok: false; reason: string };

export interface LiveSlice {
  /** The open strategy's live session, while it is shared. */
  live: LiveInfo | null;
  /** Shares the open strategy through the server at `origin` (the one the app came from). */
  startLiveSession(request: {
    syncUrl: string;
    joinUrl: string;
    credential: LiveRecord['credential'];
    joinCode?: string;
  }): Promise<void>;
  /** Asks the server which strategy `code` opens, puts it in the library and opens it shared. */
  joinLiveSession(request: { address: string; code: string; name: string }): Promise<JoinOutcome>;
  /** Reconnects the open strategy to its session, when it was shared when last open. */
  resumeLiveSession(): Promise<void>;
  /** Stops syncing the open strategy (closing it, or the app); the session goes on. */
  suspendLiveSession(): Promise<void>;
  leaveLiveSession(): Promise<void>;
  endLiveSession(): Promise<void>;
  setParticipantRole(participantId: string, role: AssignableRole): void;
  removeParticipant(participantId: string): void;
  followParticipant(participantId: string | null): void;
  showLivePanel(open: boolean): void;
  bringEveryoneHere(): Promise<void>;
  /** Tells the others what this person has selected and where they look. */
  sharePresence(selection: string[], view: PeerState['view']): void;
  applyLiveReading(reading: DocReading): void;
}

/** The cards a change from the session adds, that the store has not held. */
function newCardsIn(change: GraphChange, held: readonly { id: string }[]): Set<string> {
  if (change.putNodes.length === 0) return new Set();
  const known = indexById(held);
  return new Set(change.putNodes.filter((node) => !known.has(node.id)).map((node) => node.id));
}

/** The sync endpoint at the address people join at, e.g. http://10.0.0.5:4300/#/join. */
export function syncUrlOf(address: string): string {
  const url = new URL(address.includes('://') ? address : `http://${address}`);
  const scheme = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${url.host}${LIVE_SYNC_PATH}`;
}

export function joinUrlOf(origin: string): string {
  return `${origin.replace(/\/+$/, '')}/#/join`;
}

export const createLiveSlice =
  ({ deps, writes }: SliceContext, outlet: LiveOutlet): StateCreator<AppState, [], [], LiveSlice> =>
  (set, get) => {
    let session: LiveSession | null = null;
    /** A resumption under way: the editor and a join both ask for one as a strategy opens. */
    let resuming: Promise<void> | null = null;
    let reportedProblems = false;
    /** Whether this session's viewer role, rather than another window, made the editor read-only. */
    let lockedAsViewer = false;

    /**
     * Someone else's card added at the same moment may have landed on one just added here (see
     * unstackOwnCards): it moves aside, as the app's doing, so undo still takes the card away.
     */
    const moveOwnCardsOffArrivals = (own: Set<string>, arrived: Set<string>) => {
      if (get().readOnly) return;
      const { nodes } = get();
      const moved = unstackOwnCards(nodes, own, arrived);
      if (moved.size === 0) return;
      const putNodes = nodes
        .filter((node) => moved.has(node.id))
        .map((node) => ({ ...toStrategyNode(node), position: moved.get(node.id)! }));
      outlet.byTheApp = true;
      try {
        get().commit({ ...EMPTY_CHANGE, putNodes });
      } finally {
        outlet.byTheApp = false;
      }
    };

    const reachable = (syncUrl: string, pending: PendingLive | null) =>
      serverReachable(deps.bridge.live, syncUrl, pending, () => writes.whenIdle());

    /**
     * Shares the open strategy: the store's copy becomes the session's. It is recorded as shared
     * once it is: a copy reopened with a share in parts half done would take the half that
     * reached the document for the whole strategy.
     */
    const host = async (strategyId: string, record: LiveRecord) => {
      forgetLiveRecord(strategyId);
      if (!(await begin(strategyId, record, true))) return;
      const joinCode = get().live?.joinCode ?? record.joinCode;
      saveLiveRecord(strategyId, { ...record, ...(joinCode ? { joinCode } : {}) });
    };

    // A join the page reloaded for (see serverAccess) goes on once the store is up.
    setTimeout(() => {
      const pending = takePendingLive('join');
      if (!pending) return;
      void get()
        .joinLiveSession(pending)
        .then((outcome) => {
          if (outcome.ok) location.hash = hashForStrategy(outcome.strategyId);
        });
    }, 0);

    /** A viewer's editor is read-only, as their connection is on the server. */
    const lockForRole = (role: LiveRole) => {
      if (role === 'viewer' && !lockedAsViewer && !get().readOnly) {
        lockedAsViewer = true;
        set({ readOnly: true, pendingConnection: null });
      } else if (role !== 'viewer' && lockedAsViewer) {
        lockedAsViewer = false;
        set({ readOnly: false });
      }
    };

    const patchLive = (patch: Partial<LiveInfo>) => {
      const live = get().live;
      if (live) set({ live: { ...live, ...patch } });
    };

    const stop = async (forgetCopy: boolean) => {
      const running = session;
      session = null;
      outlet.link = null;
      lockForRole('editor');
      get().detachLiveWorkshop();
      // The solo history was made alongside others' edits: undoing it now could undo theirs.
      set({ live: null, past: [], future: [] });
      await running?.destroy(forgetCopy);
    };

    /** Whether the session runs once ready: not stopped meanwhile, nor refused. */
    const begin = async (
      strategyId: string,
      record: LiveRecord,
      seedFromStore: boolean,
    ): Promise<boolean> => {
      await stop(false);
      reportedProblems = false;
      set({
        live: {
          strategyId,
          role: record.role,
          status: 'connecting',
          joinCode: record.joinCode ?? null,
          joinUrl: record.joinUrl ?? null,
          participants: [],
          peers: [],
          canUndo: false,
          canRedo: false,
          following: null,
          ended: null,
          sharing: null,
          panelOpen: record.role === 'facilitator',
        },
      });
      lockForRole(record.role);
      // Sharing loads Yjs and the sync client, which solo work never needs.
      const { startLiveSession } = await import('./liveSession');
      const started = startLiveSession({
        strategyId,
        record,
        name: rememberedName() || 'Guest',
        participantId: participantId(),
        seedFromStore,
        takeUnsharedEdits: () => takeUnsharedEdits(strategyId),
        events: {
          snapshot: () => {
            const { openMeta, nodes, edges } = get();
            return { ...openMeta!, ...strategyGraphOf(nodes, edges) };
          },
          onReading: (reading) => get().applyLiveReading(reading),
          onStatus: (status) => patchLive({ status }),
          onRefused: (reason) => {
            patchLive({ ended: reason, status: 'ended', sharing: null });
            outlet.link = null;
            // The session no longer governs this copy: a viewer's or a locked room's is editable.
            lockForRole('editor');
            get().detachLiveWorkshop();
            // As when it stops: the steps taken during it lie among others' edits.
            set({ past: [], future: [] });
            // A session its host ended is news, not a fault.
            const tone = reason === 'no-session' ? 'info' : 'error';
            get().showNotice({ tone, key: liveRefusalKey(reason) });
            // Refused for now, not for good: the same record joins again.
            if (reason !== 'invalid-token' && reason !== 'too-many-attempts')
              forgetLiveRecord(strategyId);
          },
          onSessionMessage: (message) => {
            patchLive({ participants: message.participants });
            if (message.type !== 'session') return;
            patchLive({ joinCode: message.joinCode });
            const saved = liveRecordOf(strategyId);
            if (saved && saved.joinCode !== message.joinCode)
              saveLiveRecord(strategyId, { ...saved, joinCode: message.joinCode });
          },
          onSummon: ({ participantId: from, view }) => {
            if (from !== participantId()) get().viewport?.centreOn(view, view.zoom);
          },
          onLock: (locked) => get().applyEditingLock(locked),
          onPeers: (peers) => patchLive({ peers }),
          onUndoState: (canUndo, canRedo) => patchLive({ canUndo, canRedo }),
          onEditOfDeleted: () => get().showNotice({ tone: 'info', key: 'liveEditOfDeleted' }),
          onShareProgress: (share) => patchLive({ sharing: share < 1 ? share : null }),
          onRole: (role) => {
            patchLive({ role });
            lockForRole(role);
            const saved = liveRecordOf(strategyId);
            if (saved) saveLiveRecord(strategyId, { ...saved, role });
          },
        },
      });
      session = started;
      await started.ready;
      if (session !== started || get().live?.status === 'ended') return false;
      outlet.link = started.link;
      get().attachLiveWorkshop(started.doc, participantId(), (command) =>
        started.sendCommand(command),
      );
      return true;
    };

    return {
      live: null,

      async startLiveSession({ syncUrl, joinUrl, credential, joinCode }) {
        const meta = get().openMeta;
        if (!meta) return;
        // Edits still on their way to the database belong in what is shared.
        await writes.whenIdle();
        const record: LiveRecord = {
          syncUrl,
          joinUrl,
          credential,
          role: 'facilitator',
          ...(joinCode ? { joinCode } : {}),
        };
        // Nothing is recorded before the page may connect: a reload then would take the
        // session's empty document for the strategy.
        if (!(await reachable(syncUrl, { type: 'host', strategyId: meta.id, record }))) return;
        await host(meta.id, record);
      },

      async joinLiveSession({ address, code, name }) {
        let syncUrl: string;
        try {
          syncUrl = syncUrlOf(address);
        } catch {
          return { ok: false, reason: 'bad-address' };
        }
        if (!(await reachable(syncUrl, { type: 'join', address, code, name })))
          return { ok: false, reason: 'reloading' };
        const { findSession } = await import('./joinSession');
        const found = await findSession({ syncUrl, code, name, participantId: participantId() });
        if (!found.ok) return found;
        const { strategyId } = found;
        if (!(await deps.db.readStrategy(strategyId))) {
          const now = deps.now().toISOString();
          await deps.db.addStrategy(blankStrategy(now), strategyId);
          noteJoined(strategyId, get().today());
        }
        saveLiveRecord(strategyId, {
          syncUrl,
          credential: { code },
          role: 'editor',
          joinCode: code,
        });
        if (!(await get().openStrategy(strategyId))) return { ok: false, reason: 'not-opened' };
        await get().resumeLiveSession();
        return { ok: true, strategyId };
      },

      resumeLiveSession() {
        // A second session started meanwhile would stop the first, dropping what was edited
        // between the two.
        resuming ??= (async () => {
          const meta = get().openMeta;
          if (!meta || session?.link.strategyId === meta.id) return;
          const pending = takePendingLive('host');
          if (pending?.strategyId === meta.id) return host(meta.id, pending.record);
          const record = liveRecordOf(meta.id);
          if (!record || !(await reachable(record.syncUrl, null))) return;
          await begin(meta.id, record, false);
        })().finally(() => {
          resuming = null;
        });
        return resuming;
      },

      async suspendLiveSession() {
        await stop(false);
      },

      async leaveLiveSession() {
        const id = get().live?.strategyId;
        if (id) forgetLiveRecord(id);
        await stop(true);
        get().showNotice({ tone: 'info', key: 'liveLeft' });
      },

      async endLiveSession() {
        const live = get().live;
        if (!live) return;
        const record = liveRecordOf(live.strategyId);
        if (deps.bridge.live && record && 'hostToken' in record.credential)
          await deps.bridge.live.closeSession(live.strategyId).catch(() => {});
        else session?.sendCommand({ type: 'closeSession' });
        forgetLiveRecord(live.strategyId);
        // The closing must reach the server before the connection goes.
        await new Promise((resolve) => setTimeout(resolve, 200));
        await stop(false);
        get().showNotice({ tone: 'info', key: 'liveEnded' });
      },

      setParticipantRole(participantId, role) {
        session?.sendCommand({ type: 'setRole', participantId, role });
      },

      removeParticipant(participantId) {
        session?.sendCommand({ type: 'removeParticipant', participantId });
      },

      followParticipant(participantId) {
        patchLive({ following: participantId });
        const peer = get().live?.peers.find((p) => p.participantId === participantId);
        if (peer?.view) get().viewport?.centreOn(peer.view, peer.view.zoom);
      },

      showLivePanel(open) {
        patchLive({ panelOpen: open });
      },

      async bringEveryoneHere() {
        // Mid-zoom, the view the others should see is where the zoom ends, not where it passes.
        await get().viewport?.settled();
        const view = get().viewport?.centre();
        // The server passes it on only from a facilitator; the others never take it from a peer.
        if (view && get().live?.role === 'facilitator')
          session?.sendCommand({ type: 'bringHere', view });
      },

      sharePresence(selection, view) {
        session?.setPresence('selection', selection);
        if (view) session?.setPresence('view', view);
      },

      applyLiveReading(reading) {
        const open = get().openMeta;
        if (!open || get().live?.strategyId !== open.id) return;
        const metaChanged = Object.keys(reading.meta).length > 0;
        const meta = metaChanged ? { ...open, ...reading.meta } : open;
        const ownNew = session?.recentlyPlaced();
        const arrived = ownNew?.size ? newCardsIn(reading.change, get().nodes) : null;
        if (!isEmptyChange(reading.change))
          set(applyChangeToFlow(get().nodes, get().edges, reading.change));
        if (metaChanged) set({ openMeta: meta });
        // After the strategy's own fields: the move saves them too, and must not undo theirs.
        if (ownNew && arrived?.size) moveOwnCardsOffArrivals(ownNew, arrived);
        // Into the library as well, past the link (the document has it already), once drawn.
        if (!isEmptyChange(reading.change) || metaChanged)
          outlet.saveFromDocument(open.id, reading.change, meta);
        if (reading.problems.length > 0 && !reportedProblems) {
          reportedProblems = true;
          console.warn('live: refused data from the session', reading.problems);
          get().showNotice({ tone: 'error', key: 'liveRefusedData' });
        }
      },
    };
  };

/** What the user is told of each reason the server gives; any other is a plain refusal. */
const REFUSAL_KEYS: Partial<Record<string, MessageKey>> = {
  'wrong-code': 'liveWrongCode',
  removed: 'liveRemoved',
  'no-session': 'liveNoSession',
  'wrong-admin-token': 'liveWrongAdminToken',
  'document-too-large': 'liveDocumentTooLarge',
  'message-too-large': 'liveMessageTooLarge',
  'too-many-attempts': 'liveTooManyAttempts',
};

/** What the user is told of why the server ended or refused this connection. */
export function liveRefusalKey(reason: string): MessageKey {
  return REFUSAL_KEYS[reason] ?? 'liveRefused';
}
