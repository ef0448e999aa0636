import { formatCount, formatKrw } from '../i18n/formatNumbers';
import type { MessageKey, Translate } from '../i18n/translate';
import type { Language } from '../model/graph';
import { barChart, type ChartGeometry } from './charts';
import type { ReportSummary } from './summary';

export interface SummaryChart {
  id: string;
  title: string;
  chart: ChartGeometry;
}

const option = (t: Translate, code: string) => t(`option.${code}` as MessageKey);

/** The summary's charts, each with its title; the ones with nothing to show are left out. */
export function summaryCharts(
  summary: ReportSummary,
  language: Language,
  t: Translate,
): SummaryChart[] {
  const { partners, networks, projects } = summary;
  const count = (value: number) => formatCount(value, language);
  const narrow = (labelWidth: number, valueWidth: number) => ({
    width: 240,
    labelWidth,
    valueWidth,
  });
  const charts: SummaryChart[] = [
    {
      id: 'byRelation',
      title: t('summaryByRelation'),
      chart: barChart(
        partners.byRelation.map((row) => ({
          label: option(t, row.value),
          value: row.count,
          valueText: count(row.count),
        })),
        narrow(80, 24),
      ),
    },
    {
      id: 'byRegion',
      title: t('summaryByRegion'),
      chart: barChart(
        partners.byRegion.map((row) => ({
          label: option(t, row.value),
          value: row.count,
          valueText: count(row.count),
        })),
        narrow(80, 24),
      ),
    },
    {
      id: 'networksByRole',
      title: t('summaryNetworks'),
      chart: barChart(
        networks.byRole.map((row) => ({
          label: option(t, row.value),
          value: row.count,
          valueText: count(row.count),
        })),
        narrow(90, 24),
      ),
    },
    {
      // How many projects stand at each stage now: bars, not a funnel (see barChart).
      id: 'projectsByStage',
      title: t('summaryFunnel'),
      chart: barChart(
        projects.byStage.map((row) => ({
          label: option(t, row.value),
          value: row.count,
          valueText: t('summaryCountAndBudget', {
            count: count(row.count),
            budget: formatKrw(row.budgetKrw, language),
          }),
        })),
        { width: 480, labelWidth: 90, valueWidth: 110 },
      ),
    },
    {
      id: 'budgetByStage',
      title: t('summaryBudgetByStage'),
      chart: barChart(
        projects.byStage.map((row) => ({
          label: option(t, row.value),
          value: row.budgetKrw ?? 0,
          valueText: formatKrw(row.budgetKrw, language),
        })),
        narrow(70, 70),
      ),
    },
    {
      id: 'budgetByDomain',
      title: t('summaryBudgetByDomain'),
      chart: barChart(
        projects.byDomain.map((row) => ({
          label: option(t, row.value),
          value: row.budgetKrw ?? 0,
          valueText: formatKrw(row.budgetKrw, language),
        })),
        narrow(80, 70),
      ),
    },
  ];
  return charts.filter((entry) => entry.chart.rows.length > 0);
}
