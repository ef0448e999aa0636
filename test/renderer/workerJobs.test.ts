import { describe, expect, it } from 'vitest';
import { NamedFailure, noticeError } from '../../renderer/store/describeError';
import { createJobClient, type JobReply, type SentJob } from '../../renderer/workerJobs';

interface Square {
  side: number;
}
interface Area {
  area: number;
}

/** A worker the test answers by hand: it keeps the jobs it was sent. */
class FakeWorker extends EventTarget {
  sent: SentJob<Square>[] = [];
  terminated = false;
  postMessage(job: SentJob<Square>) {
    this.sent.push(job);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: JobReply<Area>) {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }
  crash(message: string) {
    this.dispatchEvent(new ErrorEvent('error', { message, cancelable: true }));
  }
}

function client() {
  const workers: FakeWorker[] = [];
  const run = createJobClient<Square, Area, number>(
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    (reply) => reply.area,
    'layoutStopped',
  );
  return { run, workers };
}

describe('jobs sent to a worker', () => {
  it('answers each job with its own reply, whatever order the replies come in', async () => {
    const { run, workers } = client();
    const small = run({ side: 2 });
    const large = run({ side: 30 });
    expect(workers).toHaveLength(1);
    const [first, second] = workers[0]!.sent;
    workers[0]!.reply({ id: second!.id, area: 900 });
    workers[0]!.reply({ id: first!.id, area: 4 });
    await expect(small).resolves.toBe(4);
    await expect(large).resolves.toBe(900);
  });

  it("fails a job whose reply says why, and leaves the others' to their replies", async () => {
    const { run, workers } = client();
    const bad = run({ side: -1 });
    const good = run({ side: 3 });
    const [first, second] = workers[0]!.sent;
    workers[0]!.reply({ id: first!.id, error: 'a side is never negative' });
    workers[0]!.reply({ id: second!.id, area: 9 });
    await expect(bad).rejects.toThrow('a side is never negative');
    await expect(good).resolves.toBe(9);
  });

  it('fails every waiting job when the worker stops, and starts a fresh one for the next', async () => {
    const { run, workers } = client();
    const waiting = [run({ side: 1 }), run({ side: 2 })];
    workers[0]!.crash('');
    for (const job of waiting) {
      const error = await job.catch((stopped: unknown) => stopped);
      expect(error).toBeInstanceOf(NamedFailure);
      // Told in the user's language; the console gets the English.
      expect(noticeError(error)).toEqual({ key: 'layoutStopped' });
      expect((error as Error).message).toBe('the layout stopped unexpectedly');
    }
    expect(workers[0]!.terminated).toBe(true);

    const next = run({ side: 5 });
    expect(workers).toHaveLength(2);
    workers[1]!.reply({ id: workers[1]!.sent[0]!.id, area: 25 });
    await expect(next).resolves.toBe(25);
  });
});
