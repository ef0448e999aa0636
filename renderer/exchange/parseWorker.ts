import { runParseJob, type ParseJob, type ParseReply } from './parseJobs';

const reply = (message: ParseReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ParseJob>) => {
  // Only whole percents are sent: a large file would otherwise flood the page with messages.
  let sent = -1;
  try {
    const result = runParseJob(event.data, (fraction) => {
      const percent = Math.floor(fraction * 100);
      if (percent === sent) return;
      sent = percent;
      reply({ type: 'progress', fraction });
    });
    reply({ type: 'done', result });
  } catch (error) {
    reply({ type: 'failed', error: String(error) });
  }
});
