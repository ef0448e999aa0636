import { useEffect, useMemo, useRef, useState } from 'react';
import type { Language, Strategy } from '../../shared/model/graph';
import { translator } from '../../shared/i18n/translate';
import { localIsoDate } from '../../shared/model/localDate';
import { strategyTitle } from '../../shared/model/names';
import { cssString } from '../../shared/report/cssString';
import type { ReportOptions } from '../../shared/report/reportData';
import { useAppStore } from '../store/StoreContext';
import { CoverSection, ContentsSection, GoalsSection, type ContentsEntry } from './frontSections';
import { classificationIn, detailsOf } from '../../shared/model/strategyDetails';
import { displayName } from '../../shared/model/nodes';
import { directionChapters } from '../../shared/report/directions';
import { listedNames } from '../../shared/report/listedNames';
import { overviewSvg } from '../../shared/report/printMaps';
import { wholeMapToPrint } from '../../shared/report/wholeMap';
import { chapterPages } from './pagination';
import { SummarySection } from './SummarySection';
import {
  DirectionChapterSection,
  directionChapterId,
  DirectionMaps,
  DirectionsOverview,
} from './DirectionsSection';
import { FullMapFigure, MapPartFigures } from './MapFigure';
import { NetworksSection, PartnersSection, ProjectsSection } from './tableSections';
import { ActivityPrint, MeasuresPrint } from './ActivityPrint';
import { asOfDate } from '../../shared/activity/asOf';
import { PipelineSection } from './PipelineSection';
import { PrintSection } from './PrintSection';
import { printFontsLoaded } from './printFonts';
import { withoutIdeas } from '../../shared/report/workshopReport';
import { WorkshopSection } from './WorkshopSection';
import { WorldMapSection } from './WorldMapSection';
import { useWorld } from '../components/worldMap/loadWorld';
import './print.css';

interface PrintViewProps {
  strategyId: string;
  options: ReportOptions;
  language: Language;
  autoPrint: boolean;
}

/**
 * The plan as printed pages. The desktop app renders this route in a hidden window and prints
 * it to PDF; the browser build opens it for the print dialog. `data-print-ready` on <html>
 * tells both when fonts are loaded and the graph is drawn.
 */
export function PrintView({ strategyId, options, language, autoPrint }: PrintViewProps) {
  const store = useAppStore();
  const [stored, setStrategy] = useState<Strategy | null | undefined>(undefined);
  const withWorkshop = options.sections.includes('workshop');
  // Ideas are raw input: the plan leaves them out unless its workshop chapter is chosen.
  const strategy = useMemo(
    () => (stored && !withWorkshop ? withoutIdeas(stored) : stored),
    [stored, withWorkshop],
  );
  const t = useMemo(() => translator(language), [language]);
  const withGraph = options.sections.includes('graph');
  const whole = useMemo(
    () => (strategy && withGraph ? wholeMapToPrint(strategy, language, t) : null),
    [strategy, withGraph, language, t],
  );
  const chapters = useMemo(() => (strategy ? directionChapters(strategy) : []), [strategy]);
  const names = useMemo(() => listedNames(strategy?.nodes ?? [], language), [strategy, language]);
  const include = (section: ReportOptions['sections'][number]) =>
    options.sections.includes(section);
  const documentRef = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<Record<string, number> | null>(null);
  const withWorldMap = options.sections.includes('worldMap');
  const world = useWorld(withWorldMap);
  // The map chapter is ready once its countries are here; a failed load prints it without them.
  const worldWaiting = withWorldMap && world.status === 'loading';

  useEffect(() => {
    let cancelled = false;
    void store
      .getState()
      .readStrategy(strategyId)
      .then((loaded) => {
        if (!cancelled) setStrategy(loaded ?? null);
      });
    return () => {
      cancelled = true;
    };
  }, [store, strategyId]);

  useEffect(() => {
    document.documentElement.lang = language;
    // The PDF's title, and the name a print dialog gives its file.
    if (strategy) document.title = strategyTitle(strategy, language);
    if (strategy === undefined || worldWaiting) return;
    let cancelled = false;
    void printFontsLoaded().then(() => {
      if (cancelled) return;
      // The contents' page numbers are counted on the laid-out pages, then filled in.
      setPages(documentRef.current ? chapterPages(documentRef.current) : {});
    });
    return () => {
      cancelled = true;
    };
  }, [strategy, language, worldWaiting]);

  useEffect(() => {
    if (pages === null) return;
    document.documentElement.dataset.printReady = 'true';
    if (autoPrint) window.print();
  }, [pages, autoPrint]);

  if (strategy === undefined) return null;
  if (strategy === null) return <p role="alert">{t('printNotFound')}</p>;
  const contents: ContentsEntry[] = options.sections
    .filter((s) => s !== 'cover' && s !== 'contents')
    .flatMap((section) => [
      { id: section, title: t(`section.${section}`), level: 1 as const },
      ...(section === 'directions'
        ? chapters.map((chapter, i) => ({
            id: directionChapterId(i),
            title: displayName(chapter.direction, language),
            level: 2 as const,
          }))
        : []),
    ]);
  const footer = [
    strategyTitle(strategy, language),
    classificationIn(detailsOf(strategy), language),
  ]
    .filter(Boolean)
    .join(' · ');
  const today = localIsoDate(new Date());
  // Days in stage and dormancy read as of the strategy's own day, when it has one.
  const asOf = asOfDate(strategy, today);

  return (
    <div className="print-document" ref={documentRef}>
      <style>{`@page { @bottom-left { content: ${cssString(footer)}; } }`}</style>
      {include('cover') && (
        <CoverSection strategy={strategy} language={language} t={t} date={today} />
      )}
      {include('contents') && <ContentsSection entries={contents} pages={pages} t={t} />}
      {include('summary') && (
        <PrintSection id="summary" title={t('section.summary')} notes={options.notes} t={t}>
          <SummarySection strategy={strategy} language={language} t={t} today={asOf} />
        </PrintSection>
      )}
      {include('goals') && (
        <PrintSection id="goals" title={t('section.goals')} notes={options.notes} t={t}>
          <GoalsSection strategy={strategy} language={language} t={t} />
          <MeasuresPrint strategy={strategy} language={language} t={t} asOf={asOf} />
        </PrintSection>
      )}
      {include('directions') && (
        <PrintSection id="directions" title={t('section.directions')} notes={options.notes} t={t}>
          <DirectionsOverview chapters={chapters} language={language} t={t} />
        </PrintSection>
      )}
      {include('directions') &&
        chapters.map((chapter, i) => (
          <DirectionChapterSection
            key={chapter.direction.id}
            chapter={chapter}
            index={i}
            names={names}
            language={language}
            t={t}
            notes={options.notes}
          />
        ))}
      {include('graph') && (
        <PrintSection
          id="graph"
          title={t('section.graph')}
          notes={options.notes}
          t={t}
          className="page-landscape"
        >
          {whole?.parts ? (
            <MapPartFigures
              graph={whole.graph}
              parts={whole.parts}
              language={language}
              t={t}
              caption={strategyTitle(strategy, language)}
              note={whole.closedUp ? t('mapClosedUpParts') : undefined}
            />
          ) : whole ? (
            <FullMapFigure
              graph={whole.graph}
              language={language}
              t={t}
              caption={strategyTitle(strategy, language)}
              note={whole.closedUp ? t('mapClosedUp') : undefined}
            />
          ) : (
            <figure className="map-overview">
              <div dangerouslySetInnerHTML={{ __html: overviewSvg(strategy) }} />
              <figcaption>{t('mapTooLarge')}</figcaption>
            </figure>
          )}
        </PrintSection>
      )}
      {/* A map too large for its page prints by direction, in the directions' chapters if any. */}
      {include('graph') &&
        !whole &&
        !include('directions') &&
        chapters.map((chapter) => (
          <DirectionMaps key={chapter.direction.id} chapter={chapter} language={language} t={t} />
        ))}
      {include('worldMap') && world.status !== 'loading' && (
        <PrintSection
          id="worldMap"
          title={t('section.worldMap')}
          notes={options.notes}
          t={t}
          className="page-landscape"
        >
          {world.status === 'loaded' ? (
            <WorldMapSection strategy={strategy} world={world.world} language={language} t={t} />
          ) : (
            <p role="alert">{t('worldMapFailed', { error: world.error })}</p>
          )}
        </PrintSection>
      )}
      {include('partners') && (
        <PrintSection id="partners" title={t('section.partners')} notes={options.notes} t={t}>
          <PartnersSection strategy={strategy} language={language} t={t} />
          <ActivityPrint strategy={strategy} language={language} t={t} asOf={asOf} />
        </PrintSection>
      )}
      {include('networks') && (
        <PrintSection id="networks" title={t('section.networks')} notes={options.notes} t={t}>
          <NetworksSection strategy={strategy} language={language} t={t} />
        </PrintSection>
      )}
      {include('pipeline') && (
        <PrintSection id="pipeline" title={t('section.pipeline')} notes={options.notes} t={t}>
          <PipelineSection strategy={strategy} language={language} t={t} today={asOf} />
        </PrintSection>
      )}
      {include('projects') && (
        <PrintSection id="projects" title={t('section.projects')} notes={options.notes} t={t}>
          <ProjectsSection strategy={strategy} language={language} t={t} />
        </PrintSection>
      )}
      {include('workshop') && (
        <PrintSection id="workshop" title={t('section.workshop')} notes={options.notes} t={t}>
          <WorkshopSection strategy={strategy} t={t} />
        </PrintSection>
      )}
    </div>
  );
}
