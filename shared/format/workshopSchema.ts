import { z } from 'zod';
import { calendarDateSchema, textSchema } from '../model/fields';
import {
  MAX_DOTS_PER_OPTION,
  MAX_DOTS_PER_PERSON,
  MAX_OPTION_LABEL_LENGTH,
  MAX_QUESTION_LENGTH,
  MAX_VOTE_OPTIONS,
  MAX_VOTE_RESULTS,
  type VoteResult,
} from '../workshop/vote';

// Finished workshop votes in a file. A file from before them holds none.

const id = textSchema({ maxLength: 200 }).min(1);

const voteOption = z.object({
  nodeId: id,
  label: textSchema({ maxLength: MAX_OPTION_LABEL_LENGTH }),
  total: z.number().int().min(0).max(MAX_DOTS_PER_OPTION),
});

export const voteResultSchema = z.object({
  id,
  round: z.number().int().min(1).max(100_000),
  question: textSchema({ maxLength: MAX_QUESTION_LENGTH }),
  dotsPerPerson: z.number().int().min(1).max(MAX_DOTS_PER_PERSON),
  date: calendarDateSchema,
  options: z.array(voteOption).min(1).max(MAX_VOTE_OPTIONS),
}) satisfies z.ZodType<VoteResult>;

export const voteResultsSchema = z.array(voteResultSchema).max(MAX_VOTE_RESULTS).default([]);

/** The limit of a strategy's vote results in a file, and what it allows. */
export interface VoteResultLimit {
  limit: 'votes';
  maximum: number;
}

/** Null while `count` vote results still fit a file: with more, the strategy would not. */
export function voteResultLimitPassed(count: number): VoteResultLimit | null {
  return count > MAX_VOTE_RESULTS ? { limit: 'votes', maximum: MAX_VOTE_RESULTS } : null;
}

/**
 * `results` with `result` kept after them, as many of the newest as a file holds; `dropped` are
 * the oldest, which no longer fit, in the order they were kept.
 */
export function withNewestResult(
  results: readonly VoteResult[],
  result: VoteResult,
): { kept: VoteResult[]; dropped: VoteResult[] } {
  const all = [...results, result];
  const over = Math.max(0, all.length - MAX_VOTE_RESULTS);
  return { kept: all.slice(over), dropped: all.slice(0, over) };
}
