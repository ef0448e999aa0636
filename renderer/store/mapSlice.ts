import type { StateCreator } from 'zustand';
import { EMPTY_CHANGE } from '../../shared/model/change';
import { newId } from '../../shared/model/ids';
import type { MapFilter } from '../../shared/map/filters';
import { movedView, renamedView, type SavedView } from '../../shared/map/savedViews';
import { shownParts } from '../../shared/map/shown';
import { indexById, strategyGraphOf } from './flow';
import { selectSelectedEdgeIds, selectSelectedNodeIds } from './selectors';
import { selectMapFilter } from './shownGraph';
import type { AppState, MapSlice, SliceContext } from './types';

const sameFilter = (a: MapFilter, b: MapFilter) => JSON.stringify(a) === JSON.stringify(b);

export const createMapSlice =
  ({ writes }: SliceContext): StateCreator<AppState, [], [], MapSlice> =>
  (set, get) => {
    /** What the map hides does not stay selected: Delete or a move would act on it unseen. */
    const deselectHidden = () => {
      const state = get();
      const selectedNodes = selectSelectedNodeIds(state);
      const selectedEdges = selectSelectedEdgeIds(state);
      if (selectedNodes.length === 0 && selectedEdges.length === 0) return;
      const graph = strategyGraphOf(state.nodes, state.edges);
      const parts = shownParts(graph, selectMapFilter(state), state.mapFocus);
      if (!parts) return;
      const hiddenNodes = selectedNodes.filter((id) => !parts.nodeIds.has(id));
      const hiddenEdges = selectedEdges.filter((id) => !parts.edgeIds.has(id));
      if (hiddenNodes.length > 0) {
        const hidden = new Set(hiddenNodes);
        set({ nodes: state.nodes.map((n) => (hidden.has(n.id) ? { ...n, selected: false } : n)) });
      }
      if (hiddenEdges.length > 0) {
        const hidden = new Set(hiddenEdges);
        set({ edges: state.edges.map((e) => (hidden.has(e.id) ? { ...e, selected: false } : e)) });
      }
    };

    /** A focus is looked at whole: its far neighbours may lie well outside the view. */
    const showFocus = () => get().viewport?.fit(null, 0);

    const savedViews = () => get().openMeta?.views ?? [];
    const changeViews = (views: SavedView[]) => get().commitMeta({ views });

    return {
      mapFocus: null,
      focusDepth: 1,

      focusOnSelection() {
        const selected = selectSelectedNodeIds(get());
        if (selected.length !== 1) return;
        set({ mapFocus: { nodeId: selected[0]!, depth: get().focusDepth } });
        deselectHidden();
        showFocus();
      },

      setFocusDepth(depth) {
        const focus = get().mapFocus;
        set({ focusDepth: depth, mapFocus: focus && { ...focus, depth } });
        deselectHidden();
        if (focus) showFocus();
      },

      clearFocus() {
        if (get().mapFocus) set({ mapFocus: null });
      },

      setMapFilter(filter) {
        const open = get().openMeta;
        if (!open || sameFilter(open.filters, filter)) return;
        const updated = { ...open, filters: filter };
        set({ openMeta: updated });
        // A read-only window may look at the strategy its own way; it stores nothing.
        if (!get().readOnly) writes.enqueue(open.id, EMPTY_CHANGE, updated);
        deselectHidden();
      },

      saveView(name) {
        const open = get().openMeta;
        if (!open || name.trim() === '') return;
        const view: SavedView = {
          id: newId('view'),
          name: '',
          nameKo: '',
          viewport: get().viewport?.centre() ?? null,
          focus: get().mapFocus,
          filters: open.filters,
        };
        changeViews([...open.views, renamedView(view, name.trim(), get().language)]);
      },

      restoreView(viewId) {
        const view = savedViews().find((v) => v.id === viewId);
        if (!view) return;
        const focus =
          view.focus && indexById(get().nodes).has(view.focus.nodeId) ? view.focus : null;
        set({ mapFocus: focus, focusDepth: focus?.depth ?? get().focusDepth });
        get().setMapFilter(view.filters);
        deselectHidden();
        const canvas = get().viewport;
        if (!canvas) return;
        if (view.viewport) canvas.centreOn(view.viewport, view.viewport.zoom, 0);
        else canvas.fit(null, 0);
      },

      renameView(viewId, name) {
        if (name.trim() === '') return;
        const language = get().language;
        changeViews(
          savedViews().map((view) =>
            view.id === viewId ? renamedView(view, name.trim(), language) : view,
          ),
        );
      },

      moveView(viewId, by) {
        const views = savedViews();
        const moved = movedView(views, viewId, by);
        if (moved.every((view, i) => view === views[i])) return;
        changeViews(moved);
      },

      deleteView(viewId) {
        const views = savedViews();
        if (!views.some((view) => view.id === viewId)) return;
        changeViews(views.filter((view) => view.id !== viewId));
      },
    };
  };
