import { Fragment } from 'react';
import type { Language, Strategy } from '../../shared/model/graph';
import type { Translate } from '../../shared/i18n/translate';
import {
  networkTable,
  partnerTable,
  projectTable,
  type ReportTable,
} from '../../shared/report/reportTables';

/**
 * A cell's text that may break after a slash, as after a hyphen: unbroken, "urban/metropolitan"
 * alone made the projects table wider than the page, and Chromium then prints the whole
 * document smaller, on fewer pages than its contents count.
 */
function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=\/)(?=\S)/);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

/** A table of the plan, its cells set by their column's kind (print.css), closed by its totals. */
export function ReportTableView({ table, className }: { table: ReportTable; className?: string }) {
  const cellClass = (index: number) =>
    `cell-${table.columns[index]!.kind} column-${table.columns[index]!.key}`;
  const { total } = table;
  return (
    <table className={`print-table ${className ?? ''}`}>
      <thead>
        <tr>
          {table.columns.map((column, i) => (
            <th key={column.key} scope="col" className={cellClass(i)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.id}>
            {row.cells.map((lines, i) => (
              <td key={table.columns[i]!.key} className={cellClass(i)}>
                {table.columns[i]!.kind === 'list' ? (
                  lines.map((line) => (
                    <span key={line} className="cell-item">
                      <Breakable text={line} />
                    </span>
                  ))
                ) : (
                  <>
                    <Breakable text={lines[0] ?? ''} />
                    {lines.slice(1).map((line) => (
                      <span key={line} className="cell-second-line">
                        <Breakable text={line} />
                      </span>
                    ))}
                  </>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="totals-row">
          <td colSpan={total.span}>{total.label}</td>
          {total.cells.map((text, i) => (
            <td key={table.columns[i + total.span]!.key} className={cellClass(i + total.span)}>
              {text}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}

interface SectionProps {
  strategy: Strategy;
  language: Language;
  t: Translate;
}

export function PartnersSection({ strategy, language, t }: SectionProps) {
  return <ReportTableView className="partners-table" table={partnerTable(strategy, language, t)} />;
}

export function NetworksSection({ strategy, language, t }: SectionProps) {
  return <ReportTableView className="networks-table" table={networkTable(strategy, language, t)} />;
}

export function ProjectsSection({ strategy, language, t }: SectionProps) {
  return <ReportTableView className="projects-table" table={projectTable(strategy, language, t)} />;
}
