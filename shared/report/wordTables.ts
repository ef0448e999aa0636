import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { CellKind, ReportTable } from './reportTables';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'D1D5DB' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
/** 8.5 pt, as the printed tables, in Word's half-points. */
const TABLE_TEXT = 17;

function cell(
  lines: readonly string[],
  kind: CellKind,
  options: { bold?: boolean; shade?: string; span?: number } = {},
): TableCell {
  return new TableCell({
    borders: BORDERS,
    columnSpan: options.span,
    shading: options.shade
      ? { type: ShadingType.CLEAR, color: 'auto', fill: options.shade }
      : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: (lines.length > 0 ? lines : ['']).map(
      (line, i) =>
        new Paragraph({
          alignment: kind === 'amount' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [
            new TextRun({
              text: line,
              bold: options.bold,
              size: TABLE_TEXT,
              // A place's city under its country, as in print; a list's items all alike.
              color: i > 0 && kind !== 'list' ? '4B5563' : undefined,
            }),
          ],
        }),
    ),
  });
}

/**
 * A plan's table as a Word table: the header repeats on each page, amounts are right-aligned,
 * and the totals row closes it in bold. Word fits the columns to their content.
 */
export function wordTable(table: ReportTable): Table {
  const kinds = table.columns.map((column) => column.kind);
  const { total } = table;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: table.columns.map((column) =>
          cell([column.header], column.kind, { bold: true, shade: 'EEF2F7' }),
        ),
      }),
      ...table.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.cells.map((lines, i) => cell(lines, kinds[i]!)),
          }),
      ),
      new TableRow({
        cantSplit: true,
        children: [
          cell([total.label], 'text', { bold: true, shade: 'F8FAFC', span: total.span }),
          ...total.cells.map((text, i) =>
            cell([text], kinds[i + total.span]!, { bold: true, shade: 'F8FAFC' }),
          ),
        ],
      }),
    ],
  });
}
