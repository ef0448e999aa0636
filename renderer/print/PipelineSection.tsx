import type { Language, Strategy } from '../../shared/model/graph';
import { displayName } from '../../shared/model/nodes';
import { STAGES } from '../../shared/model/vocabulary';
import type { Translate } from '../../shared/i18n/translate';
import { followThroughGaps, type FollowThroughGaps } from '../../shared/pipeline/analysis';
import { daysInStage } from '../../shared/pipeline/history';
import { projectContexts } from '../../shared/pipeline/projects';
import { StageSummaryTable } from '../components/pipeline/StageSummaryTable';

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
  const gaps = followThroughGaps(strategy, strategy.pipeline, today);
  const names = new Map(strategy.nodes.map((n) => [n.id, displayName(n, language)]));
  return (
    <>
      <StageSummaryTable projects={projects} language={language} t={t} />
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
                    {displayName({ kind: 'project', data: p.data }, language)}
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
