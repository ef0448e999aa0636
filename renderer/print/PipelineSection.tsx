import type { Language, Strategy } from '../../shared/model/graph';
import { displayName, nodeShownName } from '../../shared/model/nodes';
import { NameText } from '../components/NameText';
import { STAGES } from '../../shared/model/vocabulary';
import type { Translate } from '../../shared/i18n/translate';
import { formatTimeInStage } from '../../shared/i18n/formatNumbers';
import { followThroughGaps, type FollowThroughGaps } from '../../shared/pipeline/analysis';
import { daysInStage } from '../../shared/pipeline/history';
import { projectContexts } from '../../shared/pipeline/projects';
import { listedNames } from '../../shared/report/listedNames';
import { stageTable } from '../../shared/report/reportTables';
import { ReportTableView } from './tableSections';
import { RUN_IN_SEPARATOR } from '../../shared/report/runIn';

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
  const nodes = new Map(strategy.nodes.map((n) => [n.id, n]));
  const names = listedNames(strategy.nodes, language);
  /** `beside`: what the line says of it already (its stage, its partner), not said twice. */
  const nameOf = (id: string, beside: readonly string[] = []) => {
    const node = nodes.get(id);
    return (
      node && (
        <>
          <NameText name={nodeShownName(node, language)} thing={node.kind} t={t} />
          {names.qualifier(node, beside)}
        </>
      )
    );
  };
  return (
    <>
      <ReportTableView className="stage-table" table={stageTable(projects, language, t)} />
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
                    {nameOf(p.id, [
                      t(`option.${stage}`),
                      p.partnerCity
                        ? displayName({ kind: 'partnerCity', data: p.partnerCity.data }, language)
                        : '',
                    ])}
                    {p.partnerCity && <> — {nameOf(p.partnerCity.id)}</>}
                    {days !== null && (
                      <span className="muted"> ({formatTimeInStage(days, t)})</span>
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
              : gaps[group].map((id, i) => (
                  <span key={id}>
                    {i > 0 && RUN_IN_SEPARATOR}
                    {nameOf(id)}
                  </span>
                ))}
          </p>
        </div>
      ))}
    </>
  );
}
