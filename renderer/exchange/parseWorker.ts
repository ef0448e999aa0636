import {
  PARSED_SHARE,
  resultReplies,
  runParseJob,
  type ParseJob,
  type ParseReply,
} from './parseJobs';

const reply = (message: ParseReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ParseJob>) => {
  const job = event.data;
  // A strategy's parsing fills the bar up to PARSED_SHARE; sending its records back, the rest.
  const share = job.kind === 'strategy' ? PARSED_SHARE : 1;
  // Only whole percents are sent: a large file would otherwise flood the page with messages.
  let sent = -1;
  try {
    const result = runParseJob(job, (fraction) => {
      const percent = Math.floor(fraction * share * 100);
      if (percent === sent) return;
      sent = percent;
      reply({ type: 'progress', fraction: fraction * share });
    });
    for (const message of resultReplies(job.kind, result)) reply(message);
  } catch (error) {
    reply({ type: 'failed', error: String(error) });
  }
});
