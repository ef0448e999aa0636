import type { Language, Strategy } from '../../shared/model/graph';
import { displayName } from '../../shared/model/nodes';
import { STAGES } from '../../shared/model/vocabulary';
import { formatKrw, formatPercent } from '../../shared/i18n/formatNumbers';
import type { Translate } from '../../shared/i18n/translate';
import {
  conversion,
  followThroughGaps,
  stageFigures,
  type FollowThroughGaps,
} from '../../shared/pipeline/analysis';
import { daysInStage } from '../../shared/pipeline/history';
import { projectContexts } from '../../shared/pipeline/projects';

const GAP_GROUPS: (keyof FollowThroughGaps)[] = [
  'idlePartnerCities',
  'projectsWithoutGoal',
  'goalsWithoutSupport',
  'stalledProjects',
];

export function PipelineSection({
  strategy,
  language,
  t,
  today,
}: {
  strategy: Strategy;
  language: Language;
  t: Translate;
  today: string;
}) {
  const projects = projectContexts(strategy);
  const figures = stageFigures(projects);
  const rates = conversion(projects);
  const gaps = followThroughGaps(strategy, strategy.pipeline, today);
  const names = new Map(strategy.nodes.map((n) => [n.id, displayName(n, language)]));
  return (
    <>
      <table className="summary-table">
        <thead>
          <tr>
            <th>{t('summaryStage')}</th>
            <th>{t('summaryProjects')}</th>
            <th>{t('summaryBudget')}</th>
            <th>{t('summaryReached')}</th>
            <th>{t('summaryConversion')}</th>
          </tr>
        </thead>
        <tbody>
          {STAGES.map((stage) => (
            <tr key={stage}>
              <td>{t(`option.${stage}`)}</td>
              <td>{figures[stage].count}</td>
              <td>{formatKrw(figures[stage].budgetKrw, language)}</td>
              <td>{rates[stage].reached}</td>
              <td>{formatPercent(rates[stage].toNext, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {STAGES.map((stage) => {
        const inStage = projects.filter((p) => p.data.stage === stage);
        if (inStage.length === 0) return null;
        return (
          <div key={stage} className="stage-block">
            <h3>{t('stageProjects', { stage: t(`option.${stage}`), count: inStage.length })}</h3>
            <ul>
              {inStage.map((p) => {
                const days = daysInStage(p.data, today);
                return (
                  <li key={p.id}>
                    {language === 'ko' && p.data.titleKo ? p.data.titleKo : p.data.title}
                    {p.partnerCity &&
                      ` — ${displayName({ kind: 'partnerCity', data: p.partnerCity.data }, language)}`}
                    {days !== null && (
                      <span className="muted"> ({t('daysInStage', { days })})</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      <h3>{t('followThroughGaps')}</h3>
      {GAP_GROUPS.map((group) => (
        <div key={group} className="gap-block">
          <h4>
            {t(`gaps.${group}`)} ({gaps[group].length})
          </h4>
          <p>
            {gaps[group].length === 0
              ? t('noGaps')
              : gaps[group].map((id) => names.get(id)).join(' · ')}
          </p>
        </div>
      ))}
    </>
  );
}
