import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkerFileParser, inThreadFileParser } from '../../renderer/exchange/fileParser';
import {
  PARSED_SHARE,
  RECORDS_PER_PART,
  resultReplies,
  runParseJob,
  type ParseJob,
  type ParseReply,
} from '../../renderer/exchange/parseJobs';
import { serializeStrategy } from '../../shared/format/strategyFile';
import { generateStrategy } from '../bench/generateStrategy';

/** Stands in for the browser's Worker: runs the job in the page, or fails as told. */
class FakeWorker extends EventTarget {
  static last: FakeWorker | null = null;
  static behaviour: 'run' | 'crash' | 'throw' = 'run';
  /** What the page was sent, in order. */
  readonly sent: ParseReply['type'][] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    FakeWorker.last = this;
  }
  postMessage(job: ParseJob) {
    setTimeout(() => {
      if (FakeWorker.behaviour === 'crash')
        return this.dispatchEvent(new ErrorEvent('error', { message: 'out of memory' }));
      const send = (reply: ParseReply) => {
        this.sent.push(reply.type);
        this.dispatchEvent(new MessageEvent('message', { data: structuredClone(reply) }));
      };
      if (FakeWorker.behaviour === 'throw')
        return send({ type: 'failed', error: 'RangeError: Invalid string length' });
      // As the worker does: parsing fills the bar up to a strategy's share, its parts the rest.
      const share = job.kind === 'strategy' ? PARSED_SHARE : 1;
      const result = runParseJob(job, (fraction) =>
        send({ type: 'progress', fraction: fraction * share }),
      );
      for (const reply of resultReplies(job.kind, result)) send(reply);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

const csv = new TextEncoder().encode('Name,Country\nSeoul,Korea\n');

describe('the worker file parser', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.behaviour = 'run';
  });

  it('runs each file in its own module worker, reports progress and ends the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const progress: number[] = [];
    const read = await createWorkerFileParser().csvFile(csv, (f) => progress.push(f));
    expect(read).toEqual(await inThreadFileParser.csvFile(csv, () => {}));
    expect(progress.at(-1)).toBe(1);
    expect(FakeWorker.last!.options).toEqual({ type: 'module' });
    expect(FakeWorker.last!.url.pathname).toMatch(/parseWorker\.ts$/);
    expect(FakeWorker.last!.terminated).toBe(true);
  });

  it('brings a large strategy back whole, in parts the page reads one at a time, the bar filling as they come', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const strategy = generateStrategy(3000, 2);
    const file = serializeStrategy({ ...strategy, id: 'large' }, strategy.createdAt);
    const progress: number[] = [];
    const read = await createWorkerFileParser().strategyFile(file, (f) => progress.push(f));
    expect(read).toEqual(await inThreadFileParser.strategyFile(file, () => {}));
    const records = strategy.nodes.length + strategy.edges.length;
    const parts = FakeWorker.last!.sent.filter((type) => type === 'part').length;
    expect(parts).toBe(Math.ceil(records / RECORDS_PER_PART));
    expect(parts).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  it('fails, and ends the worker, when the worker crashes or reports an error', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.behaviour = 'crash';
    await expect(createWorkerFileParser().strategyFile('{}', () => {})).rejects.toThrow(
      'out of memory',
    );
    expect(FakeWorker.last!.terminated).toBe(true);
    FakeWorker.behaviour = 'throw';
    await expect(createWorkerFileParser().csvFile(csv, () => {})).rejects.toThrow(
      'Invalid string length',
    );
    expect(FakeWorker.last!.terminated).toBe(true);
  });

  it('fails when no worker can be started', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('refused by the content security policy', 'SecurityError');
        }
      },
    );
    await expect(createWorkerFileParser().csvFile(csv, () => {})).rejects.toThrow(
      'content security policy',
    );
  });
});
