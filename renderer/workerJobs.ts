import { NamedFailure } from './store/describeError';
import type { MessageKey } from '../shared/i18n/translate';

/** A job as its worker receives it: with the id its reply carries back. */
export type SentJob<Job extends object> = Job & { id: number };

/** What a job worker sends back: the job's id with its result, or with why it failed. */
export type JobReply<Result extends object> =
  ({ id: number } & Result) | { id: number; error: string };

/** The part of a Worker a job client uses; a test passes a stand-in. */
export type JobWorker = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

/**
 * Jobs sent to a worker of their own, each answered by the reply with its id. The worker
 * starts with the first job and stays for the next; if it stops (a script error, a crash),
 * every job waiting on it fails, told to the user as `stopped`, and the next job starts a
 * fresh one. `start` builds the Worker where Vite can see its URL.
 */
export function createJobClient<Job extends object, Result extends object, Value>(
  start: () => JobWorker,
  valueOf: (reply: { id: number } & Result) => Value,
  stopped: MessageKey,
): (job: Job) => Promise<Value> {
  let worker: JobWorker | null = null;
  let nextId = 0;
  const waiting = new Map<
    number,
    { resolve: (value: Value) => void; reject: (error: Error) => void }
  >();
  const failAll = (error: Error) => {
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  const started = () => {
    const fresh = start();
    fresh.addEventListener('message', (event: MessageEvent<JobReply<Result>>) => {
      const reply = event.data;
      const job = waiting.get(reply.id);
      if (!job) return;
      waiting.delete(reply.id);
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(valueOf(reply));
    });
    fresh.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      failAll(new NamedFailure(stopped, event.message));
    });
    return fresh;
  };
  return (job) =>
    new Promise((resolve, reject) => {
      worker ??= started();
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ ...job, id });
    });
}
