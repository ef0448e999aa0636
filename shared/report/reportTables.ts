import { formatCount, formatKrw, formatPercent } from '../i18n/formatNumbers';
import type { MessageKey, Translate } from '../i18n/translate';
import { countryLabel } from '../model/countries';
import type { Language, StrategyGraph } from '../model/graph';
import { inLanguageOrder, pairInLanguageOrder } from '../model/names';
import { STAGES } from '../model/vocabulary';
import { conversion, stageFigures, sumBudgets } from '../pipeline/analysis';
import { fundingMix } from '../pipeline/funding';
import type { ProjectContext } from '../pipeline/projects';
import { networkRows, partnerRows, projectRows } from './reportData';
import { projectTotals } from './tableTotals';

/**
 * How a column sets its text: `amount` right-aligned on one line; `short` (years, periods) on
 * one line at its content's width; `text` wraps between words only, and so does `name` (a
 * thing's name in one language, the document's first); `list` sets each of its items on a line
 * of its own, wrapping as `text` does.
 */
export type CellKind = 'text' | 'name' | 'short' | 'amount' | 'list';

export interface ReportColumn {
  key: string;
  header: string;
  kind: CellKind;
}

/**
 * A cell's lines: most hold one, a place holds its country over its city, a `list` column's
 * cell one line per item.
 */
export type ReportCell = string[];

export interface ReportTable {
  columns: ReportColumn[];
  rows: { id: string; cells: ReportCell[] }[];
  /** The closing row: a label across the first `span` columns, then one text per other column. */
  total: { label: string; span: number; cells: string[] };
}

/**
 * The plan's tables as text, the way both the print view and the Word copy lay them out, so the
 * two show the same columns, the same figures and the same totals.
 */
const option = (t: Translate, code: string) =>
  code === '' ? '' : t(`option.${code}` as MessageKey);

/** One year when a span starts and ends in it, "2013–2015" otherwise. */
export function yearSpan(start: number | null, end: number | null): string {
  return start !== null && start === end
    ? String(start)
    : [start, end].filter((year) => year !== null).join('–');
}

function column(key: string, header: string, kind: CellKind = 'text'): ReportColumn {
  return { key, header, kind };
}

/** The two name columns' headers, the document language's first. */
function nameHeaders(key: 'name' | 'title', language: Language, t: Translate) {
  return inLanguageOrder(
    [key, `${key}Ko` as const].map((field) =>
      column(field, t(`field.${field}` as MessageKey), 'name'),
    ),
    language,
  );
}

/** The two names in the document language's order. */
function nameCells(en: string, ko: string, language: Language): ReportCell[] {
  return pairInLanguageOrder(en, ko, language).map((name) => [name]);
}

const blank = (count: number) => Array.from({ length: count }, () => '');

export function partnerTable(graph: StrategyGraph, language: Language, t: Translate): ReportTable {
  const rows = partnerRows(graph, language);
  return {
    columns: [
      ...nameHeaders('name', language, t),
      column('country', t('field.country')),
      column('relation', t('field.relation')),
      column('since', t('field.since'), 'short'),
      column('status', t('field.status')),
      // One goal or project a line: joined into one text, a column of them wrapped mid-name.
      column('goals', t('linkedGoals'), 'list'),
      column('projects', t('linkedProjects'), 'list'),
    ],
    rows: rows.map(({ id, data, goals, projects }) => ({
      id,
      cells: [
        ...nameCells(data.name, data.nameKo, language),
        [countryLabel(data.country, language)],
        [option(t, data.relation)],
        [data.since === null ? '' : String(data.since)],
        [option(t, data.status)],
        goals,
        projects,
      ],
    })),
    total: {
      label: `${t('tableTotal')} · ${t('totalPartners', { count: rows.length })}`,
      span: 2,
      cells: blank(6),
    },
  };
}

export function networkTable(graph: StrategyGraph, language: Language, t: Translate): ReportTable {
  const rows = networkRows(graph);
  return {
    columns: [
      ...nameHeaders('name', language, t),
      column('domain', t('field.domain')),
      column('role', t('field.role')),
      column('headquarters', t('field.headquarters')),
      column('founded', t('field.founded'), 'short'),
    ],
    rows: rows.map(({ id, data }) => ({
      id,
      cells: [
        ...nameCells(data.name, data.nameKo, language),
        [data.domain],
        [option(t, data.role)],
        [data.headquarters],
        [data.founded === null ? '' : String(data.founded)],
      ],
    })),
    total: {
      label: `${t('tableTotal')} · ${t('totalNetworks', { count: rows.length })}`,
      span: 2,
      cells: blank(4),
    },
  };
}

export function projectTable(graph: StrategyGraph, language: Language, t: Translate): ReportTable {
  const rows = projectRows(graph);
  const totals = projectTotals(rows);
  const label = [
    t('tableTotal'),
    t('totalProjects', { count: totals.count }),
    ...(totals.withoutBudget > 0 ? [t('totalBudgetUnknown', { count: totals.withoutBudget })] : []),
  ].join(' · ');
  return {
    columns: [
      ...nameHeaders('title', language, t),
      column('domain', t('field.domain')),
      // Two facts a column, the second below the first: with a column each, the others' longest
      // words left a title a sixth of a portrait page's width.
      column('stage', `${t('field.stage')} · ${t('period')}`),
      column('place', `${t('field.country')} · ${t('field.city')}`),
      column('budget', t('field.budgetKrw'), 'amount'),
      column('funding', t('field.fundingSource')),
    ],
    rows: rows.map(({ id, data }) => ({
      id,
      cells: [
        ...nameCells(data.title, data.titleKo, language),
        [option(t, data.domain)],
        [option(t, data.stage), yearSpan(data.startYear, data.endYear)].filter(Boolean),
        [countryLabel(data.country, language), data.city].filter(Boolean),
        [formatKrw(data.budgetKrw, language)],
        [
          fundingMix(data)
            .map((line) => option(t, line.source))
            .join(', '),
        ],
      ],
    })),
    total: { label, span: 2, cells: ['', '', '', formatKrw(totals.budgetKrw, language), ''] },
  };
}

/** Count, budget, reach and conversion per stage, closed by all stages' projects and budget. */
export function stageTable(
  projects: readonly ProjectContext[],
  language: Language,
  t: Translate,
): ReportTable {
  const figures = stageFigures(projects);
  const rates = conversion(projects);
  const budget = sumBudgets(STAGES.map((stage) => figures[stage].budgetKrw));
  return {
    columns: [
      column('stage', t('summaryStage')),
      column('projects', t('summaryProjects'), 'amount'),
      column('budget', t('summaryBudget'), 'amount'),
      column('reached', t('summaryReached'), 'amount'),
      column('conversion', t('summaryConversion'), 'amount'),
    ],
    rows: STAGES.map((stage) => ({
      id: stage,
      cells: [
        [t(`option.${stage}`)],
        [formatCount(figures[stage].count, language)],
        [formatKrw(figures[stage].budgetKrw, language)],
        [formatCount(rates[stage].reached, language)],
        [formatPercent(rates[stage].toNext, language)],
      ],
    })),
    total: {
      label: t('tableTotal'),
      span: 1,
      cells: [formatCount(projects.length, language), formatKrw(budget, language), '', ''],
    },
  };
}
