import type { Strategy } from '../../shared/model/graph';
import type { Translate } from '../../shared/i18n/translate';
import { ideaRows, voteMetaLine, voteReports } from '../../shared/report/workshopReport';

/** The workshop chapter: each vote held, its options ranked by dots, then the ideas on the map. */
export function WorkshopSection({ strategy, t }: { strategy: Strategy; t: Translate }) {
  const reports = voteReports(strategy.votes);
  const ideas = ideaRows(strategy);
  return (
    <>
      {reports.length === 0 && <p>{t('workshopNoResults')}</p>}
      {reports.map(({ vote, ranked, total }) => (
        <section key={vote.id} className="workshop-vote">
          <h3>{t('workshopVote', { round: vote.round, question: vote.question })}</h3>
          <p className="workshop-vote-meta">{voteMetaLine(t, vote, total)}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('rank')}</th>
                <th scope="col">{t('option')}</th>
                <th scope="col">{t('dots')}</th>
              </tr>
            </thead>
            <tbody>
              {ranked.map((option) => (
                <tr key={option.nodeId}>
                  <td>{option.rank}</td>
                  <td>{option.label}</td>
                  <td>{option.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <h3>{t('workshopIdeas')}</h3>
      {ideas.length === 0 ? (
        <p>{t('workshopIdeasNone')}</p>
      ) : (
        <ul className="workshop-ideas">
          {ideas.map(({ id, data }) => (
            <li key={id}>
              {data.text}
              {data.author && <span className="idea-author"> — {data.author}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
