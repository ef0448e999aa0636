import { useMemo, useState } from 'react';
import { displayName } from '../../../shared/model/nodes';
import { STAGES, type Stage } from '../../../shared/model/vocabulary';
import { formatKrw } from '../../../shared/i18n/formatNumbers';
import { stageFigures } from '../../../shared/pipeline/analysis';
import { daysInStage, isStalled } from '../../../shared/pipeline/history';
import { matchesFilter, type ProjectContext } from '../../../shared/pipeline/projects';
import { sortProjects } from '../../../shared/pipeline/sorting';
import { useT } from '../../i18n';
import { indexById, type FlowNode } from '../../store/flow';
import {
  selectBoardFilter,
  selectBoardSort,
  selectLanguage,
  selectNodes,
  selectPipelineSettings,
} from '../../store/selectors';
import { selectAsOfClock } from '../../store/activitySelectors';
import { useApp } from '../../store/StoreContext';
import { FROM_BOARD, PROJECT_DRAG_TYPE, ProjectCard } from './ProjectCard';

type ProjectFlowNode = Extract<FlowNode, { type: 'project' }>;

function Column({ stage, projects }: { stage: Stage; projects: ProjectContext[] }) {
  const t = useT();
  const language = useApp(selectLanguage);
  const nodes = useApp(selectNodes);
  const today = useApp(selectAsOfClock)();
  const stalledAfterDays = useApp(selectPipelineSettings)?.stalledAfterDays ?? 180;
  const requestStageChange = useApp((s) => s.requestStageChange);
  const [dropping, setDropping] = useState(false);
  const figures = stageFigures(projects)[stage];
  const index = indexById(nodes);
  const titleId = `column-${stage}`;

  return (
    <section
      className={`board-column stage-${stage}${dropping ? ' is-drop-target' : ''}`}
      aria-labelledby={titleId}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(PROJECT_DRAG_TYPE)) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(event) => {
        setDropping(false);
        const id = event.dataTransfer.getData(PROJECT_DRAG_TYPE);
        if (id) requestStageChange(id, stage, FROM_BOARD);
      }}
    >
      <header className="column-header">
        <h3 id={titleId}>{t(`option.${stage}`)}</h3>
        <span className="column-count" aria-label={t('cardCount', { count: figures.count })}>
          {figures.count}
        </span>
        {/* An empty column has no budget to speak of: its list says it is empty. */}
        {figures.count > 0 && (
          <span className="column-budget">
            {figures.budgetKrw === null
              ? t('columnNoBudget')
              : t('columnBudget', { amount: formatKrw(figures.budgetKrw, language) })}
          </span>
        )}
      </header>
      <ul className="column-cards">
        {projects.length === 0 && <li className="empty">{t('emptyColumn')}</li>}
        {projects.map((project) => {
          const node = index.get(project.id) as ProjectFlowNode;
          return (
            <ProjectCard
              key={project.id}
              node={node}
              cityName={
                project.partnerCity
                  ? displayName({ kind: 'partnerCity', data: project.partnerCity.data }, language)
                  : ''
              }
              days={daysInStage(project.data, today)}
              stalled={isStalled(project.data, today, stalledAfterDays)}
            />
          );
        })}
      </ul>
    </section>
  );
}

export function Board({ projects }: { projects: ProjectContext[] }) {
  const t = useT();
  const filter = useApp(selectBoardFilter);
  const sort = useApp(selectBoardSort);
  const today = useApp(selectAsOfClock)();
  const language = useApp(selectLanguage);
  const columns = useMemo(() => {
    const shown = sortProjects(
      projects.filter((p) => matchesFilter(p, filter)),
      sort,
      today,
      language,
    );
    return Object.fromEntries(
      STAGES.map((stage) => [stage, shown.filter((p) => p.data.stage === stage)]),
    ) as Record<Stage, ProjectContext[]>;
  }, [projects, filter, sort, today, language]);

  return (
    <section className="board" aria-label={t('pipelineBoard')}>
      {STAGES.map((stage) => (
        <Column key={stage} stage={stage} projects={columns[stage]} />
      ))}
    </section>
  );
}
