import { Fragment } from 'react';
import type { Language, StrategyNode } from '../../shared/model/graph';
import { formatKrw } from '../../shared/i18n/formatNumbers';
import type { Translate } from '../../shared/i18n/translate';
import { displayName } from '../../shared/model/nodes';
import type { DirectionChapter, GoalSupport } from '../../shared/report/directions';
import { directionMapTiles, laneMapSvg } from '../../shared/report/printMaps';
import { escapeXml } from '../../shared/report/graphSvg';
import { FONT_STACK } from '../../shared/report/fonts';
import { laneLegendSvg } from '../../shared/report/laneLegend';
import { MapFigure } from './MapFigure';
import { PrintSection } from './PrintSection';
import { runIn, runInNames } from '../../shared/report/runIn';
import type { ListedNames } from '../../shared/report/listedNames';

/** The id of a direction's chapter, for the contents and its links. */
export const directionChapterId = (index: number) => `direction-${index + 1}`;

function ServedBy({
  support,
  names,
  language,
  t,
}: {
  support: GoalSupport;
  names: ListedNames;
  language: Language;
  t: Translate;
}) {
  const runInOf = (nodes: StrategyNode[]) => runInNames(nodes, names);
  const rows = [
    { key: 'partnerCities', text: runInOf(support.partnerCities) },
    { key: 'networks', text: runInOf(support.networks) },
    { key: 'actors', text: runInOf(support.actors) },
  ] as const;
  const shown = rows.filter((row) => row.text !== '');
  if (shown.length === 0 && support.projects.length === 0)
    return <p className="muted">{t('servedNothing')}</p>;
  return (
    <dl className="served-by">
      {shown.map((row) => (
        <Fragment key={row.key}>
          <dt>{t(`served.${row.key}`)}</dt>
          <dd>{row.text}</dd>
        </Fragment>
      ))}
      {support.projects.length > 0 && (
        <>
          <dt>{t('served.projects')}</dt>
          <dd>
            <ul>
              {support.projects.map((project) => (
                <li key={project.id}>
                  {/* Its stage follows: not said twice where it tells it apart. */}
                  {names.labelBeside(project, [t(`option.${project.data.stage}`)])}{' '}
                  <span className="muted">
                    (
                    {project.data.budgetKrw === null
                      ? t(`option.${project.data.stage}`)
                      : t('projectStageBudget', {
                          stage: t(`option.${project.data.stage}`),
                          budget: formatKrw(project.data.budgetKrw, language),
                        })}
                    )
                  </span>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}

function TaskBlock({
  support,
  names,
  language,
  t,
}: {
  support: GoalSupport;
  names: ListedNames;
  language: Language;
  t: Translate;
}) {
  return (
    <div className={`direction-task task-depth-${Math.min(support.depth, 3)}`}>
      <h4>
        {displayName(support.goal, language)}
        {support.missing.map((gap) => (
          <span key={gap} className="missing-badge">
            {t(`missing.${gap}`)}
          </span>
        ))}
      </h4>
      <ServedBy support={support} names={names} language={language} t={t} />
    </div>
  );
}

/** The directions at a glance: the chapter that the direction chapters follow. */
export function DirectionsOverview({
  chapters,
  language,
  t,
}: {
  chapters: DirectionChapter[];
  language: Language;
  t: Translate;
}) {
  if (chapters.length === 0) return <p className="muted">{t('noDirections')}</p>;
  return (
    <ol className="directions-overview">
      {chapters.map((chapter) => (
        <li key={chapter.direction.id}>
          <p className="direction-name">{displayName(chapter.direction, language)}</p>
          <p className="muted">
            {runIn(chapter.tasks.map((task) => displayName(task.goal, language))) ||
              t('directionNoTasks')}
          </p>
        </li>
      ))}
    </ol>
  );
}

/**
 * A direction's chapter: each task with what serves it and what it still lacks, then the
 * direction's part of the map on landscape pages, in as many parts as it takes to stay readable.
 */
export function DirectionChapterSection({
  chapter,
  index,
  names,
  language,
  t,
  notes,
}: {
  chapter: DirectionChapter;
  index: number;
  names: ListedNames;
  language: Language;
  t: Translate;
  notes: boolean;
}) {
  const hasOwn =
    chapter.own.partnerCities.length +
      chapter.own.networks.length +
      chapter.own.actors.length +
      chapter.own.projects.length >
    0;
  return (
    <>
      <PrintSection
        id={directionChapterId(index)}
        title={displayName(chapter.direction, language)}
        notes={notes}
        t={t}
        className="direction-chapter"
      >
        <p className="direction-budget">
          {t('directionBudget', { budget: formatKrw(chapter.budgetKrw, language) })}
        </p>
        {hasOwn && (
          <>
            <h3>{t('directionOwn')}</h3>
            <ServedBy support={chapter.own} names={names} language={language} t={t} />
          </>
        )}
        <h3>{t('directionTasks')}</h3>
        {chapter.tasks.length === 0 && <p className="muted">{t('directionNoTasks')}</p>}
        {chapter.tasks.map((task) => (
          <TaskBlock key={task.goal.id} support={task} names={names} language={language} t={t} />
        ))}
      </PrintSection>
      <DirectionMaps chapter={chapter} language={language} t={t} />
    </>
  );
}

/** A direction's part of the map on landscape pages, in as many parts as stay readable. */
export function DirectionMaps({
  chapter,
  language,
  t,
}: {
  chapter: DirectionChapter;
  language: Language;
  t: Translate;
}) {
  const tiles = directionMapTiles(chapter);
  const direction = displayName(chapter.direction, language);
  const name = (node: StrategyNode) => displayName(node, language);
  const legend = laneLegendSvg(t);
  return (
    <section className="print-section page-landscape direction-maps">
      {tiles.map((tile) => (
        <MapFigure
          key={tile.index}
          map={{
            svg: laneMapSvg(tile, name, escapeXml, FONT_STACK),
            width: tile.width,
            height: tile.height,
          }}
          legend={legend}
          caption={`${direction} — ${t('directionMap')}${
            tile.count > 1 ? ` · ${t('mapPart', { index: tile.index + 1, count: tile.count })}` : ''
          }`}
          note={
            tile.count > 1
              ? t('mapPartGoals', {
                  goals: [...new Set(tile.lanes.map((lane) => name(lane.goal)))].join(' · '),
                })
              : undefined
          }
        />
      ))}
    </section>
  );
}
