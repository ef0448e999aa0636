import {
  hidesAnything,
  sameFilter,
  SHOW_EVERYTHING,
  type MapFilter,
} from '../../shared/map/filters';
import type { MapFocus } from '../../shared/map/focus';
import { focusArrangement } from '../../shared/map/focusArrangement';
import { shownParts, type ShownParts } from '../../shared/map/shown';
import { sameOnMap } from '../../shared/map/offMapFields';
import { keepArrayWhileSame } from './keepArray';
import { selectMapNodes } from './mapNodes';
import { strategyGraphOf, type FlowEdge, type FlowNode } from './flow';
import { selectSelectedNodeIds } from './selectors';
import type { AppState } from './types';

/** What the canvas is given of the open strategy under its focus and filters. */
export interface ShownGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** How many nodes the strategy has in all. */
  total: number;
  /** The focus's cards are shown gathered round the focused node, not where they lie. */
  gathered?: boolean;
}

export const selectMapFilter = (s: AppState): MapFilter => s.openMeta?.filters ?? SHOW_EVERYTHING;

const NONE_ADDED: readonly string[] = [];

/** The cards added under the open strategy's present filter and focus (see AddedInSight). */
export function selectAddedInSight(state: AppState): readonly string[] {
  const added = state.addedInSight;
  const focus = state.mapFocus;
  if (
    !added ||
    added.strategyId !== state.openMeta?.id ||
    !sameFilter(added.filter, selectMapFilter(state)) ||
    added.focus?.nodeId !== focus?.nodeId ||
    added.focus?.depth !== focus?.depth
  )
    return NONE_ADDED;
  return added.ids;
}

/**
 * Same nodes with the same data, as the map sees it: selecting or moving nodes, or typing in
 * their notes, leaves what is shown as it was.
 */
function sameContent(a: readonly FlowNode[], b: readonly FlowNode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const before = a[i]!;
    const after = b[i]!;
    if (before.id !== after.id || !sameOnMap(after.type, before.data, after.data)) return false;
  }
  return true;
}

let lastParts: {
  nodes: FlowNode[];
  edges: FlowEdge[];
  focus: MapFocus;
  filter: MapFilter;
  parts: ShownParts | null;
} | null = null;

/**
 * What the focus and filters let through, before the selection is added: null when nothing is
 * hidden. Worked out again only when the graph's content, the focus or the filters change; a
 * click that selects a card, in a strategy of thousands, does not walk the graph again.
 */
export function selectShownParts(state: AppState, nodes = state.nodes): ShownParts | null {
  const { edges, mapFocus } = state;
  const filter = selectMapFilter(state);
  if (!mapFocus && !hidesAnything(filter)) return null;
  const last = lastParts;
  if (
    last &&
    last.edges === edges &&
    last.focus === mapFocus &&
    last.filter === filter &&
    sameContent(last.nodes, nodes)
  )
    return last.parts;
  const parts = shownParts(strategyGraphOf(nodes, edges), filter, mapFocus);
  lastParts = { nodes, edges, focus: mapFocus!, filter, parts };
  return parts;
}

/**
 * A focus whose cards lie far apart is shown gathered round the focused node (see
 * focusArrangement). The cards are copies at the gathered places, held still: a drag would
 * otherwise write a place the strategy never had.
 */
function gathered(shown: ShownGraph, origin: string): ShownGraph {
  const places = focusArrangement(origin, shown.nodes, shown.edges);
  if (!places) return shown;
  const nodes = shown.nodes.map(
    (node) =>
      ({ ...node, position: places.get(node.id) ?? node.position, draggable: false }) as FlowNode,
  );
  return { ...shown, nodes, gathered: true };
}

/** The map shows a focus gathered: its cards are not where they lie, so they are not moved. */
export const selectGathered = (state: AppState) => selectMapGraph(state).gathered === true;

interface Entry {
  edges: FlowEdge[];
  focus: MapFocus | null;
  filter: MapFilter;
  added: readonly string[];
  shown: ShownGraph;
}

const cache = new WeakMap<FlowNode[], Entry>();
/**
 * The shown edges keep their list while the same edges are shown: a drag under a filter changes
 * only nodes, and what is keyed on the list (routes, names, the index for views) stays as it is.
 */
const sameShownEdges = keepArrayWhileSame<FlowEdge>();

/**
 * The nodes and edges the map shows, worked out once per change of the graph, focus or filters.
 * With nothing hidden they are the store's own lists; otherwise the same node and edge objects,
 * fewer of them, so cards that stay do not redraw. Selected nodes, and those just added, are
 * always shown.
 */
export const selectShownGraph = (state: AppState): ShownGraph => shownGraphOf(state, state.nodes);

/**
 * What the canvas and the overview map draw: the shown graph of the nodes as the map sees them
 * (see selectMapNodes), kept while only their notes change.
 */
export const selectMapGraph = (state: AppState): ShownGraph =>
  shownGraphOf(state, selectMapNodes(state));

function shownGraphOf(state: AppState, nodes: FlowNode[]): ShownGraph {
  const { edges, mapFocus } = state;
  const filter = selectMapFilter(state);
  const added = selectAddedInSight(state);
  const known = cache.get(nodes);
  if (
    known &&
    known.edges === edges &&
    known.focus === mapFocus &&
    known.filter === filter &&
    known.added === added
  )
    return known.shown;
  const parts = selectShownParts(state, nodes);
  let shown: ShownGraph = { nodes, edges, total: nodes.length };
  if (parts) {
    // Rarely any: nodes just added, or found by search, outside what is shown.
    const extra = [...added, ...selectSelectedNodeIds(state)].filter(
      (id) => !parts.nodeIds.has(id),
    );
    const { nodeIds, edgeIds } =
      extra.length > 0
        ? shownParts(strategyGraphOf(nodes, edges), filter, mapFocus, extra)!
        : parts;
    shown = {
      nodes: nodes.filter((node) => nodeIds.has(node.id)),
      edges: sameShownEdges(edges.filter((edge) => edgeIds.has(edge.id))),
      total: nodes.length,
    };
    if (mapFocus) shown = gathered(shown, mapFocus.nodeId);
  }
  cache.set(nodes, { edges, focus: mapFocus, filter, added, shown });
  return shown;
}
