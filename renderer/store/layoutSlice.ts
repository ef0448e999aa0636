import type { StateCreator } from 'zustand';
import { positionsAt } from '../../shared/layout/autoLayout';
import { placeLaidOutPart } from '../../shared/layout/layoutPart';
import { shownParts } from '../../shared/map/shown';
import { openingFocus } from '../../shared/layout/viewport';
import { EMPTY_CHANGE } from '../../shared/model/change';
import type { Position, StrategyNode } from '../../shared/model/graph';
import { noticeError } from './describeError';
import { applyChangeToFlow, indexById, strategyGraphOf, toStrategyNode } from './flow';
import { selectMapFilter, selectShownGraph } from './shownGraph';
import { selectSelectedNodeIds } from './selectors';
import type { AppState, LayoutSlice, Message, SliceContext } from './types';
import { measureSince } from '../timing';

/** What an auto layout says of what it arranged, replaced by what the next one says. */
const LAYOUT_NOTICES: ReadonlySet<string> = new Set([
  'layoutOfShownNodes',
  'layoutBeyondFocus',
  'layoutOfWholeBeyondFocus',
]);

/** "1 node", "16 nodes": a count in a notice, in the plural form its number takes. */
function nodeCount(count: number): Message {
  return { key: 'nodeCount', values: { count } };
}

export const createLayoutSlice =
  ({ deps }: SliceContext): StateCreator<AppState, [], [], LayoutSlice> =>
  (set, get) => ({
    layoutStyle: 'byGoal',
    layoutRunning: false,

    setLayoutStyle(style) {
      set({ layoutStyle: style });
    },

    async autoLayout() {
      const { openMeta, layoutRunning, layoutStyle, nodes, edges } = get();
      if (!openMeta || layoutRunning || nodes.length === 0) return;
      set({ layoutRunning: true });
      // What was said of an earlier layout under a filter is not said of this one.
      if (LAYOUT_NOTICES.has(get().notice?.key ?? '')) get().dismissNotice();
      // A focus shows fewer cards than are arranged: the notice says how many it showed.
      const inFocus = get().mapFocus ? selectShownGraph(get()).nodes.length : null;
      try {
        const started = performance.now();
        // A radial layout centres on the selected node.
        const centre = nodes.find((n) => n.selected)?.id ?? null;
        // Under filters, what they show is arranged: laid out among the nodes they hide, the
        // shown ones would keep the gaps those leave, far apart and small on screen. A focus is a
        // passing look round one node, its cards often gathered away from their places: the
        // whole strategy is arranged under one, as without.
        const whole = strategyGraphOf(nodes, edges);
        const part = shownParts(whole, selectMapFilter(get()), null, selectSelectedNodeIds(get()));
        const graph = part
          ? {
              nodes: whole.nodes.filter((node) => part.nodeIds.has(node.id)),
              edges: whole.edges.filter((edge) => part.edgeIds.has(edge.id)),
            }
          : whole;
        const laidOut = await deps.layout(graph, layoutStyle, { centre });
        measureSince('auto-layout:compute', started);
        // The user may have left the strategy, or changed it, while the layout ran.
        if (get().openMeta?.id !== openMeta.id) return;
        const current = indexById(get().nodes);
        const target = part ? placeLaidOutPart(laidOut, get().nodes) : laidOut;
        const from = new Map<string, Position>();
        const forward: StrategyNode[] = [];
        const backward: StrategyNode[] = [];
        for (const [id, position] of target) {
          const node = current.get(id);
          if (!node || (node.position.x === position.x && node.position.y === position.y)) continue;
          from.set(id, node.position);
          forward.push({ ...toStrategyNode(node), position });
          backward.push(toStrategyNode(node));
        }
        if (forward.length === 0) return;
        const to = new Map(forward.map((n) => [n.id, n.position]));
        await deps.animate((progress) => {
          const step = positionsAt(from, to, progress);
          set({
            nodes: get().nodes.map((n) => {
              const position = step.get(n.id);
              return position ? { ...n, position } : n;
            }),
          });
        });
        const change = { ...EMPTY_CHANGE, putNodes: forward };
        set(applyChangeToFlow(get().nodes, get().edges, change));
        get().record(change, { ...EMPTY_CHANGE, putNodes: backward });
        // Shown as a strategy opens: whole, or in a large one the top of its goal tree.
        const focus = openingFocus(get().nodes.map(toStrategyNode));
        get().viewport?.fit(focus, 300);
        const values = {
          shown: nodeCount(graph.nodes.length),
          hidden: nodeCount(nodes.length - graph.nodes.length),
        };
        if (inFocus !== null && inFocus < graph.nodes.length)
          get().showNotice({
            tone: 'info',
            key: part ? 'layoutBeyondFocus' : 'layoutOfWholeBeyondFocus',
            values: { ...values, focused: nodeCount(inFocus) },
          });
        else if (part) get().showNotice({ tone: 'info', key: 'layoutOfShownNodes', values });
      } catch (error) {
        get().showNotice({
          tone: 'error',
          key: 'layoutFailed',
          values: { error: noticeError(error) },
        });
      } finally {
        set({ layoutRunning: false });
      }
    },
  });
