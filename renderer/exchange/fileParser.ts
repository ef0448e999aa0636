import type { CsvRead } from '../../shared/exchange/csvLimits';
import type { ParseResult } from '../../shared/format/strategyFile';
import { NamedFailure } from '../store/describeError';
import {
  createPartsReader,
  runParseJob,
  type ParseJob,
  type ParseReply,
  type ParseResults,
  type Progress,
} from './parseJobs';

export type { Progress };

/**
 * Reads files the user opens; each call reports progress from 0 to 1 as it goes. Bytes given
 * may be handed to the reader's worker, and are not to be read again by the caller.
 */
export interface FileParser {
  /** A strategy file, as text or as its UTF-8 bytes. */
  strategyFile(content: string | Uint8Array, onProgress: Progress): Promise<ParseResult>;
  /** A spreadsheet, refused as soon as it exceeds the CSV caps. */
  csvFile(bytes: Uint8Array, onProgress: Progress): Promise<CsvRead>;
}

/** Parses in the page itself: for tests, where there are no workers. */
export const inThreadFileParser: FileParser = {
  strategyFile: async (content, onProgress) =>
    runParseJob({ kind: 'strategy', content }, onProgress),
  csvFile: async (bytes, onProgress) => runParseJob({ kind: 'csv', bytes }, onProgress),
};

/**
 * Parses in a worker so that a large file leaves the window responsive. Each file gets its
 * own worker, ended when the file is read: nothing of a large file stays in memory after.
 */
export function createWorkerFileParser(): FileParser {
  const run = <J extends ParseJob>(job: J, onProgress: Progress) =>
    new Promise<ParseResults[J['kind']]>((resolve, reject) => {
      const worker = new Worker(new URL('./parseWorker.ts', import.meta.url), {
        type: 'module',
      });
      const fail = (error: Error) => {
        worker.terminate();
        reject(error);
      };
      // A large strategy comes back in parts, each read in a task of its own.
      const parts = createPartsReader();
      worker.addEventListener('message', (event: MessageEvent<ParseReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') return onProgress(reply.fraction);
        if (reply.type === 'part') return parts.add(reply);
        worker.terminate();
        if (reply.type === 'done') resolve(parts.finish(reply.result) as ParseResults[J['kind']]);
        else reject(new Error(reply.error));
      });
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        fail(new NamedFailure('fileReaderStopped', event.message));
      });
      worker.addEventListener('messageerror', () => fail(new NamedFailure('fileReaderUnreadable')));
      // A file's bytes are handed over, not copied: tens of megabytes copied hold the page.
      const bytes = job.kind === 'csv' ? job.bytes : job.content;
      const whole =
        bytes instanceof Uint8Array &&
        bytes.byteOffset === 0 &&
        bytes.byteLength === bytes.buffer.byteLength &&
        bytes.buffer instanceof ArrayBuffer;
      worker.postMessage(job, whole ? [bytes.buffer] : []);
    });
  return {
    strategyFile: (content, onProgress) => run({ kind: 'strategy', content }, onProgress),
    csvFile: (bytes, onProgress) => run({ kind: 'csv', bytes }, onProgress),
  };
}
