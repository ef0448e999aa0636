import { useEffect, useMemo, useState } from 'react';
import type { Language, Strategy } from '../../shared/model/graph';
import { translator } from '../../shared/i18n/translate';
import { localIsoDate } from '../../shared/model/localDate';
import { strategyTitle } from '../../shared/model/names';
import { cssString } from '../../shared/report/cssString';
import { graphSvg } from '../../shared/report/graphSvg';
import type { ReportOptions } from '../../shared/report/reportData';
import { useAppStore } from '../store/StoreContext';
import { CoverSection, ContentsSection, GoalsSection } from './frontSections';
import { NetworksSection, PartnersSection, ProjectsSection } from './tableSections';
import { ActivityPrint, MeasuresPrint } from './ActivityPrint';
import { asOfDate } from '../../shared/activity/asOf';
import { PipelineSection } from './PipelineSection';
import { PrintSection } from './PrintSection';
import { MapLegend } from '../components/canvas/MapLegend';
import { withoutIdeas } from '../../shared/report/workshopReport';
import { WorkshopSection } from './WorkshopSection';
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
  const drawing = useMemo(
    // The page prints its own legend beside the map, at the text's size however small the map.
    () => (strategy ? graphSvg(strategy, language, t, { legend: false }) : null),
    [strategy, language, t],
  );
  const include = (section: ReportOptions['sections'][number]) =>
    options.sections.includes(section);

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
    if (strategy === undefined) return;
    let cancelled = false;
    void document.fonts.ready.then(() => {
      if (cancelled) return;
      document.documentElement.dataset.printReady = 'true';
      if (autoPrint) window.print();
    });
    return () => {
      cancelled = true;
    };
  }, [strategy, language, autoPrint]);

  if (strategy === undefined) return null;
  if (strategy === null) return <p role="alert">{t('printNotFound')}</p>;
  const landscape = drawing !== null && drawing.width > drawing.height;
  const today = localIsoDate(new Date());
  // Days in stage and dormancy read as of the strategy's own day, when it has one.
  const asOf = asOfDate(strategy, today);

  return (
    <div className="print-document">
      <style>{`@page { @bottom-left { content: ${cssString(strategyTitle(strategy, language))}; } }`}</style>
      {include('cover') && (
        <CoverSection strategy={strategy} language={language} t={t} date={today} />
      )}
      {include('contents') && <ContentsSection sections={options.sections} t={t} />}
      {include('goals') && (
        <PrintSection id="goals" title={t('section.goals')} notes={options.notes} t={t}>
          <GoalsSection strategy={strategy} language={language} t={t} />
          <MeasuresPrint strategy={strategy} language={language} t={t} asOf={asOf} />
        </PrintSection>
      )}
      {include('graph') && drawing && (
        <PrintSection
          id="graph"
          title={t('section.graph')}
          notes={options.notes}
          t={t}
          className={landscape ? 'page-landscape' : 'page-portrait'}
        >
          <div className="graph-with-legend">
            <div className="graph-drawing" dangerouslySetInnerHTML={{ __html: drawing.svg }} />
            <aside className="print-legend" aria-label={t('legend')}>
              <h3>{t('legend')}</h3>
              <MapLegend t={t} withIdeas={!!strategy?.nodes.some((n) => n.kind === 'idea')} />
            </aside>
          </div>
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
