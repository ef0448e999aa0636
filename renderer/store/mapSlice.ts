import type { StateCreator } from 'zustand';
import { EMPTY_CHANGE } from '../../shared/model/change';
import { newId } from '../../shared/model/ids';
import {
  hidesAnything,
  isShown,
  nodeFilter,
  sameFilter,
  SHOW_EVERYTHING,
  withValueShown,
  type MapFilter,
} from '../../shared/map/filters';
import {
  MAX_VIEW_NAME_LENGTH,
  movedView,
  renamedView,
  withNotes,
  type SavedView,
} from '../../shared/map/savedViews';
import { savedViewLimitPassed, viewNameError } from '../../shared/format/mapSchema';
import { FIELD_ERROR_MESSAGES } from '../../shared/i18n/fieldErrors';
import { formatCount } from '../../shared/i18n/formatNumbers';
import { indexById, strategyGraphOf, toStrategyNode } from './flow';
import { selectSelectedEdgeIds, selectSelectedNodeIds } from './selectors';
import { selectAddedInSight, selectShownParts } from './shownGraph';
import { limitNotice } from './limitNotice';
import type { AppState, MapSlice, SliceContext } from './types';

export const createMapSlice =
  ({ writes }: SliceContext): StateCreator<AppState, [], [], MapSlice> =>
  (set, get) => {
    /**
     * Sets a new focus or filter in one update, with what it hides no longer selected: Delete or
     * a move would otherwise act on what cannot be seen.
     */
    const narrow = (next: Partial<AppState>) => {
      const state = { ...get(), ...next };
      const selectedNodes = selectSelectedNodeIds(state);
      const selectedEdges = selectSelectedEdgeIds(state);
      const parts =
        selectedNodes.length > 0 || selectedEdges.length > 0 ? selectShownParts(state) : null;
      if (parts) {
        const hiddenNodes = new Set(selectedNodes.filter((id) => !parts.nodeIds.has(id)));
        const hiddenEdges = new Set(selectedEdges.filter((id) => !parts.edgeIds.has(id)));
        if (hiddenNodes.size > 0)
          next.nodes = state.nodes.map((n) =>
            hiddenNodes.has(n.id) ? { ...n, selected: false } : n,
          );
        if (hiddenEdges.size > 0)
          next.edges = state.edges.map((e) =>
            hiddenEdges.has(e.id) ? { ...e, selected: false } : e,
          );
      }
      // Cards kept in sight since they were added give way to what the user narrows to now.
      set({ ...next, addedInSight: null });
    };

    /** The open strategy with other filters, stored unless this window only shows it. */
    const withFilter = (filter: MapFilter): Partial<AppState> => {
      const open = get().openMeta;
      if (!open || sameFilter(open.filters, filter)) return {};
      const updated = { ...open, filters: filter };
      // A read-only window may look at the strategy its own way; it stores nothing.
      if (!get().readOnly) writes.enqueue(open.id, EMPTY_CHANGE, updated);
      return { openMeta: updated };
    };

    /** A focus is looked at whole: its far neighbours may lie well outside the view. */
    const showFocus = () => get().viewport?.fit(null, 0);

    const savedViews = () => get().openMeta?.views ?? [];
    const changeViews = (views: SavedView[]) => get().commitMeta({ views });

    /** True, with the user told why, when a file could not hold `name` as a view's name. */
    const refuseViewName = (name: string) => {
      const error = viewNameError(name);
      if (!error) return false;
      const maximum = formatCount(MAX_VIEW_NAME_LENGTH, get().language);
      get().showNotice(
        error === 'tooLong'
          ? { tone: 'error', key: 'errorTooLongAtMost', values: { maximum } }
          : { tone: 'error', key: FIELD_ERROR_MESSAGES[error] },
      );
      return true;
    };

    return {
      mapFocus: null,
      focusDepth: 1,
      addedInSight: null,

      focusOnSelection() {
        const selected = selectSelectedNodeIds(get());
        if (selected.length !== 1) return;
        const nodeId = selected[0]!;
        // Filters that hide the node itself were not chosen with it in mind (it is shown only
        // because it is selected): its surroundings are shown whole, not cut down by them.
        const { nodes, edges, openMeta } = get();
        const node = indexById(nodes).get(nodeId);
        const filter = openMeta?.filters ?? SHOW_EVERYTHING;
        const graph = strategyGraphOf(nodes, edges);
        const hidden = node && !nodeFilter(graph, filter)(toStrategyNode(node));
        const unfiltered = hidden ? withFilter(SHOW_EVERYTHING) : {};
        narrow({ ...unfiltered, mapFocus: { nodeId, depth: get().focusDepth } });
        showFocus();
      },

      setFocusDepth(depth) {
        const focus = get().mapFocus;
        // With no focus yet, the depth is only remembered: the selection it is for must stay.
        if (!focus) return set({ focusDepth: depth });
        narrow({ focusDepth: depth, mapFocus: { ...focus, depth } });
        showFocus();
      },

      clearFocus() {
        if (get().mapFocus) set({ mapFocus: null, addedInSight: null });
      },

      keepInSight(ids) {
        const { openMeta, mapFocus } = get();
        // With nothing hidden there is nothing to keep them from, until the map is narrowed.
        if (!openMeta || ids.length === 0 || (!mapFocus && !hidesAnything(openMeta.filters)))
          return;
        const kept = selectAddedInSight(get());
        set({
          addedInSight: {
            strategyId: openMeta.id,
            filter: openMeta.filters,
            focus: mapFocus,
            ids: [...kept, ...ids],
          },
        });
      },

      showNodeKind(kind) {
        const filter = get().openMeta?.filters ?? SHOW_EVERYTHING;
        if (isShown(filter, 'kind', kind)) return;
        // The user did not change the filter: the app only shows more, so the cards they added
        // stay in sight, as they would had the filter not changed.
        const kept = selectAddedInSight(get());
        get().setMapFilter(withValueShown(filter, 'kind', kind, true));
        get().keepInSight(kept);
      },

      setMapFilter(filter) {
        const next = withFilter(filter);
        if (next.openMeta) narrow(next);
      },

      saveView(name) {
        const open = get().openMeta;
        if (!open || name.trim() === '' || refuseViewName(name.trim())) return false;
        // Past the limit, the strategy could no longer be exported or opened from its file.
        const passed = savedViewLimitPassed(open.views.length + 1);
        if (passed) {
          get().showNotice(limitNotice(passed, get().language));
          return false;
        }
        const view: SavedView = {
          id: newId('view'),
          name: '',
          nameKo: '',
          viewport: get().viewport?.centre() ?? null,
          focus: get().mapFocus,
          filters: open.filters,
        };
        changeViews([...open.views, renamedView(view, name.trim(), get().language)]);
        // A read-only window's commit leaves the views as they were.
        return get().openMeta?.views !== open.views;
      },

      restoreView(viewId) {
        const view = savedViews().find((v) => v.id === viewId);
        if (!view) return;
        const focus =
          view.focus && indexById(get().nodes).has(view.focus.nodeId) ? view.focus : null;
        narrow({
          ...withFilter(view.filters),
          mapFocus: focus,
          focusDepth: focus?.depth ?? get().focusDepth,
        });
        const canvas = get().viewport;
        if (!canvas) return;
        // A view with no place of its own is shown as the strategy opens, on what it shows: all
        // of it when readable so, else the top of its goal tree; a focus is fitted whole.
        if (view.viewport && canvas.wouldShowAny(view.viewport))
          canvas.centreOn(view.viewport, view.viewport.zoom, 0);
        else if (focus) canvas.fit(null, 0);
        else canvas.showOpening();
      },

      renameView(viewId, name) {
        const open = get().openMeta;
        if (!open || name.trim() === '' || refuseViewName(name.trim())) return false;
        const language = get().language;
        changeViews(
          open.views.map((view) =>
            view.id === viewId ? renamedView(view, name.trim(), language) : view,
          ),
        );
        // A read-only window's commit leaves the views as they were.
        return get().openMeta?.views !== open.views;
      },

      setViewNotes(viewId, notes) {
        const views = savedViews();
        const view = views.find((candidate) => candidate.id === viewId);
        if (!view || (view.notes ?? '') === (withNotes(view, notes).notes ?? '')) return;
        changeViews(views.map((other) => (other.id === viewId ? withNotes(other, notes) : other)));
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
