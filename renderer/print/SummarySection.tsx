import type { Language, Strategy } from '../../shared/model/graph';
import { formatCount, formatKrw } from '../../shared/i18n/formatNumbers';
import type { Translate } from '../../shared/i18n/translate';
import { chartSvg } from '../../shared/report/charts';
import { listedNames } from '../../shared/report/listedNames';
import { reportSummary } from '../../shared/report/summary';
import { summaryCharts, type SummaryChart } from '../../shared/report/summaryCharts';
import { gapNames } from '../../shared/report/runIn';

/**
 * A chart drawn as inline SVG at its printed size, its title as the figure's caption unless
 * the heading right above it already says it; the drawing keeps it as its name either way.
 */
function Chart({ entry, captioned = true }: { entry?: SummaryChart; captioned?: boolean }) {
  if (!entry) return null;
  return (
    <figure className="print-chart">
      {captioned && <figcaption>{entry.title}</figcaption>}
      <div dangerouslySetInnerHTML={{ __html: chartSvg(entry.chart, entry.title) }} />
    </figure>
  );
}

/** The plan's figures on one or two pages: partners, networks, projects and the gaps to close. */
export function SummarySection({
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
  const summary = reportSummary(strategy, today);
  const { partners, networks, projects } = summary;
  // The same charts as the Word copy's, those with nothing to show left out.
  const charts = new Map(summaryCharts(summary, language, t).map((entry) => [entry.id, entry]));
  const count = (value: number) => formatCount(value, language);
  const byId = new Map(strategy.nodes.map((n) => [n.id, n]));
  const names = listedNames(strategy.nodes, language);
  return (
    <div className="print-summary">
      <div className="summary-columns">
        <section>
          <h3>{t('summaryPartners')}</h3>
          <p>
            {t('summaryPartnerCount', { count: partners.total })}:{' '}
            {t('summaryActivity', {
              active: partners.active,
              dormant: partners.dormant,
              unknown: partners.statusUnknown,
            })}
          </p>
          <Chart entry={charts.get('byRelation')} />
          <Chart entry={charts.get('byRegion')} />
        </section>
        <section>
          <h3>{t('summaryNetworks')}</h3>
          <p>{t('summaryNetworkCount', { count: networks.total })}</p>
          <Chart entry={charts.get('networksByRole')} captioned={false} />
        </section>
      </div>
      <section>
        <h3>{t('summaryProjectsHeading')}</h3>
        <p>
          {t('summaryProjectCount', {
            count: projects.total,
            budget: formatKrw(projects.totalBudgetKrw, language),
          })}
        </p>
        <Chart entry={charts.get('projectsByStage')} />
        <div className="summary-columns">
          <Chart entry={charts.get('budgetByStage')} />
          <Chart entry={charts.get('budgetByDomain')} />
        </div>
      </section>
      <section className="summary-gaps">
        <h3>{t('summaryGaps')}</h3>
        {summary.gaps.length === 0 && <p className="muted">{t('summaryNone')}</p>}
        {summary.gaps.map((gap) => (
          <div key={gap.kind} className="summary-gap">
            <h4>
              {t(`gaps.${gap.kind}`)} ({count(gap.count)})
            </h4>
            <p>{gapNames(gap, byId, names, t)}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
