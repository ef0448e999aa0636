import { readCsvFile, type CsvRead } from '../../shared/exchange/csvLimits';
import { parseStrategyFile, type ParseResult } from '../../shared/format/strategyFile';
import type { StrategyEdge, StrategyNode } from '../../shared/model/graph';

export type Progress = (fraction: number) => void;

export type ParseJob =
  { kind: 'strategy'; content: string | Uint8Array } | { kind: 'csv'; bytes: Uint8Array };

export interface ParseResults {
  strategy: ParseResult;
  csv: CsvRead;
}

/**
 * What the parse worker sends back: progress any number of times, a large strategy's records
 * in parts, then one outcome.
 */
export type ParseReply =
  | { type: 'progress'; fraction: number }
  | { type: 'part'; nodes: StrategyNode[]; edges: StrategyEdge[] }
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

/**
 * Records per part when a worker sends a strategy back. The page reads each message in a task
 * of its own, and reading tens of thousands of records in one would hold it still.
 */
export const RECORDS_PER_PART = 1000;
/** The share of a strategy file's progress its parsing has filled when the parts start. */
export const PARSED_SHARE = 0.8;

/**
 * The replies that carry a finished job back to the page: a strategy's nodes and edges in parts
 * of RECORDS_PER_PART, with progress after each, and then the outcome without them.
 */
export function* resultReplies(
  kind: ParseJob['kind'],
  result: ParseResults[ParseJob['kind']],
): Generator<ParseReply> {
  if (kind !== 'strategy' || !result.ok || !('strategy' in result)) {
    yield { type: 'done', result };
    return;
  }
  const { nodes, edges, ...rest } = result.strategy;
  const total = nodes.length + edges.length;
  let sent = 0;
  while (sent < total) {
    const end = sent + RECORDS_PER_PART;
    const part = {
      nodes: nodes.slice(sent, end),
      edges: edges.slice(Math.max(0, sent - nodes.length), Math.max(0, end - nodes.length)),
    };
    yield { type: 'part', ...part };
    sent = Math.min(end, total);
    yield { type: 'progress', fraction: PARSED_SHARE + ((1 - PARSED_SHARE) * sent) / total };
  }
  yield { type: 'done', result: { ok: true, strategy: { ...rest, nodes: [], edges: [] } } };
}

/** Puts a strategy sent in parts (see resultReplies) back together in the page. */
export function createPartsReader() {
  const nodes: StrategyNode[] = [];
  const edges: StrategyEdge[] = [];
  return {
    add(part: Extract<ParseReply, { type: 'part' }>) {
      for (const node of part.nodes) nodes.push(node);
      for (const edge of part.edges) edges.push(edge);
    },
    /** The outcome with the parts' records in it, when parts came. */
    finish<R extends ParseResults[ParseJob['kind']]>(result: R): R {
      if (!result.ok || !('strategy' in result) || nodes.length + edges.length === 0) return result;
      return { ...result, strategy: { ...result.strategy, nodes, edges } };
    },
  };
}
