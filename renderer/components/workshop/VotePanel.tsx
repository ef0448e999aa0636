import { flushSync } from 'react-dom';
import { useEffect, useRef } from 'react';
import { focusCanvas } from '../canvas/canvasFocus';
import { rankOptions, totalDots } from '../../../shared/workshop/vote';
import { useT } from '../../i18n';
import { selectReadOnly } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { useVoteOptionsInView } from './useVoteOptionsInView';
import { keyboardIsLost, START_VOTE_BUTTON_ID } from './workshopFocus';
import { selectOwnDots, selectRunsWorkshop, selectVote } from './workshopSelectors';

/**
 * A running vote. Solo, the facilitator enters each option's dots with + and −; in a live
 * session each person places their own dots the same way. The counts stay hidden until
 * "Reveal votes", then the options show ranked with their counts.
 */
export function VotePanel() {
  const t = useT();
  const vote = useApp(selectVote);
  const readOnly = useApp(selectReadOnly);
  const changeTally = useApp((s) => s.changeTally);
  const reveal = useApp((s) => s.revealVotes);
  const end = useApp((s) => s.endVote);
  const cancel = useApp((s) => s.cancelVote);
  const placeDot = useApp((s) => s.placeDot);
  const ownDots = useApp(selectOwnDots);
  const runs = useApp(selectRunsWorkshop);
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const results = useRef<HTMLOListElement>(null);
  useVoteOptionsInView(section, vote?.round);
  // The control that started or revealed the vote is gone or disabled once it has: the
  // keyboard goes to the vote's question, then to the results, read out before "End vote" is
  // the next stop (on "End vote" itself, a second Enter would end the vote unread).
  useEffect(() => {
    if (keyboardIsLost()) heading.current?.focus();
  }, [vote?.round]);
  useEffect(() => {
    if (vote?.revealed && keyboardIsLost()) results.current?.focus();
  }, [vote?.revealed]);
  if (!vote) return null;
  /** Ended, the panel goes: the keyboard goes back to "Start vote", or to the map without it. */
  const closeWith = (action: () => void) => () => {
    // Drawn at once, so that "Start vote" is enabled again by the time it takes the keyboard.
    flushSync(action);
    const startVote = document.getElementById(START_VOTE_BUTTON_ID) as HTMLButtonElement | null;
    if (startVote && !startVote.disabled) startVote.focus();
    else focusCanvas();
  };
  const used = ownDots ? Object.values(ownDots).reduce((sum, count) => sum + count, 0) : 0;
  // Live, a button moves one of this person's dots; solo, it changes the option's tally.
  const shownCount = (nodeId: string, total: number) => (ownDots ? (ownDots[nodeId] ?? 0) : total);
  const change = (nodeId: string, by: 1 | -1) =>
    ownDots ? placeDot(nodeId, by) : changeTally(nodeId, by);
  const options = vote.options.map((option) => ({
    ...option,
    total: vote.tallies[option.nodeId] ?? 0,
  }));
  const most = Math.max(1, ...options.map((option) => option.total));
  return (
    <section ref={section} className="vote-panel nodrag nopan nowheel" aria-label={t('vote')}>
      <h2 ref={heading} tabIndex={-1}>
        {t('voteRound', { round: vote.round })}: {vote.question}
      </h2>
      <p className="vote-meta">
        {t('dotsPerPerson')}: {vote.dotsPerPerson} ·{' '}
        {t('voteDotsInAll', { count: totalDots(vote) })}
      </p>
      {ownDots && !vote.revealed && (
        <p className="vote-own" role="status">
          {t('yourDots', { used, count: vote.dotsPerPerson })}
        </p>
      )}
      {!ownDots && !vote.revealed && <p className="vote-meta">{t('countsHiddenNote')}</p>}
      {vote.revealed ? (
        <ol ref={results} className="vote-results" aria-label={t('voteResults')} tabIndex={-1}>
          {rankOptions(options).map((option) => (
            <li key={option.nodeId}>
              <span className="vote-rank">{option.rank}.</span>
              <span className="vote-label">{option.label}</span>
              <span className="vote-bar" style={{ width: `${(option.total / most) * 100}%` }} />
              <span className="vote-count">{t('dotsOf', { count: option.total })}</span>
            </li>
          ))}
        </ol>
      ) : (
        <ul className="vote-options">
          {options.map((option) => (
            <li key={option.nodeId}>
              <span className="vote-label">{option.label}</span>
              <button
                onClick={() => change(option.nodeId, -1)}
                disabled={
                  shownCount(option.nodeId, option.total) === 0 || (ownDots !== null && readOnly)
                }
                aria-label={t('removeDot', { name: option.label })}
              >
                −
              </button>
              {ownDots ? (
                <span className="vote-mine">
                  {t('dotsOf', { count: ownDots[option.nodeId] ?? 0 })}
                </span>
              ) : (
                <span className="vote-hidden" title={t('dotsHidden')}>
                  <span aria-hidden="true">••</span>
                  <span className="visually-hidden">{t('dotsHidden')}</span>
                </span>
              )}
              <button
                onClick={() => change(option.nodeId, 1)}
                disabled={ownDots !== null && (readOnly || used >= vote.dotsPerPerson)}
                aria-label={t('addDot', { name: option.label })}
              >
                +
              </button>
            </li>
          ))}
        </ul>
      )}
      {runs && (
        <div className="vote-actions">
          {!vote.revealed && <button onClick={reveal}>{t('revealVotes')}</button>}
          <button className="primary" onClick={closeWith(end)} disabled={readOnly}>
            {t('endVote')}
          </button>
          <button onClick={closeWith(cancel)}>{t('cancelVote')}</button>
        </div>
      )}
    </section>
  );
}
