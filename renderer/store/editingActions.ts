import type { StoreApi } from 'zustand';
import { EMPTY_CHANGE, type GraphChange } from '../../shared/model/change';
import { relationForNewNode, severalFitNewNode } from '../../shared/model/edgeRules';
import { fieldsOf, parseFieldInput } from '../../shared/model/fields';
import { copyOfFragment, fragmentOf, type GraphFragment } from '../../shared/model/fragment';
import type { Position, StrategyNode } from '../../shared/model/graph';
import { newId } from '../../shared/model/ids';
import { nameFieldKey } from '../../shared/model/nameField';
import { createNode } from '../../shared/model/nodes';
import { edgeEnds, hasEdge } from '../../shared/model/relationships';
import type { EdgeKind, NodeKind } from '../../shared/model/vocabulary';
import { freeSpotNear } from '../../shared/layout/freeSpot';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layoutByKind';
import { pasteOffset, PASTE_STEP, placeInView } from '../../shared/layout/placeInView';
import { indexById, strategyGraphOf, toStrategyEdge, toStrategyNode } from './flow';
import type { AppState, EditorSlice } from './types';
import { selectGathered, selectShownGraph } from './shownGraph';

const centreOf = (position: Position): Position => ({
  x: position.x + NODE_WIDTH / 2,
  y: position.y + NODE_HEIGHT / 2,
});

/**
 * Where the map's cards are, for placing a new one: a card a filter hides does not keep the new
 * one from where the user asked for it. Gathered round a focus, cards are not where they lie,
 * and every card counts.
 */
export function takenPlaces(state: AppState): Position[] {
  const shown = selectShownGraph(state);
  return (shown.gathered ? state.nodes : shown.nodes).map((node) => node.position);
}

/**
 * A node to add and, when it goes next to the selected node, the edge joining the two if exactly
 * one relationship fits, as one change so one undo takes both away. `reveal` is set when no free
 * spot was in view and the view should move to the new node.
 */
export function planNewNode(
  state: AppState,
  kind: NodeKind,
  near?: Position,
): {
  id: string;
  change: GraphChange;
  reveal: Position | null;
  /** The selected node the new one was joined to, and how. */
  linkedTo: { id: string; kind: EdgeKind } | null;
  /** The selected node it was put beside but not joined to, as more than one relationship fits. */
  besideUnlinked: string | null;
} {
  const id = newId(kind);
  const taken = takenPlaces(state);
  const selected = near ? [] : state.nodes.filter((n) => n.selected);
  // Placed at a spot of the caller's choosing, a node is not "next to" the selection.
  const anchor = selected.length === 1 ? selected[0]! : undefined;
  let position: Position;
  let reveal: Position | null = null;
  if (near) position = freeSpotNear(taken, near);
  else {
    const placed = placeInView(
      taken,
      state.viewport?.visibleArea() ?? null,
      anchor?.position ?? null,
      state.viewport?.coveredAreas() ?? [],
    );
    position = placed.position;
    if (!placed.inView && state.viewport) reveal = centreOf(position);
  }
  const created = createNode(kind, id, position);
  // A new project's record starts today, in its first stage.
  const node: StrategyNode =
    created.kind === 'project'
      ? {
          ...created,
          data: {
            ...created.data,
            history: [{ date: state.today(), from: null, to: created.data.stage, note: '' }],
          },
        }
      : created;
  const relation = anchor ? relationForNewNode(kind, anchor.type) : null;
  return {
    id,
    reveal,
    linkedTo: anchor && relation ? { id: anchor.id, kind: relation.kind } : null,
    besideUnlinked: anchor && severalFitNewNode(kind, anchor.type) ? anchor.id : null,
    change: {
      ...EMPTY_CHANGE,
      putNodes: [node],
      putEdges:
        anchor && relation
          ? [{ id: newId('e'), kind: relation.kind, ...edgeEnds(id, anchor.id, relation) }]
          : [],
    },
  };
}

export type EditingActions = Pick<
  EditorSlice,
  | 'nameFocusRequest'
  | 'clearNameFocusRequest'
  | 'renamingNodeId'
  | 'startRename'
  | 'finishRename'
  | 'link'
  | 'removeEdge'
  | 'moveSelection'
  | 'selectAllNodes'
  | 'clipboard'
  | 'copySelection'
  | 'paste'
  | 'duplicateSelection'
>;

/** The editor's keyboard-first actions: typing names, linking, moving, copying. */
export function createEditingActions(
  set: StoreApi<AppState>['setState'],
  get: StoreApi<AppState>['getState'],
): EditingActions {
  /** Pastes of the current clipboard so far, each landing one step further on. */
  let pastes = 0;

  const selectNodes = (ids: ReadonlySet<string>) =>
    set({
      nodes: get().nodes.map((n) =>
        ids.has(n.id) === !!n.selected ? n : { ...n, selected: ids.has(n.id) },
      ),
      edges: get().edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
    });

  const selectedFragment = (): GraphFragment | null => {
    const { nodes, edges } = get();
    const ids = nodes.filter((n) => n.selected).map((n) => n.id);
    return ids.length > 0 ? fragmentOf(strategyGraphOf(nodes, edges), ids) : null;
  };

  /** Adds a copy of a fragment as one undo step and selects the copy. */
  const addCopy = (fragment: GraphFragment, offset: Position) => {
    const copy = copyOfFragment(fragment, offset, newId);
    if (!get().commit({ ...EMPTY_CHANGE, putNodes: copy.nodes, putEdges: copy.edges })) return;
    const index = indexById(get().nodes);
    const added = copy.nodes.map((n) => n.id).filter((id) => index.has(id));
    get().keepInSight(added);
    selectNodes(new Set(added));
  };

  return {
    nameFocusRequest: null,
    renamingNodeId: null,
    clipboard: null,

    clearNameFocusRequest() {
      set({ nameFocusRequest: null });
    },

    startRename(nodeId) {
      if (get().readOnly || !indexById(get().nodes).has(nodeId)) return;
      get().selectOnly(nodeId);
      set({ renamingNodeId: nodeId });
    },

    finishRename(name) {
      const id = get().renamingNodeId;
      set({ renamingNodeId: null });
      const node = id === null ? undefined : indexById(get().nodes).get(id);
      if (!node || name === null) return;
      // Typed on the card, the name is in the language the user works in, checked like the field.
      const key = nameFieldKey(node.type, get().language);
      const field = fieldsOf(node.type).find((f) => f.key === key);
      const parsed = field && parseFieldInput(field, name);
      if (parsed?.ok) get().updateNodeField(node.id, key, parsed.value);
    },

    link(fromId, otherId, option) {
      const ends = edgeEnds(fromId, otherId, option);
      if (hasEdge(get().edges.map(toStrategyEdge), ends, option.kind)) {
        get().showNotice({ tone: 'error', key: 'duplicateEdge' });
        return;
      }
      get().commit({
        ...EMPTY_CHANGE,
        putEdges: [{ id: newId('e'), kind: option.kind, ...ends }],
      });
    },

    removeEdge(edgeId) {
      if (indexById(get().edges).has(edgeId))
        get().commit({ ...EMPTY_CHANGE, removeEdgeIds: [edgeId] });
    },

    moveSelection(dx, dy, coalesceKey) {
      // Shown gathered, a card is not at its place: a move would write one it never had.
      if (selectGathered(get())) return;
      const moved = get()
        .nodes.filter((n) => n.selected)
        .map((n) => ({
          ...toStrategyNode(n),
          position: { x: n.position.x + dx, y: n.position.y + dy },
        }));
      if (moved.length > 0) get().commit({ ...EMPTY_CHANGE, putNodes: moved }, coalesceKey);
    },

    selectAllNodes() {
      // All that the map shows: nodes a focus or filter hides are not to be deleted unseen.
      selectNodes(new Set(selectShownGraph(get()).nodes.map((n) => n.id)));
    },

    copySelection() {
      const fragment = selectedFragment();
      if (!fragment) return;
      pastes = 0;
      set({ clipboard: fragment });
    },

    paste() {
      const fragment = get().clipboard;
      if (!fragment || fragment.nodes.length === 0) return;
      pastes += 1;
      const view = get().viewport?.visibleArea() ?? null;
      const offset = pasteOffset(
        fragment.nodes.map((n) => n.position),
        view,
        pastes,
      );
      addCopy(fragment, offset);
    },

    duplicateSelection() {
      const fragment = selectedFragment();
      if (fragment) addCopy(fragment, { x: PASTE_STEP, y: PASTE_STEP });
    },
  };
}
