import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  firstRowAsData,
  guessMapping,
  guessTableKind,
  nodesFromPlan,
  planImport,
} from '../../shared/exchange/csvImport';
import { readCsvFile } from '../../shared/exchange/csvLimits';
import { MAX_NODES } from '../../shared/format/strategyFile';
import type { CsvTable } from '../../shared/exchange/csvImport';
import { node } from './fixtures';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(__dirname, '..', 'fixtures', name)));
const table = (name: string) => {
  const read = readCsvFile(fixture(name));
  if (!read.ok) throw new Error(read.problem);
  return read.table;
};
const empty = { nodes: [], edges: [] };

describe('CSV import', () => {
  it('maps Korean headers of a CP949 file and explains every row it cannot take', () => {
    const cities = table('partner-cities-cp949.csv');
    expect(guessTableKind(cities.headers)).toBe('partnerCity');
    const mapping = guessMapping(cities.headers, 'partnerCity');
    // A Korean sheet's plain "이름" holds Korean names.
    expect(mapping).toEqual(['nameKo', 'country', 'relation', 'since', 'notes']);
    const plan = planImport(cities, 'partnerCity', mapping, empty);
    expect(plan.additions).toEqual([
      {
        row: 2,
        data: {
          nameKo: '하노이',
          country: 'VN',
          relation: 'sister',
          since: 1996,
          notes: '교통 협력',
        },
      },
      {
        row: 3,
        data: {
          nameKo: '후쿠오카',
          country: 'JP',
          relation: 'friendship',
          since: 2007,
          notes: '신규 교류',
        },
      },
    ]);
    expect(plan.problems).toEqual([
      { row: 4, problems: [{ code: 'missingName' }] },
      {
        row: 5,
        problems: [{ code: 'badValue', field: 'relation', value: '친구', error: 'option' }],
      },
      { row: 6, problems: [{ code: 'badValue', field: 'since', value: '19x5', error: 'year' }] },
    ]);
  });

  it('reads a semicolon file with English labels and a project list with codes', () => {
    const cities = table('partner-cities-utf8-bom.csv');
    const plan = planImport(
      cities,
      'partnerCity',
      guessMapping(cities.headers, 'partnerCity'),
      empty,
    );
    expect(plan.additions.map((a) => a.data)).toEqual([
      {
        name: 'Hanoi',
        nameKo: '하노이',
        country: 'VN',
        relation: 'sister',
        since: 1996,
        notes: 'Transport; water',
      },
      { name: 'Lima', nameKo: '리마', country: 'PE', relation: 'friendship', since: 2010 },
    ]);
    const projects = table('projects-utf8.csv');
    expect(guessTableKind(projects.headers)).toBe('project');
    const projectPlan = planImport(
      projects,
      'project',
      guessMapping(projects.headers, 'project'),
      empty,
    );
    expect(projectPlan.additions[0]!.data).toMatchObject({
      title: 'Smart bus stops',
      stage: 'consulting',
      budgetKrw: 120000000,
      startYear: 2024,
    });
    expect(projectPlan.problems).toEqual([
      { row: 3, problems: [{ code: 'badValue', field: 'stage', value: 'built', error: 'option' }] },
    ]);
  });

  it('reads a name a spreadsheet wrapped over lines as one line, and keeps a note’s lines', () => {
    const wrapped: CsvTable = {
      encoding: 'utf-8',
      delimiter: ',',
      headers: ['Name', 'Notes'],
      rows: [['Ho Chi Minh \nCity', 'Met in 2018.\r\nMet again in 2019.']],
    };
    const plan = planImport(wrapped, 'partnerCity', ['name', 'notes'], empty);
    expect(plan.problems).toEqual([]);
    expect(plan.additions.map((a) => a.data)).toEqual([
      { name: 'Ho Chi Minh City', notes: 'Met in 2018.\r\nMet again in 2019.' },
    ]);
  });

  it('names the rows that repeat an earlier row of the file, which it leaves out', () => {
    const twice: CsvTable = {
      encoding: 'utf-8',
      delimiter: ',',
      headers: ['Name', 'Country'],
      rows: [
        ['Hanoi', 'VN'],
        ['Hanoi', 'Vietnam'],
        ['Hue', 'VN'],
        ['hanoi', 'VN'],
      ],
    };
    const plan = planImport(twice, 'partnerCity', ['name', 'country'], empty);
    expect(plan.additions.map((a) => a.row)).toEqual([2, 4]);
    expect(plan.repeats).toEqual([3, 5]);
    // Also when the row it repeats updates an entry already there: one update, not two.
    const hanoi = { ...node('partnerCity', 'c1', 'Hanoi') };
    (hanoi.data as { country: string }).country = 'VN';
    const known = planImport(twice, 'partnerCity', ['name', 'country'], {
      nodes: [hanoi],
      edges: [],
    });
    expect(known.updates.map((u) => u.row)).toEqual([2]);
    expect(known.repeats).toEqual([3, 5]);
  });

  it('matches a Korean name to an entry known by its English name', () => {
    const cities = table('partner-cities-cp949.csv');
    const hanoi = {
      ...node('partnerCity', 'c1', 'Hanoi'),
      data: { ...node('partnerCity', 'c1', 'Hanoi').data, nameKo: '하노이', country: 'VN' },
    } as ReturnType<typeof node>;
    const plan = planImport(cities, 'partnerCity', guessMapping(cities.headers, 'partnerCity'), {
      nodes: [hanoi],
      edges: [],
    });
    expect(plan.updates).toEqual([
      { row: 2, id: 'c1', patch: expect.objectContaining({ relation: 'sister', since: 1996 }) },
    ]);
    expect(plan.additions.map((a) => a.data.nameKo)).toEqual(['후쿠오카']);
  });

  it('matches rows to existing entries by name and country instead of adding them twice', () => {
    const cities = table('partner-cities-utf8-bom.csv');
    const hanoi = {
      ...node('partnerCity', 'c1', 'Hanoi'),
      data: { ...node('partnerCity', 'c1', 'Hanoi').data, country: 'vietnam' },
    } as ReturnType<typeof node>;
    const plan = planImport(cities, 'partnerCity', guessMapping(cities.headers, 'partnerCity'), {
      nodes: [hanoi],
      edges: [],
    });
    expect(plan.updates.map((u) => u.id)).toEqual(['c1']);
    expect(plan.additions.map((a) => a.data.name)).toEqual(['Lima']);
  });

  it('makes complete nodes below the existing ones, with region and history filled in', () => {
    const cities = table('partner-cities-utf8-bom.csv');
    const plan = planImport(
      cities,
      'partnerCity',
      guessMapping(cities.headers, 'partnerCity'),
      empty,
    );
    let n = 0;
    const nodes = nodesFromPlan(
      plan,
      { nodes: [node('goal', 'g', 'G', 0, 500)], edges: [] },
      () => `new-${++n}`,
      '2026-03-01',
    );
    expect(nodes[1]).toMatchObject({
      id: 'new-2',
      kind: 'partnerCity',
      // What the sheet does not say stays unset rather than take a made-up default.
      data: { name: 'Lima', nameKo: '리마', region: 'latinAmerica', status: '', country: 'PE' },
    });
    expect(nodes[0]!.position.y).toBeGreaterThan(500);
  });

  it('takes countries by Korean or English name or code, and rows named in one language only', () => {
    const sheet: CsvTable = {
      encoding: 'utf-8',
      delimiter: ',',
      headers: ['이름', 'Name', '국가'],
      rows: [
        ['오사카', '', '일본'],
        ['', 'Hue', 'vn'],
        ['', 'Tashkent', 'Uzbekistan'],
        ['', 'Gotham', 'Atlantis'],
        ['', '', 'Japan'],
      ],
    };
    const plan = planImport(
      sheet,
      'partnerCity',
      guessMapping(sheet.headers, 'partnerCity'),
      empty,
    );
    expect(plan.additions.map((a) => a.data)).toEqual([
      { nameKo: '오사카', country: 'JP' },
      { name: 'Hue', country: 'VN' },
      { name: 'Tashkent', country: 'UZ' },
      // A country not recognised is kept as written, as older strategies keep theirs.
      { name: 'Gotham', country: 'Atlantis' },
    ]);
    expect(plan.problems).toEqual([{ row: 6, problems: [{ code: 'missingName' }] }]);
    const nodes = nodesFromPlan(plan, empty, () => 'id', '2026-03-01');
    expect(nodes.map((n) => (n.data as { region: string }).region)).toEqual([
      'eastAsia',
      'southeastAsia',
      'centralAsia',
      '',
    ]);
  });

  it('refuses a file with no rows', () => {
    expect(readCsvFile(new TextEncoder().encode('Name,Country\r\n'))).toEqual({
      ok: false,
      problem: 'empty',
    });
  });

  it('says when no column is read as a name, and reads a file without column names whole', () => {
    const noNames: CsvTable = {
      encoding: 'utf-8',
      delimiter: ',',
      headers: ['Tartu', 'Estonia'],
      rows: [
        ['Cusco', 'Peru'],
        ['Kumasi', 'Ghana'],
      ],
    };
    const guessed = guessMapping(noNames.headers, 'partnerCity');
    expect(guessed).toEqual([null, null]);
    const unmapped = planImport(noNames, 'partnerCity', guessed, empty);
    expect(unmapped.nameUnmapped).toBe(true);
    expect(unmapped.problems.map((p) => p.row)).toEqual([2, 3]);

    const whole = firstRowAsData(noNames);
    expect(firstRowAsData(whole)).toBe(whole);
    const plan = planImport(whole, 'partnerCity', ['name', 'country'], empty);
    expect(plan.nameUnmapped).toBe(false);
    // Numbered as the spreadsheet shows them: the first row of data is row 1.
    expect(plan.additions.map((a) => [a.row, a.data.name])).toEqual([
      [1, 'Tartu'],
      [2, 'Cusco'],
      [3, 'Kumasi'],
    ]);
    expect(planImport(whole, 'partnerCity', ['nameKo', null], empty).nameUnmapped).toBe(false);
  });

  it('plans no addition that would take a strategy past the cards a file holds', () => {
    const existing = Array.from({ length: MAX_NODES - 2 }, (_, i) => node('goal', `g${i}`));
    const graph = { nodes: [...existing, node('partnerCity', 'hanoi', 'Hanoi')], edges: [] };
    const cities = (...names: string[]): CsvTable => ({
      encoding: 'utf-8',
      delimiter: ',',
      headers: ['Name'],
      rows: names.map((name) => [name]),
    });
    // Up to the limit, and updating what is there, fits.
    expect(planImport(cities('Hanoi', 'Cusco'), 'partnerCity', ['name'], graph).limitPassed).toBe(
      null,
    );
    const over = planImport(cities('Cusco', 'Tartu'), 'partnerCity', ['name'], graph);
    expect(over.limitPassed).toEqual({ limit: 'nodes', maximum: MAX_NODES });
  });
});
