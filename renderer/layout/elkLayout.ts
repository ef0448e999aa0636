import ElkApi, { type ELK } from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import { autoLayout, type LayoutStyle } from '../../shared/layout/autoLayout';
import type { Position, StrategyGraph } from '../../shared/model/graph';

/**
 * Auto layout with ELK running in its own worker, so the layout engine never holds up the
 * window. The engine (a large script) is fetched the first time a layout is asked for.
 */
export function createElkLayout(): (
  graph: StrategyGraph,
  style: LayoutStyle,
) => Promise<Map<string, Position>> {
  let elk: ELK | null = null;
  return (graph, style) => {
    elk ??= new ElkApi({ workerUrl: elkWorkerUrl, workerFactory: (url) => new Worker(url!) });
    return autoLayout(graph, style, elk);
  };
}
