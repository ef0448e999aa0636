import {
  layoutGraphOf,
  type LayoutOptions,
  type LayoutStyle,
} from '../../shared/layout/autoLayout';
import type { LayoutGraph } from '../../shared/layout/layoutByKind';
import type { Position } from '../../shared/model/graph';
import { createJobClient } from '../workerJobs';
import type { LayoutJob, LayoutResult } from './layoutJobs';

/**
 * Auto layout in a worker of its own, so arranging thousands of nodes never holds up the
 * window. The worker starts the first time a layout is asked for and stays for the next one.
 */
export function createWorkerLayout(): (
  graph: LayoutGraph,
  style: LayoutStyle,
  options?: LayoutOptions,
) => Promise<Map<string, Position>> {
  const run = createJobClient<LayoutJob, LayoutResult, Map<string, Position>>(
    () => new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' }),
    (reply) => new Map(reply.positions),
    'layoutStopped',
  );
  return (graph, style, options = {}) => run({ graph: layoutGraphOf(graph), style, options });
}
