/** CSV as spreadsheets read it: quoted where needed, CRLF line ends, a BOM so Excel reads UTF-8. */
export const UTF8_BOM = '\uFEFF';

function quote(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) || /^\s|\s$/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/*
 * Spreadsheets run a cell starting with =, +, -, @, tab or CR as a formula, so an exported name
 * like =HYPERLINK(...) could run when the file is opened. As OWASP advises, such a text cell is
 * written with a leading apostrophe. To read every text back exactly, the rule also counts
 * apostrophes already in front: a text that, after any leading apostrophes, starts with one of
 * those characters gets one more apostrophe, and reading removes one from such a cell only.
 * So "=x" is written "'=x", "'=x" is written "''=x", and "'x" stays "'x".
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A text cell as written to CSV, never read as a formula. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text a CSV cell was written from: undoes escapeFormula. */
export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

/**
 * A CSV table. Strings are text and are kept from being read as formulas; numbers are written
 * as numbers, so a negative amount stays a number in a spreadsheet.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[], delimiter = ','): string {
  const cellText = (cell: string | number) =>
    typeof cell === 'number' ? String(cell) : quote(escapeFormula(cell), delimiter);
  return UTF8_BOM + rows.map((row) => row.map(cellText).join(delimiter)).join('\r\n') + '\r\n';
}

/** Limits a reader sets so that a hostile file is refused before all of it has been read. */
export interface CsvCaps {
  columns: number;
  cellLength: number;
  /** Rows that hold something, the header included. */
  rows: number;
}

/** A cap exceeded, or a quote never closed: everything after it would have been one cell. */
export type CsvCapProblem = 'tooManyColumns' | 'cellTooLong' | 'tooManyRows' | 'unclosedQuote';

/** A refusal's `row` counts records as a spreadsheet numbers them, blank ones included. */
export type CsvParse =
  { ok: true; rows: string[][] } | { ok: false; problem: CsvCapProblem; row: number };

const NO_CAPS: CsvCaps = { columns: Infinity, cellLength: Infinity, rows: Infinity };

/** How often, in characters, a long parse reports how far it has got. */
const PROGRESS_STEP = 1 << 16;

/** Reads CSV text into rows: quoted cells may hold delimiters, quotes ("") and line breaks. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const parsed = parseCsvWithin(text, delimiter, NO_CAPS);
  return parsed.ok ? parsed.rows : [];
}

/**
 * parseCsv that stops at the first cap exceeded: a line of 200,000 cells is refused after
 * reading a few hundred of them. Rows holding only blanks are left out and not counted.
 */
export function parseCsvWithin(
  text: string,
  delimiter: string,
  caps: CsvCaps,
  onProgress?: (fraction: number) => void,
): CsvParse {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let quotedFrom = 1;
  let record = 1;
  const source = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  let nextReport = PROGRESS_STEP;
  const refuse = (problem: CsvCapProblem): CsvParse => ({ ok: false, problem, row: record });
  const endCell = () => {
    row.push(cell);
    cell = '';
    return row.length <= caps.columns;
  };
  const endRow = () => {
    if (row.some((c) => c.trim() !== '')) rows.push(row);
    row = [];
    return rows.length <= caps.rows;
  };
  for (let i = 0; i < source.length; i++) {
    if (onProgress && i >= nextReport) {
      onProgress(i / source.length);
      nextReport = i + PROGRESS_STEP;
    }
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') {
      quoted = true;
      quotedFrom = record;
    } else if (char === delimiter) {
      if (!endCell()) return refuse('tooManyColumns');
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      if (!endCell()) return refuse('tooManyColumns');
      if (!endRow()) return refuse('tooManyRows');
      record++;
    } else cell += char;
    if (cell.length > caps.cellLength) return refuse('cellTooLong');
  }
  if (quoted) return { ok: false, problem: 'unclosedQuote', row: quotedFrom };
  if (cell !== '' || row.length > 0) {
    if (!endCell()) return refuse('tooManyColumns');
    if (!endRow()) return refuse('tooManyRows');
  }
  onProgress?.(1);
  return { ok: true, rows };
}

/** The delimiter of a CSV: whichever of comma, semicolon or tab splits the header line most. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const start = text.startsWith(UTF8_BOM) ? 1 : 0;
  const lineEnd = text.indexOf('\n', start);
  let end = lineEnd === -1 ? text.length : lineEnd;
  if (text[end - 1] === '\r') end--;
  // Counted in place rather than split: the header of a hostile file may be megabytes long.
  const counts = { ',': 0, ';': 0, '\t': 0 };
  for (let i = start; i < end; i++) {
    const char = text[i]!;
    if (char === '"') {
      const close = text.indexOf('"', i + 1);
      if (close !== -1 && close < end) i = close;
    } else if (char === ',' || char === ';' || char === '\t') counts[char]++;
  }
  return ([';', '\t'] as const).reduce<',' | ';' | '\t'>(
    (best, d) => (counts[d] > counts[best] ? d : best),
    ',',
  );
}

export type CsvEncoding = 'utf-8' | 'utf-16' | 'euc-kr';

/** 'le' or 'be' for bytes that open with UTF-16's byte order mark, else null. */
function utf16Order(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  return null;
}

/**
 * Text of a CSV file from its bytes: UTF-16 after its byte order mark (Excel's "Unicode text"),
 * UTF-8 (with or without BOM), or else the Korean Windows encoding (CP949, a superset of
 * EUC-KR) that Excel uses on Korean systems.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const order = utf16Order(bytes);
  if (order) return { text: new TextDecoder(`utf-16${order}`).decode(bytes), encoding: 'utf-16' };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { text: new TextDecoder('euc-kr').decode(bytes), encoding: 'euc-kr' };
  }
}

/** How far into a file to look for the zero bytes that text never holds. */
const SNIFFED_BYTES = 64 * 1024;

/** Why a file holds no table to read: nothing at all, or no text (a picture, a workbook). */
export type CsvTextProblem = 'noData' | 'notText';

/** A file's text for reading as a table, or why it has none. */
export function csvTextOf(
  bytes: Uint8Array,
): { ok: true; text: string; encoding: CsvEncoding } | { ok: false; problem: CsvTextProblem } {
  // UTF-16 holds zero bytes in every Latin letter; anything else with one is not text, and is
  // refused before the whole of it is decoded.
  if (!utf16Order(bytes) && bytes.subarray(0, SNIFFED_BYTES).includes(0))
    return { ok: false, problem: 'notText' };
  const decoded = decodeCsvBytes(bytes);
  if (decoded.text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, problem: 'noData' };
  return { ok: true, ...decoded };
}
