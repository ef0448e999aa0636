import { memo } from 'react';
import { formatKrw, formatTimeInStage } from '../../../shared/i18n/formatNumbers';
import { nextStage, previousStage } from '../../../shared/pipeline/gates';
import { nodeShownName } from '../../../shared/model/nodes';
import { useT } from '../../i18n';
import { NameText } from '../NameText';
import type { FlowNode } from '../../store/flow';
import { selectLanguage } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';

type ProjectFlowNode = Extract<FlowNode, { type: 'project' }>;

interface ProjectCardProps {
  node: ProjectFlowNode;
  cityName: string;
  days: number | null;
  stalled: boolean;
}

export const PROJECT_DRAG_TYPE = 'application/x-workbench-project';

/**
 * One project on the board. Its props are the node itself (same object while unchanged) and
 * plain values, so a move re-renders only the cards that changed.
 */
function ProjectCardView({ node, cityName, days, stalled }: ProjectCardProps) {
  const t = useT();
  const language = useApp(selectLanguage);
  const selectOnly = useApp((s) => s.selectOnly);
  const requestStageChange = useApp((s) => s.requestStageChange);
  const { data } = node;
  const title = nodeShownName({ kind: 'project', data }, language);
  const next = nextStage(data.stage);
  const previous = previousStage(data.stage);

  return (
    <li
      className={`project-card${node.selected ? ' is-selected' : ''}${stalled ? ' is-stalled' : ''}`}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(PROJECT_DRAG_TYPE, node.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <button
        className="card-main"
        aria-pressed={!!node.selected}
        onClick={() => selectOnly(node.id)}
      >
        <span className="card-title">
          <NameText name={title} thing="project" t={t} />
        </span>
        <span className="card-meta">
          {cityName && <span>{cityName}</span>}
          {data.domain !== '' && <span>{t(`option.${data.domain}`)}</span>}
          {data.budgetKrw !== null && <span>{formatKrw(data.budgetKrw, language)}</span>}
        </span>
        <span className="card-meta">
          <span>{days === null ? t('noHistory') : formatTimeInStage(days, t)}</span>
          {stalled && <span className="stalled-badge">{t('stalled')}</span>}
        </span>
      </button>
      {node.selected && (
        <div className="card-actions">
          <button
            disabled={!previous}
            onClick={() => previous && requestStageChange(node.id, previous)}
          >
            <span aria-hidden="true">← </span>
            {t('movePrevious')}
          </button>
          <button disabled={!next} onClick={() => next && requestStageChange(node.id, next)}>
            {t('moveNext')}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
      )}
    </li>
  );
}

export const ProjectCard = memo(ProjectCardView);
