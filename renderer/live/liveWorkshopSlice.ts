import type * as Y from 'yjs';
import type { StateCreator } from 'zustand';
import { nodesOf, sameJson } from '../../shared/live/liveDoc';
import {
  activeVoteOf,
  claimIdeas,
  countedDots,
  hiddenIdeaIds,
  movedDot,
  readWorkshop,
  sharedVoteOf,
  writeDots,
  writePrivateRound,
  writeResult,
  writeTimer,
  writeVote,
  type SharedVote,
  type WorkshopReading,
} from '../../shared/live/workshopDoc';
import { EMPTY_CHANGE } from '../../shared/model/change';
import { newId } from '../../shared/model/ids';
import { leadersOf, MAX_VOTE_RESULTS, type VoteResult } from '../../shared/workshop/vote';
import type { AppState, SliceContext } from '../store/types';

/** This person's side of the workshop a live session shares. */
export interface LiveWorkshopInfo {
  /** The private idea round under way, or null. */
  privateRound: string | null;
  /** Others' ideas from the private round, shown blank until "Reveal ideas". */
  hiddenIdeas: string[];
  /** This person's dots in the running vote, by node id. */
  myDots: Record<string, number>;
  /** The facilitator has locked editing (told by the server). */
  locked: boolean;
}

export interface LiveWorkshopSlice {
  liveWorkshop: LiveWorkshopInfo | null;
  /** Shares the timer, vote and idea rounds through a live session's document. */
  attachLiveWorkshop(doc: Y.Doc, me: string, send: (command: object) => void): void;
  detachLiveWorkshop(): void;
  /** Facilitator: a private idea round on, or off (which reveals every idea). */
  setPrivateMode(on: boolean): void;
  revealIdeas(): void;
  /** Facilitator: asks the server to make everyone else read-only, or to let them write again. */
  setEditingLocked(locked: boolean): void;
  /** The server's word on the lock. */
  applyEditingLock(locked: boolean): void;
  /** One of this person's dots onto (or off) an option of the running vote. */
  placeDot(nodeId: string, by: 1 | -1): void;
}

const workshopOrigin = { origin: 'workshop' };

export const createLiveWorkshopSlice =
  ({ writes }: SliceContext): StateCreator<AppState, [], [], LiveWorkshopSlice> =>
  (set, get, api) => {
    let attached: {
      doc: Y.Doc;
      me: string;
      send: (command: object) => void;
      reading: WorkshopReading;
      /** The id the running vote has in the document. */
      voteId: string | null;
      stop: () => void;
    } | null = null;
    /** Whether the lock, rather than a role or another window, made the editor read-only. */
    let readOnlyByLock = false;
    /** Whether the room was told that a peer's workshop data was ignored: told once. */
    let reportedBadData = false;
    const reportBadData = () => {
      if (reportedBadData) return;
      reportedBadData = true;
      get().showNotice({ tone: 'error', key: 'liveRefusedData' });
    };

    const isFacilitator = () => get().live?.role === 'facilitator';

    const patch = (next: Partial<LiveWorkshopInfo>) => {
      const current = get().liveWorkshop;
      if (current) set({ liveWorkshop: { ...current, ...next } });
    };

    /** Brings the store to what the document holds. */
    const apply = (reading: WorkshopReading) => {
      if (!attached) return;
      attached.reading = reading;
      const state = get();
      // What fails the rules is ignored: the last good timer and vote stay, and the
      // facilitator's copy puts them back.
      if (reading.malformed.length > 0) reportBadData();
      const badTimer = reading.malformed.includes('timer');
      const badVote = reading.malformed.includes('vote');
      if (!badTimer && !sameJson(state.timer, reading.timer)) set({ timer: reading.timer });
      if (badTimer && isFacilitator()) writeTimer(attached.doc, state.timer, workshopOrigin);
      if (!badVote) {
        const vote = reading.vote ? activeVoteOf(reading.vote, reading.dots) : null;
        attached.voteId = reading.vote?.id ?? null;
        if (!sameJson(state.vote, vote)) set({ vote });
      } else if (isFacilitator() && state.vote && attached.voteId)
        writeVote(attached.doc, sharedVoteOf(attached.voteId, state.vote), workshopOrigin);
      const myDots = reading.vote
        ? countedDots(reading.vote, reading.dots.get(attached.me) ?? {})
        : {};
      const hiddenIdeas = hiddenIdeaIds(reading, attached.me);
      const info = get().liveWorkshop;
      if (
        info &&
        (info.privateRound !== reading.privateRound ||
          !sameJson(info.hiddenIdeas, hiddenIdeas) ||
          !sameJson(info.myDots, myDots))
      )
        patch({ privateRound: reading.privateRound, hiddenIdeas, myDots });
      keepResults(reading);
      // The running vote gone and its result kept: the facilitator ended it.
      if (!badVote && state.vote && !reading.vote && !isFacilitator()) {
        const round = state.vote.round;
        const result = [...reading.results, ...(get().openMeta?.votes ?? [])].find(
          (kept) => kept.round === round,
        );
        if (result) sayVoteEnded(result);
      }
    };

    /** Told to the room when the facilitator ends a vote: their vote panel has just gone. */
    const sayVoteEnded = (result: VoteResult) => {
      const { labels, total } = leadersOf(result);
      get().showNotice(
        labels.length === 0
          ? { tone: 'info', key: 'voteEndedNoDots', values: { round: result.round } }
          : {
              tone: 'info',
              key: 'voteEndedForRoom',
              values: { round: result.round, leaders: labels.join(', '), count: total },
            },
      );
    };

    /**
     * Votes the facilitator ended are kept in everyone's copy of the strategy, up to the number
     * a strategy holds: any beyond are a broken or hostile peer's, and would make it unreadable.
     */
    const keepResults = (reading: WorkshopReading) => {
      const open = get().openMeta;
      if (!open || reading.results.length === 0) return;
      const kept = open.votes ?? [];
      const known = new Set(kept.map((result) => result.id));
      const unknown = reading.results.filter((result) => !known.has(result.id));
      const fresh = unknown.slice(0, Math.max(0, MAX_VOTE_RESULTS - kept.length));
      if (fresh.length < unknown.length) reportBadData();
      if (fresh.length === 0) return;
      const meta = { ...open, votes: [...kept, ...fresh] };
      set({ openMeta: meta });
      writes.enqueue(open.id, EMPTY_CHANGE, meta);
    };

    /** The facilitator's timer and vote, as the store changes them, go to the document. */
    const share = (state: AppState, before: AppState) => {
      if (!attached || !isFacilitator()) return;
      const { doc, reading } = attached;
      if (state.timer !== before.timer && !sameJson(state.timer, reading.timer))
        writeTimer(doc, state.timer, workshopOrigin);
      if (state.vote !== before.vote) {
        const id = state.vote ? (attached.voteId ?? newId('vote')) : null;
        const shared: SharedVote | null = state.vote && id ? sharedVoteOf(id, state.vote) : null;
        if (!sameJson(shared, reading.vote)) writeVote(doc, shared, workshopOrigin);
      }
      if (state.openMeta?.votes !== before.openMeta?.votes) {
        const inDoc = new Set(reading.results.map((result) => result.id));
        for (const result of state.openMeta?.votes ?? [])
          if (!inDoc.has(result.id)) writeResult(doc, result, workshopOrigin);
      }
    };

    return {
      liveWorkshop: null,

      attachLiveWorkshop(doc, me, send) {
        get().detachLiveWorkshop();
        const map = doc.getMap('workshop');
        const read = () => apply(readWorkshop(doc));
        const observer = () => read();
        map.observe(observer);
        // Ideas this person adds while a private round runs are marked theirs, so the others'
        // copies show them blank until the reveal.
        const claim = (transaction: Y.Transaction) => {
          const round = attached?.reading.privateRound;
          const changed = transaction.changed.get(nodesOf(doc) as never);
          if (!transaction.local || !round || !changed) return;
          const ideas = [...changed].filter((id): id is string => {
            if (id === null || attached?.reading.owners.has(id)) return false;
            const node = nodesOf(doc).get(id);
            return node?.get('kind') === 'idea';
          });
          if (ideas.length > 0)
            queueMicrotask(() => {
              if (attached?.doc === doc)
                claimIdeas(doc, ideas, { participantId: me, round }, workshopOrigin);
            });
        };
        doc.on('afterTransaction', claim);
        const unsubscribe = api.subscribe((state, before) => share(state, before));
        attached = {
          doc,
          me,
          send,
          reading: readWorkshop(doc),
          voteId: null,
          stop: () => {
            map.unobserve(observer);
            doc.off('afterTransaction', claim);
            unsubscribe();
          },
        };
        set({
          liveWorkshop: { privateRound: null, hiddenIdeas: [], myDots: {}, locked: false },
        });
        // A facilitator who starts sharing with a timer or vote running shares it.
        const before = { ...get(), timer: null, vote: null, openMeta: null } as AppState;
        const reading = attached.reading;
        if (isFacilitator() && !reading.timer && !reading.vote) share(get(), before);
        read();
      },

      detachLiveWorkshop() {
        attached?.stop();
        attached = null;
        if (readOnlyByLock) {
          readOnlyByLock = false;
          set({ readOnly: false });
        }
        if (get().liveWorkshop) set({ liveWorkshop: null });
      },

      setPrivateMode(on) {
        if (!attached || !isFacilitator()) return;
        writePrivateRound(attached.doc, on ? newId('round') : null, workshopOrigin);
      },

      revealIdeas() {
        get().setPrivateMode(false);
      },

      setEditingLocked(locked) {
        if (attached && isFacilitator()) attached.send({ type: 'lockEditing', locked });
      },

      applyEditingLock(locked) {
        const info = get().liveWorkshop;
        if (!info || info.locked === locked) return;
        patch({ locked });
        if (isFacilitator()) return;
        if (locked && !get().readOnly) {
          readOnlyByLock = true;
          set({ readOnly: true, pendingConnection: null, ideaComposer: null });
        } else if (!locked && readOnlyByLock) {
          readOnlyByLock = false;
          set({ readOnly: false });
        }
        get().showNotice({ tone: 'info', key: locked ? 'editingLocked' : 'editingUnlocked' });
      },

      placeDot(nodeId, by) {
        // A viewer's or locked participant's dot would be dropped by the server, and would hold
        // up everything they write after it until they reconnect.
        if (!attached?.reading.vote || get().readOnly) return;
        const { doc, me, reading } = attached;
        const vote = reading.vote!;
        const next = movedDot(vote, reading.dots.get(me) ?? {}, nodeId, by);
        writeDots(doc, me, vote.id, next, workshopOrigin);
      },
    };
  };
