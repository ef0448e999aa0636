import type { Translate } from '../i18n/translate';
import { rankOptions, type VoteResult } from '../workshop/vote';
import { toCsv } from './csv';

/**
 * Finished workshop votes in exports: one CSV row per option of each round, ranked, and each
 * card's dots over all rounds for the graph formats.
 */

export function votesCsv(votes: readonly VoteResult[], t: Translate): string {
  return toCsv([
    [
      t('voteRoundColumn'),
      t('voteQuestion'),
      t('voteDateColumn'),
      t('dotsPerPerson'),
      t('rank'),
      t('option'),
      t('dots'),
    ],
    ...votes.flatMap((vote) =>
      rankOptions(vote.options).map((option) => [
        vote.round,
        vote.question,
        vote.date,
        vote.dotsPerPerson,
        option.rank,
        option.label,
        option.total,
      ]),
    ),
  ]);
}

/** Each option's dots over every round, by node id: what a graph tool can size nodes by. */
export function dotsByNode(votes: readonly VoteResult[]): Map<string, number> {
  const dots = new Map<string, number>();
  for (const vote of votes)
    for (const option of vote.options)
      dots.set(option.nodeId, (dots.get(option.nodeId) ?? 0) + option.total);
  return dots;
}
