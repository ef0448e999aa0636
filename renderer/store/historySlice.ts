import type { StateCreator } from 'zustand';
import {
  EMPTY_CHANGE,
  invertChange,
  isEmptyChange,
  mergeChanges,
  type GraphChange,
  type GraphLookup,
} from '../../shared/model/change';
import { changeLimitPassed } from '../../shared/format/changeLimit';
import { applyChangeToFlow, indexById, toStrategyEdge, toStrategyNode } from './flow';
import type { AppState, HistoryEntry, HistorySlice, MetaPatch, SliceContext } from './types';
import { measureSince } from '../timing';
import { withinHistoryLimits } from './historyLimits';
import { limitNotice } from './limitNotice';
import { refuseUnsavable } from './refuseUnsavable';

/** Edits to the same field this close together undo as one step, like typing a word. */
const COALESCE_MS = 1500;

export const createHistorySlice =
  ({ deps, writes, live }: SliceContext): StateCreator<AppState, [], [], HistorySlice> =>
  (set, get) => {
    const persist = (change: GraphChange, coalesceKey?: string) => {
      const meta = get().openMeta;
      if (live) live.gesture = coalesceKey;
      if (meta) writes.enqueue(meta.id, change, meta);
    };

    /** A window that only shows the strategy changes nothing, and says why. */
    const refuseWhenReadOnly = () => {
      if (!get().readOnly) return false;
      const viewer = get().live?.role === 'viewer';
      get().showNotice({ tone: 'error', key: viewer ? 'liveViewerRefused' : 'readOnlyRefused' });
      return true;
    };

    const applyToView = (change: GraphChange) => {
      const { nodes, edges } = get();
      set(applyChangeToFlow(nodes, edges, change));
    };

    /**
     * The strategy as the window holds it now, record by record. Indexed on first use: a step
     * that only changes the strategy's record never looks up a card, in tens of thousands.
     */
    const currentLookup = (): GraphLookup => {
      const { nodes, edges } = get();
      let nodeIndex: Map<string, (typeof nodes)[number]> | undefined;
      let edgeIndex: Map<string, (typeof edges)[number]> | undefined;
      return {
        node: (id) => {
          const node = (nodeIndex ??= indexById(nodes)).get(id);
          return node && toStrategyNode(node);
        },
        edge: (id) => {
          const edge = (edgeIndex ??= indexById(edges)).get(id);
          return edge && toStrategyEdge(edge);
        },
      };
    };

    /**
     * True, with the user told which limit, when `change` would take the strategy past a file's
     * limits: it could no longer be exported or opened from its file.
     */
    const refuseAtLimit = (change: GraphChange, before: GraphLookup) => {
      const { nodes, edges } = get();
      const passed = changeLimitPassed({ nodes, edges }, change, before);
      if (passed) get().showNotice(limitNotice(passed, get().language));
      return passed !== null;
    };

    const applyMeta = (patch: MetaPatch | undefined) => {
      const open = get().openMeta;
      if (patch && open) set({ openMeta: { ...open, ...patch } });
    };

    return {
      past: [],
      future: [],
      commit(change, coalesceKey) {
        if (isEmptyChange(change)) return true;
        if (refuseWhenReadOnly()) return false;
        const started = performance.now();
        const before = currentLookup();
        if (refuseAtLimit(change, before) || refuseUnsavable(get(), { change, before }))
          return false;
        const backward = invertChange(change, before);
        applyToView(change);
        const now = deps.now().getTime();
        const last = get().past.at(-1);
        if (coalesceKey && last?.coalesceKey === coalesceKey && now - last.at < COALESCE_MS) {
          const merged: HistoryEntry = {
            ...last,
            forward: mergeChanges(last.forward, change),
            at: now,
          };
          set({ past: [...get().past.slice(0, -1), merged], future: [] });
        } else {
          pushEntry({ forward: change, backward, coalesceKey, at: now });
        }
        persist(change, coalesceKey);
        measureSince('edit', started);
        return true;
      },
      record(forward, backward) {
        if (isEmptyChange(forward) || refuseWhenReadOnly()) return;
        const started = performance.now();
        pushEntry({ forward, backward, at: deps.now().getTime() });
        persist(forward);
        measureSince('edit', started);
      },
      commitMeta(patch, coalesceKey) {
        const open = get().openMeta;
        if (!open || refuseWhenReadOnly()) return false;
        if (refuseUnsavable(get(), { meta: { ...open, ...patch } })) return false;
        const before = Object.fromEntries(
          Object.keys(patch).map((key) => [key, open[key as keyof MetaPatch]]),
        ) as MetaPatch;
        applyMeta(patch);
        const at = deps.now().getTime();
        const last = get().past.at(-1);
        // A number typed digit by digit is one step, as typing in a card's field is.
        if (coalesceKey && last?.coalesceKey === coalesceKey && at - last.at < COALESCE_MS) {
          const meta = {
            before: { ...before, ...last.meta?.before },
            after: { ...last.meta?.after, ...patch },
          };
          set({ past: [...get().past.slice(0, -1), { ...last, meta, at }], future: [] });
        } else
          pushEntry({
            forward: EMPTY_CHANGE,
            backward: EMPTY_CHANGE,
            meta: { before, after: patch },
            coalesceKey,
            at,
          });
        persist(EMPTY_CHANGE, coalesceKey);
        return true;
      },
      undo() {
        // While shared, undo is personal: only this person's own changes are reverted.
        if (live?.link) return void (refuseWhenReadOnly() || live.link.undo());
        const entry = get().past.at(-1);
        if (!entry || refuseWhenReadOnly()) return;
        // A step can be older than the strategy it is taken in (a live session ended for this
        // copy leaves what was done in it, among others' edits). One that would take the
        // strategy past a file's limits is refused as an edit is, and stays: taking the steps
        // before it without it would take them out of order.
        if (refuseAtLimit(entry.backward, currentLookup())) return;
        applyToView(entry.backward);
        applyMeta(entry.meta?.before);
        set({ past: get().past.slice(0, -1), future: [...get().future, entry] });
        persist(entry.backward);
      },
      redo() {
        if (live?.link) return void (refuseWhenReadOnly() || live.link.redo());
        const entry = get().future.at(-1);
        if (!entry || refuseWhenReadOnly()) return;
        if (refuseAtLimit(entry.forward, currentLookup())) return;
        applyToView(entry.forward);
        applyMeta(entry.meta?.after);
        set({
          future: get().future.slice(0, -1),
          past: [...get().past, { ...entry, coalesceKey: undefined }],
        });
        persist(entry.forward);
      },
    };

    function pushEntry(entry: HistoryEntry) {
      set({ past: withinHistoryLimits([...get().past, entry]), future: [] });
    }
  };
