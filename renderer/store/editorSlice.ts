import { applyEdgeChanges, applyNodeChanges, type NodeChange } from '@xyflow/react';
import type { StateCreator } from 'zustand';
import { liveQuery } from 'dexie';
import { applyChange, deletionChange, EMPTY_CHANGE } from '../../shared/model/change';
import { connectionOptions, type ConnectionOption } from '../../shared/model/edgeRules';
import type { Language, Position, StrategyNode } from '../../shared/model/graph';
import { translator } from '../../shared/i18n/translate';
import type { EdgeKind, Stage } from '../../shared/model/vocabulary';
import { newId } from '../../shared/model/ids';
import { displayName, withFieldValue } from '../../shared/model/nodes';
import { fileNameFor, MAX_FILE_BYTES, strategyFileText } from '../../shared/format/strategyFile';
import { crossFieldError, parseFieldInput, STRATEGY_FIELDS } from '../../shared/model/fields';
import { strategyNames, strategyTitle } from '../../shared/model/names';
import { parseStrategyDetails } from '../../shared/model/detailsInput';
import { printRoute } from '../../shared/report/reportData';
import {
  indexById,
  toFlowEdge,
  toFlowNode,
  toStrategyEdge,
  toStrategyNode,
  type FlowEdge,
  type FlowNode,
} from './flow';
import { DamagedStrategyError, StaleWriteError } from '../persistence/database';
import { damagedAmong } from '../persistence/wholeStrategy';
import { damagedMessage, openFailedMessage } from './damagedMessage';
import type { AppState, EditorSlice, SliceContext } from './types';
import { createEditingActions, planNewNode } from './editingActions';
import { createTranslationActions } from './translationActions';
import { measureSince } from '../timing';
import { sameViewPlace } from '../../shared/layout/viewport';
import { withMapSettings } from '../../shared/map/savedViews';

/** The file type the system's open and save dialogs list, named in the app's language. */
export const strategyFileFilters = (language: Language) => [
  { name: translator(language)('strategyFileType'), extensions: ['json'] },
];

export const createEditorSlice =
  ({ deps, writes }: SliceContext): StateCreator<AppState, [], [], EditorSlice> =>
  (set, get, api) => {
    /** Where each node being dragged started, so the whole drag undoes as one step. */
    const dragOrigins = new Map<string, Position>();

    const nodeOf = (id: string): StrategyNode | undefined => {
      const node = indexById(get().nodes).get(id);
      return node && toStrategyNode(node);
    };

    /**
     * Says what a card added beside the selected one was joined to, or that it was not, as
     * more than one relationship fits: the line may be out of sight, and a screen reader would
     * not hear of it at all. A problem on show stays: this goes by itself, the problem with it.
     */
    const sayHowAdded = (
      linkedTo: { id: string; kind: EdgeKind } | null,
      besideUnlinked: string | null,
    ) => {
      const shown = get().notice;
      if (shown?.tone === 'error') return;
      const anchor = nodeOf(linkedTo?.id ?? besideUnlinked ?? '');
      const name = anchor ? displayName(anchor, get().language) : '';
      if (anchor && linkedTo)
        get().showNotice({
          tone: 'info',
          key: 'addedLinked',
          values: { name, relation: { key: `edge.${linkedTo.kind}` } },
        });
      else if (anchor) get().showNotice({ tone: 'info', key: 'addedNotLinked', values: { name } });
      // The last card's join, still on show, would read as this one's.
      else if (shown?.key === 'addedLinked' || shown?.key === 'addedNotLinked')
        get().dismissNotice();
    };

    const createEdge = (sourceId: string, targetId: string, option: ConnectionOption) => {
      const [source, target] = option.reversed ? [targetId, sourceId] : [sourceId, targetId];
      const exists = get().edges.some(
        (e) => e.source === source && e.target === target && e.data?.kind === option.kind,
      );
      if (exists) {
        get().showNotice({ tone: 'error', key: 'duplicateEdge' });
        return;
      }
      get().commit({
        ...EMPTY_CHANGE,
        putEdges: [{ id: newId('e'), kind: option.kind, source, target }],
      });
    };

    /**
     * The stored strategy with what this window has not yet managed to save laid over it, read
     * to be edited here unless `toShow` (then this window's writes stay checked as before).
     */
    const loadWithUnsaved = async (id: string, toShow = false) => {
      const readStarted = performance.now();
      const [strategy, view] = await Promise.all([
        toShow ? deps.db.readStrategy(id) : deps.db.loadStrategy(id),
        deps.db.getView(id),
      ]);
      measureSince('open-strategy:read', readStarted);
      if (!strategy) return undefined;
      const { nodes, edges, ...stored } = strategy;
      const unsaved = writes.pendingFor(id);
      const graph = unsaved ? applyChange({ nodes, edges }, unsaved.change) : { nodes, edges };
      return {
        openMeta: withMapSettings(unsaved?.meta ?? stored),
        openView: view ?? null,
        nodes: graph.nodes.map(toFlowNode),
        edges: graph.edges.map(toFlowEdge),
      };
    };

    /** A refreshed copy keeps what the user had selected. */
    const keepSelection = <T extends { nodes: FlowNode[]; edges: FlowEdge[] }>(loaded: T): T => {
      const selectedNodes = new Set(
        get()
          .nodes.filter((n) => n.selected)
          .map((n) => n.id),
      );
      const selectedEdges = new Set(
        get()
          .edges.filter((e) => e.selected)
          .map((e) => e.id),
      );
      return {
        ...loaded,
        nodes: loaded.nodes.map((n) => (selectedNodes.has(n.id) ? { ...n, selected: true } : n)),
        edges: loaded.edges.map((e) => (selectedEdges.has(e.id) ? { ...e, selected: true } : e)),
      };
    };

    let unwatch: (() => void) | null = null;
    const stopWatching = () => {
      unwatch?.();
      unwatch = null;
    };
    /** A read-only window follows what the editing window saves. */
    const watch = (id: string) => {
      stopWatching();
      const subscription = liveQuery(() => loadWithUnsaved(id, true)).subscribe({
        next: (loaded) => {
          if (get().openMeta?.id !== id || !get().readOnly) return;
          if (loaded) set(keepSelection({ ...loaded, openView: get().openView }));
        },
        error: () => {},
      });
      unwatch = () => subscription.unsubscribe();
    };

    /** Counts the strategies asked to open: a late answer to an earlier ask is not shown. */
    let openRequests = 0;
    /**
     * Lets go of a strategy left for another, but not while edits to it wait for a save that
     * failed: another window could then open it, and those edits, written later over what it
     * saved, would be refused as changed elsewhere. They stay this window's, retried, and the
     * strategy is let go once they are written (or reopened here, which keeps it).
     */
    const leave = (id: string) => {
      stopWatching();
      if (!writes.hasUnsaved(id)) {
        deps.ownership.release(id);
        return;
      }
      const stop = api.subscribe((state) => {
        if (state.openMeta?.id === id) stop();
        else if (!writes.hasUnsaved(id)) {
          stop();
          deps.ownership.release(id);
        }
      });
    };

    // Another window asked for the open strategy: save, then go on showing it read-only. Edits
    // that cannot be saved yet keep it here: written later, over what the other window saved,
    // they would be refused, and lost.
    deps.ownership.onHandover(async (id, canKeep) => {
      if (!(await writes.flush()) && writes.hasUnsaved(id) && canKeep) {
        get().showNotice({ tone: 'error', key: 'handoverRefusedUnsaved' });
        return false;
      }
      if (get().openMeta?.id !== id) return true;
      set({ readOnly: true, past: [], future: [], pendingConnection: null });
      watch(id);
      get().showNotice({ tone: 'info', key: 'editingMovedElsewhere' });
      return true;
    });

    return {
      ...createEditingActions(set, get),
      ...createTranslationActions(set, get),
      openMeta: null,
      readOnly: false,
      nodes: [],
      edges: [],
      pendingConnection: null,
      viewport: null,
      openView: null,

      async openStrategy(id, failure = 'notice') {
        const request = ++openRequests;
        await writes.whenIdle();
        const claim = await deps.ownership.claim(id);
        let loaded: Awaited<ReturnType<typeof loadWithUnsaved>>;
        try {
          loaded = await loadWithUnsaved(id);
        } catch (error) {
          deps.ownership.release(id);
          // A record damaged outside the app is the likeliest cause, and one the user can act on.
          const damage = await get()
            .damageIn(id)
            .catch(() => null);
          if (!damage && failure === 'throw') throw error;
          if (request === openRequests)
            get().showNotice({
              tone: 'error',
              ...(damage
                ? damagedMessage(damage, get().language)
                : openFailedMessage(error, get().strategies, id, get().language)),
            });
          return false;
        }
        if (!loaded) {
          // Deleted since the library was listed (in another window, say): said, and unlisted.
          deps.ownership.release(id);
          if (request === openRequests) get().showNotice({ tone: 'error', key: 'openGone' });
          await get()
            .refreshLibrary()
            .catch(() => {});
          return false;
        }
        // Let go of the strategy shown before only now: had this one failed, that one stays.
        const previous = get().openMeta?.id;
        if (previous && previous !== id) leave(previous);
        dragOrigins.clear();
        set({
          ...loaded,
          readOnly: claim === 'readOnly',
          changesRefused: false,
          past: [],
          future: [],
          pendingConnection: null,
          mapFocus: null,
        });
        if (claim === 'readOnly') watch(id);
        return true;
      },

      async closeStrategy() {
        await writes.whenIdle();
        const open = get().openMeta?.id;
        if (open) leave(open);
        set({
          openMeta: null,
          openView: null,
          nodes: [],
          edges: [],
          past: [],
          future: [],
          pendingConnection: null,
          readOnly: false,
          changesRefused: false,
          mapFocus: null,
        });
        await get().refreshLibrary();
      },

      async editHere() {
        const meta = get().openMeta;
        if (!meta || !get().readOnly) return;
        if (!(await deps.ownership.takeOver(meta.id))) {
          get().showNotice({ tone: 'error', key: 'editHereRefused' });
          return;
        }
        stopWatching();
        // The other window saved before letting go: read what it left, then edit that.
        const loaded = await loadWithUnsaved(meta.id);
        if (!loaded) return;
        dragOrigins.clear();
        set({
          ...keepSelection(loaded),
          readOnly: false,
          changesRefused: false,
          past: [],
          future: [],
        });
        get().showNotice({ tone: 'info', key: 'editingHere' });
      },

      refusedAsStale(strategyIds, error) {
        const reason = error instanceof StaleWriteError ? error.reason : 'changedElsewhere';
        get().showNotice({
          tone: 'error',
          key: reason === 'deleted' ? 'staleWriteDeleted' : 'staleWriteRefused',
        });
        const open = get().openMeta?.id;
        if (!open || !strategyIds.includes(open)) return;
        // What is stored is newer than this window's copy: show that, and edit nothing here.
        deps.ownership.release(open);
        set({ readOnly: true, changesRefused: true, past: [], future: [] });
        watch(open);
      },

      async setStrategyTitle(title, language = 'en') {
        const meta = get().openMeta;
        const key = language === 'ko' ? 'titleKo' : 'title';
        const parsed = parseFieldInput(STRATEGY_FIELDS[key], title);
        if (!meta || !parsed.ok || meta[key] === parsed.value) return;
        get().commitMeta({ [key]: parsed.value as string });
      },

      saveStrategyDetails(input) {
        const result = parseStrategyDetails(input);
        const meta = get().openMeta;
        if (!result.ok || !meta) return result;
        const changed = (Object.keys(result.patch) as (keyof typeof result.patch)[]).some(
          (key) => JSON.stringify(meta[key] ?? null) !== JSON.stringify(result.patch[key] ?? null),
        );
        // Title, cover, home city and as-of day change together: one undo takes the save back.
        // Refused, no field is wrong: the notice says which record could not be kept.
        if (changed && !get().commitMeta(result.patch)) return { ok: false, errors: {} };
        return result;
      },

      onNodesChange(changes) {
        const viewChanges: NodeChange<FlowNode>[] = [];
        const finished: string[] = [];
        const index = indexById(get().nodes);
        for (const change of changes) {
          if (change.type === 'remove') continue; // deletion goes through deleteSelection
          if (change.type === 'position' && get().readOnly) continue;
          if (change.type === 'position') {
            const current = index.get(change.id);
            if (current && !dragOrigins.has(change.id))
              dragOrigins.set(change.id, current.position);
            if (!change.dragging) finished.push(change.id);
          }
          viewChanges.push(change);
        }
        if (viewChanges.length > 0) set({ nodes: applyNodeChanges(viewChanges, get().nodes) });
        if (finished.length === 0) return;
        const after = indexById(get().nodes);
        const forward: StrategyNode[] = [];
        const backward: StrategyNode[] = [];
        for (const id of finished) {
          const origin = dragOrigins.get(id);
          const node = after.get(id);
          dragOrigins.delete(id);
          if (!origin || !node || (origin.x === node.position.x && origin.y === node.position.y))
            continue;
          forward.push(toStrategyNode(node));
          backward.push({ ...toStrategyNode(node), position: origin });
        }
        get().record(
          { ...EMPTY_CHANGE, putNodes: forward },
          { ...EMPTY_CHANGE, putNodes: backward },
        );
      },

      onEdgesChange(changes) {
        const viewChanges = changes.filter((change) => change.type !== 'remove');
        if (viewChanges.length > 0) set({ edges: applyEdgeChanges(viewChanges, get().edges) });
      },

      addNode(kind, near) {
        const { id, change, reveal, linkedTo, besideUnlinked } = planNewNode(get(), kind, near);
        if (!get().commit(change)) return null;
        sayHowAdded(linkedTo, besideUnlinked);
        // The room sees every idea, its own and everyone else's, whatever the filter hid before.
        if (kind === 'idea') get().showNodeKind('idea');
        // A focus may still hide it, an idea as any other card.
        get().keepInSight([id]);
        get().selectOnly(id);
        set({ nameFocusRequest: id });
        if (reveal) get().viewport?.centreOn(reveal);
        return id;
      },

      updateNodeField(id, key, value) {
        const node = nodeOf(id);
        if (!node || (node.data as Record<string, unknown>)[key] === value) return;
        // A project's stage changes through its gates, so the move is checked and recorded.
        if (node.kind === 'project' && key === 'stage')
          return get().requestStageChange(id, value as Stage);
        if (crossFieldError(node.kind, node.data as Record<string, unknown>, key, value)) return;
        const data = withFieldValue(node.kind, node.data, key, value);
        const updated = { ...node, data } as StrategyNode;
        get().commit({ ...EMPTY_CHANGE, putNodes: [updated] }, `field:${id}:${key}`);
      },

      connect(sourceId, targetId) {
        const source = nodeOf(sourceId);
        const target = nodeOf(targetId);
        if (!source || !target || sourceId === targetId) return;
        const options = connectionOptions(source.kind, target.kind);
        if (options.length === 0) {
          get().showNotice({
            tone: 'error',
            key: 'cannotConnect',
            values: {
              source: { key: `kind.${source.kind}` },
              target: { key: `kind.${target.kind}` },
            },
          });
        } else if (options.length === 1) createEdge(sourceId, targetId, options[0]!);
        else set({ pendingConnection: { sourceId, targetId, options } });
      },

      choosePendingConnection(option) {
        const pending = get().pendingConnection;
        set({ pendingConnection: null });
        if (pending) createEdge(pending.sourceId, pending.targetId, option);
      },

      cancelPendingConnection() {
        set({ pendingConnection: null });
      },

      setEdgeKind(edgeId, kind) {
        const edge = indexById(get().edges).get(edgeId);
        if (!edge || edge.data?.kind === kind) return;
        get().commit({ ...EMPTY_CHANGE, putEdges: [{ ...toStrategyEdge(edge), kind }] });
      },

      deleteSelection() {
        const { nodes, edges } = get();
        const graph = { nodes: nodes.map(toStrategyNode), edges: edges.map(toStrategyEdge) };
        const change = deletionChange(
          graph,
          nodes.filter((n) => n.selected).map((n) => n.id),
          edges.filter((e) => e.selected).map((e) => e.id),
        );
        get().commit(change);
      },

      selectOnly(nodeId) {
        set({
          nodes: get().nodes.map((n) =>
            n.id === nodeId
              ? n.selected
                ? n
                : { ...n, selected: true }
              : n.selected
                ? { ...n, selected: false }
                : n,
          ),
          edges: get().edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
        });
      },

      async exportStrategyFile() {
        const { openMeta } = get();
        if (!openMeta) return;
        try {
          // What this window holds is exported, saved or not, and checked as it is: a file
          // that import refuses is no copy, so the damage is named and nothing written. The
          // database is not asked, as this is the way out when it cannot be written or read.
          const nodes = get().nodes.map(toStrategyNode);
          const edges = get().edges.map(toStrategyEdge);
          const damaged = await damagedAmong(openMeta, nodes, edges);
          if (damaged.length > 0) {
            const names = strategyNames(openMeta);
            const damage = new DamagedStrategyError(
              openMeta.id,
              names,
              damaged[0]!,
              damaged.length,
            );
            get().showNotice({
              tone: 'error',
              ...damagedMessage(damage, get().language, 'exportDamaged'),
            });
            return;
          }
          const content = strategyFileText({ ...openMeta, nodes, edges }, deps.now().toISOString());
          if (content === null) {
            get().showNotice({
              tone: 'error',
              key: 'exportTooLarge',
              values: {
                title: strategyTitle(openMeta, get().language),
                maximum: `${MAX_FILE_BYTES / 1024 / 1024} MB`,
              },
            });
            return;
          }
          const result = await deps.bridge.saveFile({
            suggestedName: fileNameFor(strategyTitle(openMeta, get().language), 'json'),
            content,
            filters: strategyFileFilters(get().language),
          });
          if (result.status === 'saved')
            get().showNotice({ tone: 'info', key: 'exported', values: { name: result.name } });
        } catch (error) {
          get().showNotice({
            tone: 'error',
            key: 'exportFailed',
            values: { error: String(error) },
          });
        }
      },

      async exportPdf(options) {
        const meta = get().openMeta;
        if (!meta) return;
        // The print view reads the strategy from the database: everything must be saved first,
        // or the PDF would leave out what is not.
        if (!(await writes.flush())) {
          get().showNotice({ tone: 'error', key: 'pdfUnsaved' });
          return;
        }
        try {
          const result = await deps.bridge.exportPdf({
            route: printRoute(meta.id, options, get().language),
            suggestedName: fileNameFor(strategyTitle(meta, get().language), 'pdf'),
          });
          if (result.status === 'saved')
            get().showNotice({ tone: 'info', key: 'pdfSaved', values: { name: result.name } });
        } catch (error) {
          get().showNotice({ tone: 'error', key: 'pdfFailed', values: { error: String(error) } });
        }
      },

      setViewport(instance) {
        set({ viewport: instance });
      },

      rememberView(view) {
        const { openMeta, openView } = get();
        // Fitting on open and plain clicks end "moves" too; only a new place is written.
        if (!openMeta || (openView && sameViewPlace(openView, view))) return;
        const place = { x: view.x, y: view.y, zoom: view.zoom };
        set({ openView: place });
        // Where the view was is a convenience: failing to keep it loses no work.
        deps.db.setView(openMeta.id, place).catch(() => {});
      },
    };
  };
