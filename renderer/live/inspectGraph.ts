import type { AppStore } from '../store/createAppStore';
import type { AppState } from '../store/types';
import { strategyGraphOf } from '../store/flow';

/** The name under which the page offers its open graph for inspection (from a console too). */
export const INSPECT_KEY = 'cityDiplomacyWorkbench';

export interface GraphInspector {
  /**
   * The open strategy's graph and shared title as text, records sorted by id: two copies of a
   * shared strategy that agree give the same text.
   */
  graphJson(): string;
  /**
   * The store's state and actions, so that scripted edits take the path a person's do
   * (history, saving, sharing) without driving the pointer.
   */
  actions(): AppState;
}

export function exposeGraph(store: AppStore, win: Window = window): void {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  const inspector: GraphInspector = {
    graphJson() {
      const { nodes, edges, openMeta } = store.getState();
      const graph = strategyGraphOf(nodes, edges);
      return JSON.stringify({
        title: openMeta?.title ?? null,
        nodes: [...graph.nodes].sort(byId),
        edges: [...graph.edges].sort(byId),
      });
    },
    actions: () => store.getState(),
  };
  (win as unknown as Record<string, unknown>)[INSPECT_KEY] = inspector;
}
