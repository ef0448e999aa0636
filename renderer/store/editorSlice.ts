import { applyEdgeChanges, applyNodeChanges, type NodeChange } from '@xyflow/react';
import type { StateCreator } from 'zustand';
import { deletionChange, EMPTY_CHANGE } from '../../shared/model/change';
import { connectionOptions, type ConnectionOption } from '../../shared/model/edgeRules';
import type { Position, StrategyNode } from '../../shared/model/graph';
import type { Stage } from '../../shared/model/vocabulary';
import { newId } from '../../shared/model/ids';
import { createNode } from '../../shared/model/nodes';
import { freeSpotNear } from '../../shared/layout/freeSpot';
import { fileNameFor, serializeStrategy } from '../../shared/format/strategyFile';
import { printRoute } from '../../shared/report/reportData';
import {
  indexById,
  toFlowEdge,
  toFlowNode,
  toStrategyEdge,
  toStrategyNode,
  type FlowNode,
} from './flow';
import type { AppState, EditorSlice, SliceContext } from './types';
import { measureSince } from '../timing';
import { sameViewPlace } from '../../shared/layout/viewport';

export const STRATEGY_FILE_FILTERS = [{ name: 'Strategy file', extensions: ['json'] }];

export const createEditorSlice =
  ({ deps, writes }: SliceContext): StateCreator<AppState, [], [], EditorSlice> =>
  (set, get) => {
    /** Where each node being dragged started, so the whole drag undoes as one step. */
    const dragOrigins = new Map<string, Position>();

    const nodeOf = (id: string): StrategyNode | undefined => {
      const node = indexById(get().nodes).get(id);
      return node && toStrategyNode(node);
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

    return {
      openMeta: null,
      nodes: [],
      edges: [],
      pendingConnection: null,
      viewport: null,
      openView: null,

      async openStrategy(id) {
        await writes.whenIdle();
        const readStarted = performance.now();
        const [strategy, view] = await Promise.all([deps.db.loadStrategy(id), deps.db.getView(id)]);
        measureSince('open-strategy:read', readStarted);
        if (!strategy) return false;
        const { nodes, edges, ...meta } = strategy;
        dragOrigins.clear();
        set({
          openMeta: meta,
          openView: view ?? null,
          nodes: nodes.map(toFlowNode),
          edges: edges.map(toFlowEdge),
          past: [],
          future: [],
          pendingConnection: null,
        });
        return true;
      },

      async closeStrategy() {
        await writes.whenIdle();
        set({
          openMeta: null,
          openView: null,
          nodes: [],
          edges: [],
          past: [],
          future: [],
          pendingConnection: null,
        });
        await get().refreshLibrary();
      },

      async setStrategyTitle(title) {
        const meta = get().openMeta;
        if (!meta || title.trim() === '') return;
        const updated = { ...meta, title: title.trim(), updatedAt: deps.now().toISOString() };
        set({ openMeta: updated });
        await deps.db.updateStrategyMeta(meta.id, {
          title: updated.title,
          updatedAt: updated.updatedAt,
        });
      },

      onNodesChange(changes) {
        const viewChanges: NodeChange<FlowNode>[] = [];
        const finished: string[] = [];
        const index = indexById(get().nodes);
        for (const change of changes) {
          if (change.type === 'remove') continue; // deletion goes through deleteSelection
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
        const id = newId(kind);
        const taken = get().nodes.map((n) => n.position);
        const created = createNode(kind, id, freeSpotNear(taken, near));
        // A new project's record starts today, in its first stage.
        const node: StrategyNode =
          created.kind === 'project'
            ? {
                ...created,
                data: {
                  ...created.data,
                  history: [{ date: get().today(), from: null, to: created.data.stage, note: '' }],
                },
              }
            : created;
        get().commit({ ...EMPTY_CHANGE, putNodes: [node] });
        get().selectOnly(id);
        return id;
      },

      updateNodeField(id, key, value) {
        const node = nodeOf(id);
        if (!node || (node.data as Record<string, unknown>)[key] === value) return;
        // A project's stage changes through its gates, so the move is checked and recorded.
        if (node.kind === 'project' && key === 'stage')
          return get().requestStageChange(id, value as Stage);
        const updated = { ...node, data: { ...node.data, [key]: value } } as StrategyNode;
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
        const { openMeta, nodes, edges } = get();
        if (!openMeta) return;
        await writes.whenIdle();
        const content = serializeStrategy(
          { ...openMeta, nodes: nodes.map(toStrategyNode), edges: edges.map(toStrategyEdge) },
          deps.now().toISOString(),
        );
        const result = await deps.bridge.saveFile({
          suggestedName: fileNameFor(openMeta.title, 'json'),
          content,
          filters: STRATEGY_FILE_FILTERS,
        });
        if (result.status === 'saved')
          get().showNotice({ tone: 'info', key: 'exported', values: { name: result.name } });
      },

      async exportPdf(options) {
        const meta = get().openMeta;
        if (!meta) return;
        // The print view reads the strategy from the database: everything must be saved first.
        await writes.whenIdle();
        try {
          const result = await deps.bridge.exportPdf({
            route: printRoute(meta.id, options, get().language),
            suggestedName: fileNameFor(meta.title, 'pdf'),
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
        void deps.db.setView(openMeta.id, place);
      },
    };
  };
