import type { Language, Strategy } from '../../shared/model/graph';
import { formatCount, formatKrw } from '../../shared/i18n/formatNumbers';
import type { MessageKey, Translate } from '../../shared/i18n/translate';
import { barChart, chartSvg, funnelChart, type ChartGeometry } from '../../shared/report/charts';
import { reportSummary } from '../../shared/report/summary';
import { gapNames } from '../../shared/report/runIn';

const option = (t: Translate, code: string) => t(`option.${code}` as MessageKey);

/** A chart drawn as inline SVG at its printed size, its title as the figure's caption. */
function Chart({ title, chart }: { title: string; chart: ChartGeometry }) {
  if (chart.rows.length === 0) return null;
  return (
    <figure className="print-chart">
      <figcaption>{title}</figcaption>
      <div dangerouslySetInnerHTML={{ __html: chartSvg(chart, title) }} />
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
  const count = (value: number) => formatCount(value, language);
  const byId = new Map(strategy.nodes.map((n) => [n.id, n]));
  const countAndBudget = (row: { count: number; budgetKrw: number | null }) =>
    t('summaryCountAndBudget', {
      count: count(row.count),
      budget: formatKrw(row.budgetKrw, language),
    });
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
          <Chart
            title={t('summaryByRelation')}
            chart={barChart(
              partners.byRelation.map((row) => ({
                label: option(t, row.value),
                value: row.count,
                valueText: count(row.count),
              })),
              { width: 240, labelWidth: 80, valueWidth: 24 },
            )}
          />
          <Chart
            title={t('summaryByRegion')}
            chart={barChart(
              partners.byRegion.map((row) => ({
                label: option(t, row.value),
                value: row.count,
                valueText: count(row.count),
              })),
              { width: 240, labelWidth: 80, valueWidth: 24 },
            )}
          />
        </section>
        <section>
          <h3>{t('summaryNetworks')}</h3>
          <p>{t('summaryNetworkCount', { count: networks.total })}</p>
          <Chart
            title={t('summaryNetworks')}
            chart={barChart(
              networks.byRole.map((row) => ({
                label: option(t, row.value),
                value: row.count,
                valueText: count(row.count),
              })),
              { width: 240, labelWidth: 90, valueWidth: 24 },
            )}
          />
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
        <Chart
          title={t('summaryFunnel')}
          chart={funnelChart(
            projects.byStage.map((row) => ({
              label: option(t, row.value),
              value: row.count,
              valueText: countAndBudget(row),
            })),
          )}
        />
        <div className="summary-columns">
          <Chart
            title={t('summaryBudgetByStage')}
            chart={barChart(
              projects.byStage.map((row) => ({
                label: option(t, row.value),
                value: row.budgetKrw ?? 0,
                valueText: formatKrw(row.budgetKrw, language),
              })),
              { width: 240, labelWidth: 70, valueWidth: 70 },
            )}
          />
          <Chart
            title={t('summaryBudgetByDomain')}
            chart={barChart(
              projects.byDomain.map((row) => ({
                label: option(t, row.value),
                value: row.budgetKrw ?? 0,
                valueText: formatKrw(row.budgetKrw, language),
              })),
              { width: 240, labelWidth: 80, valueWidth: 70 },
            )}
          />
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
            <p>{gapNames(gap, byId, language, t)}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
