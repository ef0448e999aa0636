import { describe, expect, it } from 'vitest';
import { escapeFormula, parseCsv, toCsv, unescapeFormula } from '../../shared/exchange/csv';
import { guessMapping, planImport } from '../../shared/exchange/csvImport';
import { readCsvFile } from '../../shared/exchange/csvLimits';
import { tableCsv } from '../../shared/exchange/tables';
import type { StrategyNode } from '../../shared/model/graph';
import { node } from './fixtures';

const FORMULA_START = /^[=+\-@\t\r]/;

const TEXTS = [
  '=HYPERLINK("http://x","y")',
  '-5 Street',
  '+82 2 120',
  '@SUM(A1:A9)',
  '\tindented',
  '\rreturn',
  "'=already quoted",
  "''=twice",
  "'plain apostrophe",
  "'",
  "''",
  "'-",
  'ends with =',
  'Seoul',
  '',
];

describe('CSV formula guard', () => {
  it('never writes a text cell a spreadsheet would run, and reads every text back exactly', () => {
    for (const text of TEXTS) {
      const written = escapeFormula(text);
      expect(FORMULA_START.test(written), JSON.stringify(text)).toBe(false);
      expect(unescapeFormula(written), JSON.stringify(text)).toBe(text);
    }
    expect(escapeFormula('=1+1')).toBe("'=1+1");
    expect(escapeFormula("'=1+1")).toBe("''=1+1");
    expect(escapeFormula("'x")).toBe("'x");
    expect(unescapeFormula("'x")).toBe("'x");
  });

  it('guards text cells in toCsv and leaves numbers as numbers', () => {
    const text = toCsv([
      ['Name', 'Amount'],
      ['=cmd|"/c calc"!A1', -5],
      ['-5', 1.5],
    ]);
    expect(parseCsv(text, ',')).toEqual([
      ['Name', 'Amount'],
      ['\'=cmd|"/c calc"!A1', '-5'],
      ["'-5", '1.5'],
    ]);
  });

  it('round-trips names and notes that look like formulas through export and import', () => {
    const city = (id: string, data: Record<string, unknown>) => {
      const made = node('partnerCity', id);
      return { ...made, data: { ...made.data, ...data } } as StrategyNode;
    };
    const graph = {
      nodes: [
        city('c1', {
          name: '=HYPERLINK("http://x","y")',
          nameKo: "'=이미 따옴표",
          country: '-5 Street',
          since: 1968,
          notes: '\tnote starting with a tab\n@second line',
        }),
        city('c2', { name: "'Quoted", nameKo: '+82', country: '@home', notes: "''=x" }),
      ],
      edges: [],
    };
    const csv = tableCsv(graph, 'partnerCity', 'en');
    const rows = parseCsv(csv, ',');
    for (const cell of rows.flat()) expect(FORMULA_START.test(cell), cell).toBe(false);
    // The year is written as a number, not as guarded text.
    expect(rows[1]).toContain('1968');

    const read = readCsvFile(new TextEncoder().encode(csv));
    if (!read.ok) throw new Error(read.problem);
    const mapping = guessMapping(read.table.headers, 'partnerCity');
    const plan = planImport(read.table, 'partnerCity', mapping, { nodes: [], edges: [] });
    expect(plan.problems).toEqual([]);
    expect(plan.additions.map((a) => a.data)).toEqual([
      expect.objectContaining({
        name: '=HYPERLINK("http://x","y")',
        nameKo: "'=이미 따옴표",
        country: '-5 Street',
        since: 1968,
        notes: '\tnote starting with a tab\n@second line',
      }),
      expect.objectContaining({ name: "'Quoted", nameKo: '+82', country: '@home', notes: "''=x" }),
    ]);
  });
});
