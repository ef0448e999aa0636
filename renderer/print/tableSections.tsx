import type { Language, Strategy } from '../../shared/model/graph';
import type { Translate } from '../../shared/i18n/translate';
import {
  networkTable,
  partnerTable,
  projectTable,
  type ReportTable,
} from '../../shared/report/reportTables';

/** A table of the plan, its cells set by their column's kind (print.css), closed by its totals. */
export function ReportTableView({ table, className }: { table: ReportTable; className?: string }) {
  const cellClass = (index: number) => `cell-${table.columns[index]!.kind}`;
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
                {lines[0]}
                {lines.slice(1).map((line) => (
                  <span key={line} className="cell-second-line">
                    {line}
                  </span>
                ))}
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
