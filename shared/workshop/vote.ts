import { parseFieldInput, type FieldError } from '../model/fields';

/**
 * Dot voting. A vote runs over chosen cards; while it runs its tallies are plain data the
 * facilitator (or, later, each participant's dots) changes, and ending it keeps a result in the
 * strategy: the round, the question, each option with its total, and the day it was held.
 */

/** A vote chooses among cards: one card alone leaves nothing to choose. */
export const MIN_VOTE_OPTIONS = 2;
export const MAX_VOTE_OPTIONS = 50;
export const MAX_QUESTION_LENGTH = 500;
export const MAX_DOTS_PER_PERSON = 20;
/** More dots than any room gives one option; a bound keeps a typo from storing nonsense. */
export const MAX_DOTS_PER_OPTION = 10_000;
export const MAX_VOTE_RESULTS = 500;

export interface VoteOption {
  nodeId: string;
  /** The card's name when the vote started: the result stays readable if the card changes. */
  label: string;
}

export interface ActiveVote {
  round: number;
  question: string;
  dotsPerPerson: number;
  options: VoteOption[];
  /** Dots per option, by node id. */
  tallies: Record<string, number>;
  /** Totals stay hidden until revealed, so early counts do not sway the room. */
  revealed: boolean;
}

export interface VoteResultOption extends VoteOption {
  total: number;
}

/** A finished vote as the strategy keeps it. */
export interface VoteResult {
  id: string;
  round: number;
  question: string;
  dotsPerPerson: number;
  /** YYYY-MM-DD, the day the vote ended. */
  date: string;
  options: VoteResultOption[];
}

/** The options with the most dots in a finished vote, tied ones together; none when none had a dot. */
export function leadersOf(result: VoteResult): { labels: string[]; total: number } {
  const total = Math.max(0, ...result.options.map((option) => option.total));
  if (total === 0) return { labels: [], total };
  return { labels: result.options.filter((o) => o.total === total).map((o) => o.label), total };
}

/** The next round's number: one after the highest round the strategy has kept. */
export function nextRound(results: readonly Pick<VoteResult, 'round'>[]): number {
  return results.reduce((highest, result) => Math.max(highest, result.round), 0) + 1;
}

/** The dots per person typed, or null when they are not a whole number from 1 to the most. */
export function parseDotsPerPerson(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const dots = Number(trimmed);
  return dots >= 1 && dots <= MAX_DOTS_PER_PERSON ? dots : null;
}

const clampDots = (dots: number) =>
  Math.min(MAX_DOTS_PER_PERSON, Math.max(1, Math.round(Number.isFinite(dots) ? dots : 1)));

/** The longest option label a vote keeps: an option is named after its card, clipped to this. */
export const MAX_OPTION_LABEL_LENGTH = 1000;

function clipLabel(label: string): string {
  if (label.length <= MAX_OPTION_LABEL_LENGTH) return label;
  const kept = label.slice(0, MAX_OPTION_LABEL_LENGTH - 1);
  // Cut between the two halves of a character outside the basic plane, it would be half a one.
  return `${/[\uD800-\uDBFF]$/.test(kept) ? kept.slice(0, -1) : kept}…`;
}

/** Why a question cannot be a vote's, as a vote result holds it: too long, or a control character. */
export function voteQuestionError(question: string): FieldError | null {
  const parsed = parseFieldInput(
    { key: 'question', type: 'text', maxLength: MAX_QUESTION_LENGTH },
    question,
  );
  return parsed.ok ? null : parsed.error;
}

/** A new vote on options, each once, in the order given. Null with fewer than two. */
export function startVote(
  options: readonly VoteOption[],
  question: string,
  dotsPerPerson: number,
  round: number,
): ActiveVote | null {
  const seen = new Set<string>();
  const unique = options.filter((option) => !seen.has(option.nodeId) && seen.add(option.nodeId));
  if (unique.length < MIN_VOTE_OPTIONS) return null;
  const kept = unique
    .slice(0, MAX_VOTE_OPTIONS)
    .map((option) => ({ ...option, label: clipLabel(option.label) }));
  return {
    round,
    question: question.trim().slice(0, MAX_QUESTION_LENGTH),
    dotsPerPerson: clampDots(dotsPerPerson),
    options: kept,
    tallies: Object.fromEntries(kept.map((option) => [option.nodeId, 0])),
    revealed: false,
  };
}

/** The vote with `by` dots more (or fewer) on one option; a count never goes below nought. */
export function changeTally(vote: ActiveVote, nodeId: string, by: number): ActiveVote {
  if (!(nodeId in vote.tallies)) return vote;
  const next = Math.min(MAX_DOTS_PER_OPTION, Math.max(0, vote.tallies[nodeId]! + by));
  if (next === vote.tallies[nodeId]) return vote;
  return { ...vote, tallies: { ...vote.tallies, [nodeId]: next } };
}

export function totalDots(vote: Pick<ActiveVote, 'tallies'>): number {
  return Object.values(vote.tallies).reduce((sum, count) => sum + count, 0);
}

export interface RankedOption extends VoteResultOption {
  /** 1 for the most dots; options with equal totals share a rank ("1, 1, 3"). */
  rank: number;
}

/** Options by total, most first; ties keep the order the options were listed in. */
export function rankOptions(options: readonly VoteResultOption[]): RankedOption[] {
  const sorted = options
    .map((option, index) => ({ option, index }))
    .sort((a, b) => b.option.total - a.option.total || a.index - b.index)
    .map(({ option }) => option);
  return sorted.map((option) => ({
    ...option,
    rank: sorted.findIndex((other) => other.total === option.total) + 1,
  }));
}

/** The result to keep when a vote ends. */
export function endVote(vote: ActiveVote, id: string, date: string): VoteResult {
  return {
    id,
    round: vote.round,
    question: vote.question,
    dotsPerPerson: vote.dotsPerPerson,
    date,
    options: vote.options.map((option) => ({
      ...option,
      total: vote.tallies[option.nodeId] ?? 0,
    })),
  };
}
