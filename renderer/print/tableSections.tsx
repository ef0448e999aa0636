import type { ReactNode } from 'react';
import { countryLabel } from '../../shared/model/countries';
import type { Language, Strategy } from '../../shared/model/graph';
import { inLanguageOrder } from '../../shared/model/names';
import { formatKrw } from '../../shared/i18n/formatNumbers';
import type { MessageKey, Translate } from '../../shared/i18n/translate';
import { fundingMix } from '../../shared/pipeline/funding';
import { networkRows, partnerRows, projectRows } from '../../shared/report/reportData';

/** A choice by its label; one not made yet is left blank, as an empty field is. */
const option = (t: Translate, code: string) =>
  code === '' ? '' : t(`option.${code}` as MessageKey);

interface Column<D> {
  key: string;
  header: string;
  cell(data: D): ReactNode;
}

/** The two name columns, the UI language's first, each holding what was stored. */
function nameColumns<D extends Record<K | `${K}Ko`, string>, K extends 'name' | 'title'>(
  key: K,
  language: Language,
  t: Translate,
): Column<D>[] {
  const columns = [key, `${key}Ko` as const].map((field) => ({
    key: field,
    header: t(`field.${field}` as MessageKey),
    cell: (data: D) => data[field],
  }));
  return inLanguageOrder(columns, language);
}

function Table<D>({
  columns,
  rows,
  className,
}: {
  columns: Column<D>[];
  rows: { id: string; data: D }[];
  className?: string;
}) {
  return (
    <table className={className}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key}>{column.header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {columns.map((column) => (
              <td key={column.key}>{column.cell(row.data)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PartnersSection({
  strategy,
  language,
  t,
}: {
  strategy: Strategy;
  language: Language;
  t: Translate;
}) {
  type Row = ReturnType<typeof partnerRows>[number];
  const rows = partnerRows(strategy, language).map((row) => ({ id: row.id, data: row }));
  const columns: Column<Row>[] = [
    ...nameColumns<Row['data'], 'name'>('name', language, t).map((column) => ({
      ...column,
      cell: (row: Row) => column.cell(row.data),
    })),
    {
      key: 'country',
      header: t('field.country'),
      cell: (row) => countryLabel(row.data.country, language),
    },
    { key: 'relation', header: t('field.relation'), cell: (row) => option(t, row.data.relation) },
    { key: 'since', header: t('field.since'), cell: (row) => row.data.since ?? '' },
    { key: 'status', header: t('field.status'), cell: (row) => option(t, row.data.status) },
    { key: 'goals', header: t('linkedGoals'), cell: (row) => row.goals.join('; ') },
    { key: 'projects', header: t('linkedProjects'), cell: (row) => row.projects.join('; ') },
  ];
  return <Table columns={columns} rows={rows} />;
}

export function NetworksSection({
  strategy,
  language,
  t,
}: {
  strategy: Strategy;
  language: Language;
  t: Translate;
}) {
  type Data = ReturnType<typeof networkRows>[number]['data'];
  const columns: Column<Data>[] = [
    ...nameColumns<Data, 'name'>('name', language, t),
    { key: 'domain', header: t('field.domain'), cell: (data) => data.domain },
    { key: 'role', header: t('field.role'), cell: (data) => option(t, data.role) },
    { key: 'headquarters', header: t('field.headquarters'), cell: (data) => data.headquarters },
    { key: 'founded', header: t('field.founded'), cell: (data) => data.founded ?? '' },
  ];
  return <Table columns={columns} rows={networkRows(strategy)} />;
}

export function ProjectsSection({
  strategy,
  language,
  t,
}: {
  strategy: Strategy;
  language: Language;
  t: Translate;
}) {
  type Data = ReturnType<typeof projectRows>[number]['data'];
  const columns: Column<Data>[] = [
    ...nameColumns<Data, 'title'>('title', language, t),
    { key: 'domain', header: t('field.domain'), cell: (data) => option(t, data.domain) },
    { key: 'stage', header: t('field.stage'), cell: (data) => option(t, data.stage) },
    {
      key: 'country',
      header: t('field.country'),
      cell: (data) => countryLabel(data.country, language),
    },
    { key: 'city', header: t('field.city'), cell: (data) => data.city },
    {
      key: 'period',
      header: t('period'),
      cell: (data) => [data.startYear, data.endYear].filter(Boolean).join('–'),
    },
    {
      key: 'budget',
      header: t('field.budgetKrw'),
      cell: (data) => formatKrw(data.budgetKrw, language),
    },
    {
      key: 'funding',
      header: t('field.fundingSource'),
      cell: (data) =>
        fundingMix(data)
          .map((line) => option(t, line.source))
          .join(', '),
    },
  ];
  return <Table className="projects-table" columns={columns} rows={projectRows(strategy)} />;
}
