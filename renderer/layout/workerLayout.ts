import {
  layoutGraphOf,
  type LayoutOptions,
  type LayoutStyle,
} from '../../shared/layout/autoLayout';
import type { LayoutGraph } from '../../shared/layout/layoutByKind';
import type { Position } from '../../shared/model/graph';
import type { LayoutJob, LayoutReply } from './layoutJobs';

/**
 * Auto layout in a worker of its own, so arranging thousands of nodes never holds up the
 * window. The worker starts the first time a layout is asked for and stays for the next one.
 */
export function createWorkerLayout(): (
  graph: LayoutGraph,
  style: LayoutStyle,
  options?: LayoutOptions,
) => Promise<Map<string, Position>> {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<
    number,
    { resolve: (positions: Map<string, Position>) => void; reject: (error: Error) => void }
  >();
  const failAll = (error: Error) => {
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  const start = () => {
    const started = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    started.addEventListener('message', (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      const job = waiting.get(reply.id);
      if (!job) return;
      waiting.delete(reply.id);
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(new Map(reply.positions));
    });
    started.addEventListener('error', (event) => {
      event.preventDefault();
      failAll(new Error(event.message || 'the layout stopped unexpectedly'));
    });
    return started;
  };
  return (graph, style, options = {}) =>
    new Promise((resolve, reject) => {
      worker ??= start();
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      const job: LayoutJob = { id, graph: layoutGraphOf(graph), style, options };
      worker.postMessage(job);
    });
}
