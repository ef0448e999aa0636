import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../shared/exchange/csv';
import { MAX_CSV_ROWS } from '../../shared/exchange/csvImport';
import { MAX_CSV_CELL_LENGTH, MAX_CSV_COLUMNS, readCsvFile } from '../../shared/exchange/csvLimits';

const bytes = (text: string) => new TextEncoder().encode(text);
const line = (cells: number, prefix = 'c') =>
  Array.from({ length: cells }, (_, i) => `${prefix}${i}`).join(',');

describe('CSV caps', () => {
  it('refuses a line of 200,000 columns after reading only its start', () => {
    const wide = bytes(`${line(200_000)}\r\n${line(200_000, 'v')}\r\n`);
    expect(wide.length).toBeGreaterThan(2_000_000);
    const progress: number[] = [];
    const started = performance.now();
    const read = readCsvFile(wide, (fraction) => progress.push(fraction));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(read).toEqual({ ok: false, problem: 'tooManyColumns', row: 1 });
    // Parsing reports every 64K characters: stopping early means it never got that far.
    expect(Math.max(...progress)).toBeLessThanOrEqual(0.1);
  });

  it('takes exactly the column cap, and counts delimiters in quotes as text', () => {
    const header = line(MAX_CSV_COLUMNS);
    const quoted = `"a,b,c",${line(MAX_CSV_COLUMNS - 1)}`;
    const read = readCsvFile(bytes(`${header}\n${quoted}\n`));
    expect(read.ok && read.table.headers).toHaveLength(MAX_CSV_COLUMNS);
    expect(read.ok && read.table.rows[0]![0]).toBe('a,b,c');
    expect(readCsvFile(bytes(`${header}\n${line(MAX_CSV_COLUMNS + 1)}\n`))).toEqual({
      ok: false,
      problem: 'tooManyColumns',
      row: 2,
    });
  });

  it('refuses a cell longer than a field can hold, naming its row', () => {
    const fits = 'x'.repeat(MAX_CSV_CELL_LENGTH);
    expect(readCsvFile(bytes(`Name,Notes\nA,${fits}\n`)).ok).toBe(true);
    const long = `"${'y'.repeat(MAX_CSV_CELL_LENGTH + 1)}"`;
    const progress: number[] = [];
    const read = readCsvFile(
      bytes(`Name,Notes\n\nA,${long}${'z'.repeat(1_000_000)}\n`),
      (fraction) => progress.push(fraction),
    );
    expect(read).toEqual({ ok: false, problem: 'cellTooLong', row: 3 });
    expect(Math.max(...progress)).toBeLessThanOrEqual(0.1);
  });

  it('refuses a quote never closed, naming the row it opens in, rather than read the rest as one cell', () => {
    const text = 'Name,Nickname,Country\nTokyo,,Japan\n"Open quote city,x,Japan\nOsaka,,Japan\n';
    expect(readCsvFile(bytes(text))).toEqual({ ok: false, problem: 'unclosedQuote', row: 3 });
    // Closed, a quote may hold delimiters and line breaks, and text may follow it in its cell.
    const closed = readCsvFile(bytes('Name,Note\n"Ho Chi Minh\nCity","a, b"\n"Big" Apple,\n'));
    expect(closed.ok && closed.table.rows).toEqual([
      ['Ho Chi Minh\nCity', 'a, b'],
      ['Big Apple', ''],
    ]);
  });

  it('refuses more rows than the cap, not counting blank ones', () => {
    const rows = (count: number) =>
      Array.from({ length: count }, (_, i) => `city ${i},Japan`).join('\r\n');
    const atCap = readCsvFile(bytes(`Name,Country\r\n${rows(MAX_CSV_ROWS)}\r\n,\r\n\r\n`));
    expect(atCap.ok && atCap.table.rows).toHaveLength(MAX_CSV_ROWS);
    expect(readCsvFile(bytes(`Name,Country\r\n${rows(MAX_CSV_ROWS + 1)}\r\n`))).toEqual({
      ok: false,
      problem: 'tooManyRows',
      row: MAX_CSV_ROWS + 2,
    });
  });

  it('still reads ordinary files as before', () => {
    expect(readCsvFile(bytes('Name,Country\r\n'))).toEqual({ ok: false, problem: 'empty' });
    const read = readCsvFile(bytes('\uFEFFName;Country\r\n"Seoul; city";Korea\r\n'));
    expect(read).toEqual({
      ok: true,
      table: {
        encoding: 'utf-8',
        delimiter: ';',
        headers: ['Name', 'Country'],
        rows: [['Seoul; city', 'Korea']],
      },
    });
    expect(parseCsv('a,b\n\n  ,\n"x\ny",z', ',')).toEqual([
      ['a', 'b'],
      ['x\ny', 'z'],
    ]);
  });

  it('picks the delimiter from the header line alone, ignoring quoted text', () => {
    expect(detectDelimiter('"a;b;c",d,e\r\nx;y;z;w;v')).toBe(',');
    expect(detectDelimiter('\uFEFFa\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('a;b,c\t')).toBe(',');
    expect(detectDelimiter('a;b\tc;d\te')).toBe(';');
    expect(detectDelimiter('only')).toBe(',');
    expect(detectDelimiter(`${'x;'.repeat(100_000)}\n`)).toBe(';');
  });
});

describe('a file that is not a table', () => {
  it('is named for what it is: empty, or no text at all, such as a picture or a workbook', () => {
    expect(readCsvFile(new Uint8Array())).toEqual({ ok: false, problem: 'noData' });
    expect(readCsvFile(bytes('\uFEFF \r\n\r\n'))).toEqual({ ok: false, problem: 'noData' });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(readCsvFile(png)).toEqual({ ok: false, problem: 'notText' });
    const workbook = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]);
    expect(readCsvFile(workbook)).toEqual({ ok: false, problem: 'notText' });
    expect(readCsvFile(bytes('Name,Country\r\n'))).toEqual({ ok: false, problem: 'empty' });
  });

  it('reads a single row that names no column as a row of data, and one that does as empty', () => {
    const read = readCsvFile(bytes('타르투,Tartu,에스토니아\r\n'));
    expect(read).toEqual({
      ok: true,
      table: {
        encoding: 'utf-8',
        delimiter: ',',
        headerless: true,
        headers: ['', '', ''],
        rows: [['타르투', 'Tartu', '에스토니아']],
      },
    });
    for (const names of ['도시명,국가\r\n', 'Partner,Date,Kind\r\n', 'x,Budget\r\n'])
      expect(readCsvFile(bytes(names)), names).toEqual({ ok: false, problem: 'empty' });
  });

  it('reads a single row as data when only one of its cells happens to name a column', () => {
    const read = readCsvFile(bytes('타르투,Tartu,에스토니아,메모\r\n'));
    expect(read.ok && read.table).toMatchObject({
      headerless: true,
      rows: [['타르투', 'Tartu', '에스토니아', '메모']],
    });
  });

  it("reads Excel's Unicode text, UTF-16 after its byte order mark, Korean included", () => {
    const text = '\uFEFF이름\tCountry\r\n하노이\tVN\r\n';
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      utf16[2 * i] = text.charCodeAt(i) & 0xff;
      utf16[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const read = readCsvFile(utf16);
    expect(read.ok && read.table).toMatchObject({
      encoding: 'utf-16',
      delimiter: '\t',
      headers: ['이름', 'Country'],
      rows: [['하노이', 'VN']],
    });
  });
});
