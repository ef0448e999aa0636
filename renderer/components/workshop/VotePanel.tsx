import { rankOptions, totalDots } from '../../../shared/workshop/vote';
import { useT } from '../../i18n';
import { selectReadOnly } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { selectVote } from './workshopSelectors';

/**
 * A running vote. Solo, the facilitator enters each option's dots with + and −; the counts stay
 * hidden until "Reveal votes", then the options show ranked with their counts.
 */
export function VotePanel() {
  const t = useT();
  const vote = useApp(selectVote);
  const readOnly = useApp(selectReadOnly);
  const changeTally = useApp((s) => s.changeTally);
  const reveal = useApp((s) => s.revealVotes);
  const end = useApp((s) => s.endVote);
  const cancel = useApp((s) => s.cancelVote);
  if (!vote) return null;
  const options = vote.options.map((option) => ({
    ...option,
    total: vote.tallies[option.nodeId] ?? 0,
  }));
  const most = Math.max(1, ...options.map((option) => option.total));
  return (
    <section className="vote-panel nodrag nopan nowheel" aria-label={t('vote')}>
      <h2>
        {t('voteRound', { round: vote.round })}: {vote.question}
      </h2>
      <p className="vote-meta">
        {t('dotsPerPerson')}: {vote.dotsPerPerson} · {t('dotsOf', { count: totalDots(vote) })}
      </p>
      {vote.revealed ? (
        <ol className="vote-results" aria-label={t('voteResults')}>
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
                onClick={() => changeTally(option.nodeId, -1)}
                disabled={option.total === 0}
                aria-label={t('removeDot', { name: option.label })}
              >
                −
              </button>
              <span className="vote-hidden" title={t('dotsHidden')}>
                <span aria-hidden="true">••</span>
                <span className="visually-hidden">{t('dotsHidden')}</span>
              </span>
              <button
                onClick={() => changeTally(option.nodeId, 1)}
                aria-label={t('addDot', { name: option.label })}
              >
                +
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="vote-actions">
        {!vote.revealed && <button onClick={reveal}>{t('revealVotes')}</button>}
        <button className="primary" onClick={end} disabled={readOnly}>
          {t('endVote')}
        </button>
        <button onClick={cancel}>{t('cancelVote')}</button>
      </div>
    </section>
  );
}
