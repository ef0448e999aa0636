import { autoLayout } from '../../shared/layout/autoLayout';
import type { SentJob } from '../workerJobs';
import type { LayoutJob, LayoutReply } from './layoutJobs';

const reply = (message: LayoutReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<SentJob<LayoutJob>>) => {
  const { id, graph, style, options } = event.data;
  try {
    reply({ id, positions: [...autoLayout(graph, style, options)] });
  } catch (error) {
    reply({ id, error: String(error) });
  }
});
