import { MAX_TEXT_LENGTH } from '../model/fields';
import {
  csvTextOf,
  detectDelimiter,
  parseCsvWithin,
  type CsvCapProblem,
  type CsvCaps,
} from './csv';
import {
  firstRowAsData,
  guessMapping,
  MAX_CSV_ROWS,
  type CsvProblem,
  type CsvTable,
} from './csvImport';
import { looksLikeExchangeLog } from './exchangeLogCsv';
import { TABLE_KINDS } from './tables';

/**
 * The import dialog lays out a mapping and a preview column for every column; past a few
 * hundred it is no longer a table anyone maps by hand, and a hostile file could hang the page.
 */
export const MAX_CSV_COLUMNS = 200;

/** A cell no field could keep anyway, since fields refuse longer text. */
export const MAX_CSV_CELL_LENGTH = MAX_TEXT_LENGTH;

export const CSV_CAPS: CsvCaps = {
  columns: MAX_CSV_COLUMNS,
  cellLength: MAX_CSV_CELL_LENGTH,
  rows: MAX_CSV_ROWS + 1,
};

export type CsvReadProblem = CsvProblem | CsvCapProblem;

/** A refusal's `row`, when a cap was exceeded, is numbered as a spreadsheet shows it. */
export type CsvRead =
  { ok: true; table: CsvTable } | { ok: false; problem: CsvReadProblem; row?: number };

/**
 * A CSV file's table from its bytes, refused as soon as it is seen to exceed CSV_CAPS.
 * Reports progress from 0 to 1; decoding is a small part of the work.
 */
export function readCsvFile(
  bytes: Uint8Array,
  onProgress: (fraction: number) => void = () => {},
): CsvRead {
  const read = csvTextOf(bytes);
  if (!read.ok) return read;
  const { text, encoding } = read;
  onProgress(0.1);
  const delimiter = detectDelimiter(text);
  const parsed = parseCsvWithin(text, delimiter, CSV_CAPS, (f) => onProgress(0.1 + 0.9 * f));
  if (!parsed.ok) return { ok: false, problem: parsed.problem, row: parsed.row };
  const [headers, ...rows] = parsed.rows;
  if (!headers) return { ok: false, problem: 'empty' };
  const table: CsvTable = { encoding, delimiter, headers: headers.map((h) => h.trim()), rows };
  if (rows.length > 0) return { ok: true, table };
  if (readsAsColumnNames(table.headers)) return { ok: false, problem: 'empty' };
  return { ok: true, table: firstRowAsData(table) };
}

/**
 * Whether a file's only row names its columns rather than holding data. A row of data may
 * have a cell that happens to read as a column's name (a note saying "메모"), so it takes at
 * least half the filled cells naming columns the app knows.
 */
function readsAsColumnNames(cells: readonly string[]): boolean {
  if (looksLikeExchangeLog(cells)) return true;
  const filled = cells.filter((cell) => cell !== '').length;
  return TABLE_KINDS.some(
    (kind) => 2 * guessMapping(cells, kind).filter((key) => key !== null).length >= filled,
  );
}
