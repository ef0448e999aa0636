import { autoLayout } from '../../shared/layout/autoLayout';
import type { LayoutJob, LayoutReply } from './layoutJobs';

const reply = (message: LayoutReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<LayoutJob>) => {
  const { id, graph, style, options } = event.data;
  try {
    reply({ id, positions: [...autoLayout(graph, style, options)] });
  } catch (error) {
    reply({ id, error: String(error) });
  }
});
