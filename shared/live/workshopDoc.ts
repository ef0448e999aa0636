import type * as Y from 'yjs';
import { z } from 'zod';
import { participantIdSchema } from '../host/liveSchemas';
import { voteResultSchema } from '../format/workshopSchema';
import { MAX_TIMER_MINUTES, MINUTE_MS, type WorkshopTimer } from '../workshop/timer';
import {
  MAX_DOTS_PER_PERSON,
  MAX_QUESTION_LENGTH,
  MAX_VOTE_OPTIONS,
  type ActiveVote,
  type VoteOption,
  type VoteResult,
} from '../workshop/vote';
import { sameJson, workshopOf } from './liveDoc';

/**
 * The workshop state a live session shares, in the document's `workshop` map. Keys are flat so
 * that each person writes only keys of their own and two people never create the same nested
 * map at once (one of them would be lost):
 *
 *   timer             WorkshopTimer | null      the facilitator's
 *   vote              SharedVote | null         the facilitator's
 *   dots:<person>     { voteId, dots }          each person's own dots in the running vote
 *   private           { round } | null          private idea round, until "Reveal ideas"
 *   owner:<nodeId>    { participantId, round }  who added an idea during a private round
 *   result:<voteId>   VoteResult                a vote the facilitator ended
 *
 * Anyone who can edit can write anything here: every value is checked when read, and one that
 * fails is read as absent.
 */
export const WORKSHOP_KEYS = {
  timer: 'timer',
  vote: 'vote',
  private: 'private',
  dotsPrefix: 'dots:',
  ownerPrefix: 'owner:',
  resultPrefix: 'result:',
} as const;

/** A running vote as the room shares it; the tallies are each person's dots added up. */
export interface SharedVote {
  id: string;
  round: number;
  question: string;
  dotsPerPerson: number;
  options: VoteOption[];
  revealed: boolean;
}

export interface IdeaOwner {
  participantId: string;
  round: string;
}

export interface WorkshopReading {
  timer: WorkshopTimer | null;
  vote: SharedVote | null;
  /** Each person's dots in the running vote, by participant id. */
  dots: Map<string, Record<string, number>>;
  privateRound: string | null;
  owners: Map<string, IdeaOwner>;
  results: VoteResult[];
  /**
   * What is there but fails the rules, a hostile or broken peer's: the facilitator's timer or
   * vote, or any other entry (someone's dots, an idea's owner, a vote's result).
   */
  malformed: ('timer' | 'vote' | 'entry')[];
}

const id = z.string().min(1).max(200);
const MAX_TIMER_MS = MAX_TIMER_MINUTES * MINUTE_MS * 2;

const timerSchema = z
  .object({
    durationMs: z.number().int().min(0).max(MAX_TIMER_MS),
    runningSince: z.number().int().min(0).max(8.64e15).nullable(),
    usedMs: z.number().int().min(0).max(MAX_TIMER_MS),
  })
  .strict() satisfies z.ZodType<WorkshopTimer>;

const voteSchema = z.object({
  id,
  round: z.number().int().min(1).max(100_000),
  question: z.string().max(MAX_QUESTION_LENGTH),
  dotsPerPerson: z.number().int().min(1).max(MAX_DOTS_PER_PERSON),
  options: z
    .array(z.object({ nodeId: id, label: z.string().max(1000) }))
    .min(1)
    .max(MAX_VOTE_OPTIONS),
  revealed: z.boolean(),
}) satisfies z.ZodType<SharedVote>;

const dotsSchema = z.object({
  voteId: id,
  dots: z.record(id, z.number().int().min(0).max(MAX_DOTS_PER_PERSON)),
});

const privateSchema = z.object({ round: id });
const ownerSchema = z.object({ participantId: participantIdSchema, round: id });

/** Reads the shared workshop state, leaving out whatever fails the rules. */
export function readWorkshop(doc: Y.Doc): WorkshopReading {
  const map = workshopOf(doc);
  const parsed = <T>(schema: z.ZodType<T>, value: unknown): T | null => {
    const result = schema.safeParse(value);
    return result.success ? result.data : null;
  };
  const vote = parsed(voteSchema, map.get(WORKSHOP_KEYS.vote));
  const timer = parsed(timerSchema, map.get(WORKSHOP_KEYS.timer));
  const malformed: WorkshopReading['malformed'] = [];
  if (timer === null && map.get(WORKSHOP_KEYS.timer) != null) malformed.push('timer');
  if (vote === null && map.get(WORKSHOP_KEYS.vote) != null) malformed.push('vote');
  const reading: WorkshopReading = {
    timer,
    vote,
    malformed,
    dots: new Map(),
    privateRound: parsed(privateSchema, map.get(WORKSHOP_KEYS.private))?.round ?? null,
    owners: new Map(),
    results: [],
  };
  let badEntry = false;
  for (const [key, value] of map.entries()) {
    if (key.startsWith(WORKSHOP_KEYS.dotsPrefix)) {
      const dots = parsed(dotsSchema, value);
      badEntry ||= dots === null;
      if (vote && dots?.voteId === vote.id)
        reading.dots.set(key.slice(WORKSHOP_KEYS.dotsPrefix.length), dots.dots);
    } else if (key.startsWith(WORKSHOP_KEYS.ownerPrefix)) {
      const owner = parsed(ownerSchema, value);
      badEntry ||= owner === null;
      if (owner) reading.owners.set(key.slice(WORKSHOP_KEYS.ownerPrefix.length), owner);
    } else if (key.startsWith(WORKSHOP_KEYS.resultPrefix)) {
      const result = parsed(voteResultSchema, value);
      const valid = result !== null && `${WORKSHOP_KEYS.resultPrefix}${result.id}` === key;
      badEntry ||= !valid;
      if (valid) reading.results.push(result);
    }
  }
  const privateRound = map.get(WORKSHOP_KEYS.private);
  if (privateRound != null && !privateSchema.safeParse(privateRound).success) badEntry = true;
  if (badEntry) malformed.push('entry');
  reading.results.sort((a, b) => a.round - b.round || (a.id < b.id ? -1 : 1));
  return reading;
}

/**
 * One person's dots as they count: only on the vote's options, and never more than the dots
 * each person has (any beyond that, in the options' order, are not counted).
 */
export function countedDots(
  vote: SharedVote,
  dots: Record<string, number>,
): Record<string, number> {
  let left = vote.dotsPerPerson;
  const counted: Record<string, number> = {};
  for (const option of vote.options) {
    const own = Object.hasOwn(dots, option.nodeId) ? dots[option.nodeId]! : 0;
    const taken = Math.min(left, Math.max(0, Math.floor(own)));
    if (taken > 0) counted[option.nodeId] = taken;
    left -= taken;
  }
  return counted;
}

/** The running vote as the store shows it, with everyone's dots added up. */
export function activeVoteOf(
  vote: SharedVote,
  dots: ReadonlyMap<string, Record<string, number>>,
): ActiveVote {
  const tallies = Object.fromEntries(vote.options.map((option) => [option.nodeId, 0]));
  for (const own of dots.values())
    for (const [nodeId, count] of Object.entries(countedDots(vote, own)))
      tallies[nodeId] = tallies[nodeId]! + count;
  return {
    round: vote.round,
    question: vote.question,
    dotsPerPerson: vote.dotsPerPerson,
    options: vote.options,
    tallies,
    revealed: vote.revealed,
  };
}

/** One person's dots with one more (or fewer) on an option, within the dots they have. */
export function movedDot(
  vote: SharedVote,
  dots: Record<string, number>,
  nodeId: string,
  by: 1 | -1,
): Record<string, number> {
  const counted = countedDots(vote, dots);
  if (!vote.options.some((option) => option.nodeId === nodeId)) return counted;
  const used = Object.values(counted).reduce((sum, count) => sum + count, 0);
  const current = counted[nodeId] ?? 0;
  if (by > 0 && used >= vote.dotsPerPerson) return counted;
  if (by < 0 && current === 0) return counted;
  const next = { ...counted, [nodeId]: current + by };
  if (next[nodeId] === 0) delete next[nodeId];
  return next;
}

/** The ideas this person may not see yet: others' ideas from the private round under way. */
export function hiddenIdeaIds(reading: WorkshopReading, participantId: string): string[] {
  if (reading.privateRound === null) return [];
  const hidden: string[] = [];
  for (const [nodeId, owner] of reading.owners)
    if (owner.round === reading.privateRound && owner.participantId !== participantId)
      hidden.push(nodeId);
  return hidden.sort();
}

function setOrDelete(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === null || value === undefined) {
    if (map.has(key)) map.delete(key);
  } else if (!sameJson(map.get(key), value)) map.set(key, value);
}

export function writeTimer(doc: Y.Doc, timer: WorkshopTimer | null, origin: unknown): void {
  doc.transact(() => setOrDelete(workshopOf(doc), WORKSHOP_KEYS.timer, timer), origin);
}

/** Starts, changes or (with null) ends the shared vote; ending it clears everyone's dots. */
export function writeVote(doc: Y.Doc, vote: SharedVote | null, origin: unknown): void {
  doc.transact(() => {
    const map = workshopOf(doc);
    setOrDelete(map, WORKSHOP_KEYS.vote, vote);
    if (vote === null)
      for (const key of [...map.keys()])
        if (key.startsWith(WORKSHOP_KEYS.dotsPrefix)) map.delete(key);
  }, origin);
}

export function writeDots(
  doc: Y.Doc,
  participantId: string,
  voteId: string,
  dots: Record<string, number>,
  origin: unknown,
): void {
  doc.transact(
    () =>
      setOrDelete(workshopOf(doc), `${WORKSHOP_KEYS.dotsPrefix}${participantId}`, {
        voteId,
        dots,
      }),
    origin,
  );
}

/**
 * Starts a private idea round (a fresh round name) or, with null, ends it: everyone sees every
 * idea again. Who added which idea is forgotten with it.
 */
export function writePrivateRound(doc: Y.Doc, round: string | null, origin: unknown): void {
  doc.transact(() => {
    const map = workshopOf(doc);
    setOrDelete(map, WORKSHOP_KEYS.private, round === null ? null : { round });
    if (round === null)
      for (const key of [...map.keys()])
        if (key.startsWith(WORKSHOP_KEYS.ownerPrefix)) map.delete(key);
  }, origin);
}

/** Marks ideas as this person's in the private round under way. */
export function claimIdeas(
  doc: Y.Doc,
  nodeIds: readonly string[],
  owner: IdeaOwner,
  origin: unknown,
): void {
  if (nodeIds.length === 0) return;
  doc.transact(() => {
    const map = workshopOf(doc);
    for (const nodeId of nodeIds) {
      const key = `${WORKSHOP_KEYS.ownerPrefix}${nodeId}`;
      if (!map.has(key)) map.set(key, owner);
    }
  }, origin);
}

export function writeResult(doc: Y.Doc, result: VoteResult, origin: unknown): void {
  doc.transact(
    () => setOrDelete(workshopOf(doc), `${WORKSHOP_KEYS.resultPrefix}${result.id}`, result),
    origin,
  );
}

/** The shape of a running vote that everyone shares: its tallies are not part of it. */
export function sharedVoteOf(id: string, vote: ActiveVote): SharedVote {
  return {
    id,
    round: vote.round,
    question: vote.question,
    dotsPerPerson: vote.dotsPerPerson,
    options: vote.options.map(({ nodeId, label }) => ({ nodeId, label })),
    revealed: vote.revealed,
  };
}
