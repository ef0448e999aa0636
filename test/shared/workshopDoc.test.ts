import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { nodesOf, workshopOf } from '../../shared/live/liveDoc';
import {
  activeVoteOf,
  claimIdeas,
  countedDots,
  hiddenIdeaIds,
  movedDot,
  readWorkshop,
  writeDots,
  writePrivateRound,
  writeResult,
  writeTimer,
  writeVote,
  type SharedVote,
} from '../../shared/live/workshopDoc';
import { startTimer } from '../../shared/workshop/timer';
import { endVote } from '../../shared/workshop/vote';

const origin = { origin: 'test' };

/** Two copies of one document that pass every update to each other, as a session would. */
function room() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, from: unknown) => {
    if (from !== b) Y.applyUpdate(b, update, a);
  });
  b.on('update', (update: Uint8Array, from: unknown) => {
    if (from !== a) Y.applyUpdate(a, update, b);
  });
  return { a, b };
}

const vote: SharedVote = {
  id: 'vote-1',
  round: 1,
  question: 'Which first?',
  dotsPerPerson: 3,
  options: [
    { nodeId: 'n1', label: 'Night buses' },
    { nodeId: 'n2', label: 'School streets' },
  ],
  revealed: false,
};

describe('the shared workshop state', () => {
  it('gives everyone the facilitator’s timer', () => {
    const { a, b } = room();
    const timer = startTimer(5, 1_000);
    writeTimer(a, timer, origin);
    expect(readWorkshop(b).timer).toEqual(timer);
    writeTimer(a, null, origin);
    expect(readWorkshop(b).timer).toBeNull();
  });

  it('reads a malformed timer, vote or entry as absent, and says so, without throwing', () => {
    const doc = new Y.Doc();
    const map = workshopOf(doc);
    map.set('timer', { durationMs: 'soon', runningSince: -1 });
    map.set('vote', { id: 'v', options: 'all of them' });
    map.set('dots:someone', { voteId: 'v', dots: { n1: -5 } });
    map.set('owner:x', { participantId: '<script>', round: 'r' });
    map.set('result:r1', { id: 'r2' });
    const reading = readWorkshop(doc);
    expect(reading.timer).toBeNull();
    expect(reading.vote).toBeNull();
    expect(reading.malformed).toEqual(['timer', 'vote', 'entry']);
    expect(reading.dots.size).toBe(0);
    expect(reading.owners.size).toBe(0);
    expect(reading.results).toEqual([]);
  });

  it('says so of a broken entry alone, such as a private round without its name', () => {
    const doc = new Y.Doc();
    writeVote(doc, vote, origin);
    workshopOf(doc).set('private', { round: 7 });
    expect(readWorkshop(doc).malformed).toEqual(['entry']);
    workshopOf(doc).delete('private');
    expect(readWorkshop(doc).malformed).toEqual([]);
  });

  it('adds up each person’s dots, never more than they have, only on the options', () => {
    const { a, b } = room();
    writeVote(a, vote, origin);
    writeDots(a, 'person-aaaa', 'vote-1', { n1: 2, n2: 1 }, origin);
    writeDots(b, 'person-bbbb', 'vote-1', { n2: 3 }, origin);
    // A hostile copy claims more dots than anyone has, and dots on a card not in the vote.
    workshopOf(b).set('dots:person-cccc', { voteId: 'vote-1', dots: { n1: 20, elsewhere: 5 } });
    // Dots from an earlier vote do not count.
    workshopOf(b).set('dots:person-dddd', { voteId: 'vote-0', dots: { n1: 3 } });
    const reading = readWorkshop(a);
    expect(activeVoteOf(reading.vote!, reading.dots).tallies).toEqual({ n1: 5, n2: 4 });
    expect(countedDots(vote, { n1: 2, n2: 5 })).toEqual({ n1: 2, n2: 1 });
  });

  it('moves one dot at a time within the dots a person has', () => {
    expect(movedDot(vote, {}, 'n1', 1)).toEqual({ n1: 1 });
    expect(movedDot(vote, { n1: 3 }, 'n2', 1)).toEqual({ n1: 3 });
    expect(movedDot(vote, { n1: 1 }, 'n1', -1)).toEqual({});
    expect(movedDot(vote, {}, 'n2', -1)).toEqual({});
    expect(movedDot(vote, {}, 'not-an-option', 1)).toEqual({});
  });

  it('clears everyone’s dots when the vote ends, and keeps the result for all', () => {
    const { a, b } = room();
    writeVote(a, vote, origin);
    writeDots(b, 'person-bbbb', 'vote-1', { n1: 1 }, origin);
    const result = endVote(activeVoteOf(vote, readWorkshop(a).dots), 'vote-1', '2026-12-02');
    writeResult(a, result, origin);
    writeVote(a, null, origin);
    const reading = readWorkshop(b);
    expect(reading.vote).toBeNull();
    expect([...workshopOf(b).keys()].filter((key) => key.startsWith('dots:'))).toEqual([]);
    expect(reading.results).toEqual([result]);
    expect(result.options.map((option) => option.total)).toEqual([1, 0]);
  });

  it('hides others’ ideas of a private round until the reveal', () => {
    const { a, b } = room();
    writePrivateRound(a, 'round-1', origin);
    claimIdeas(a, ['idea-a'], { participantId: 'person-aaaa', round: 'round-1' }, origin);
    claimIdeas(b, ['idea-b'], { participantId: 'person-bbbb', round: 'round-1' }, origin);
    // An idea claimed in an earlier round is not hidden by this one.
    claimIdeas(b, ['idea-old'], { participantId: 'person-bbbb', round: 'round-0' }, origin);
    expect(hiddenIdeaIds(readWorkshop(a), 'person-aaaa')).toEqual(['idea-b']);
    expect(hiddenIdeaIds(readWorkshop(b), 'person-bbbb')).toEqual(['idea-a']);
    writePrivateRound(a, null, origin);
    expect(hiddenIdeaIds(readWorkshop(b), 'person-bbbb')).toEqual([]);
    expect(readWorkshop(b).owners.size).toBe(0);
  });

  it('writes nothing when nothing changed, so no one is told of a change', () => {
    const doc = new Y.Doc();
    const timer = startTimer(3, 0);
    writeTimer(doc, timer, origin);
    let updates = 0;
    doc.on('update', () => updates++);
    writeTimer(doc, { ...timer }, origin);
    expect(updates).toBe(0);
    expect(nodesOf(doc).size).toBe(0);
  });
});
