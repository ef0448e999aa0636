import { readCsvFile, type CsvRead } from '../../shared/exchange/csvLimits';
import { parseStrategyFile, type ParseResult } from '../../shared/format/strategyFile';

export type Progress = (fraction: number) => void;

export type ParseJob =
  { kind: 'strategy'; content: string | Uint8Array } | { kind: 'csv'; bytes: Uint8Array };

export interface ParseResults {
  strategy: ParseResult;
  csv: CsvRead;
}

/** What the parse worker sends back: progress any number of times, then one outcome. */
export type ParseReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: ParseResults[ParseJob['kind']] }
  | { type: 'failed'; error: string };

/** The work of reading a file, the same in a worker and in the page. */
export function runParseJob<J extends ParseJob>(
  job: J,
  onProgress: Progress,
): ParseResults[J['kind']];
export function runParseJob(job: ParseJob, onProgress: Progress): ParseResults[ParseJob['kind']] {
  if (job.kind === 'csv') return readCsvFile(job.bytes, onProgress);
  const text =
    typeof job.content === 'string' ? job.content : new TextDecoder().decode(job.content);
  // Parsing and checking the document is one call that cannot report from inside: progress
  // moves only before and after it.
  onProgress(0.2);
  const result = parseStrategyFile(text);
  onProgress(1);
  return result;
}
