import { memo, useEffect, useRef, type RefObject } from 'react';
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

export const FROM_BOARD = { fromBoard: true } as const;

/**
 * A moved card is a new one in another column, and the keyboard that was on the old one (or on
 * the gate dialog it opened) would fall to the page; the new card takes it, scrolled into its
 * column's view, since a card moved in lands wherever the column's order puts it.
 */
function useTakeKeyboardAfterMove(
  id: string,
  card: RefObject<HTMLElement | null>,
  main: RefObject<HTMLElement | null>,
) {
  const wanted = useApp((s) => s.boardFocusRequest === id);
  const clear = useApp((s) => s.clearBoardFocusRequest);
  useEffect(() => {
    if (!wanted || !card.current || !main.current) return;
    clear();
    main.current.focus();
    // Not in jsdom, which lays nothing out.
    card.current.scrollIntoView?.({ block: 'nearest' });
  }, [wanted, card, main, clear]);
}

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
  const card = useRef<HTMLLIElement>(null);
  const main = useRef<HTMLButtonElement>(null);
  useTakeKeyboardAfterMove(node.id, card, main);

  return (
    <li
      ref={card}
      // Undo and redo find here which project's card has the keyboard (see stepHistory).
      data-project-id={node.id}
      className={`project-card${node.selected ? ' is-selected' : ''}${stalled ? ' is-stalled' : ''}`}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(PROJECT_DRAG_TYPE, node.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <button
        ref={main}
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
            onClick={() => previous && requestStageChange(node.id, previous, FROM_BOARD)}
          >
            <span aria-hidden="true">← </span>
            {t('movePrevious')}
          </button>
          <button
            disabled={!next}
            onClick={() => next && requestStageChange(node.id, next, FROM_BOARD)}
          >
            {t('moveNext')}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
      )}
    </li>
  );
}

export const ProjectCard = memo(ProjectCardView);
