import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  firstRowAsData,
  guessMapping,
  guessTableKind,
  nodesFromPlan,
  planImport,
  updatedByRow,
} from '../../shared/exchange/csvImport';
import { readCsvFile } from '../../shared/exchange/csvLimits';
import { MAX_NODES } from '../../shared/format/strategyFile';
import type { CsvTable } from '../../shared/exchange/csvImport';
import type { PartnerCityData } from '../../shared/model/fields';
import type { StrategyNode } from '../../shared/model/graph';
import { DEFAULT_GATES } from '../../shared/pipeline/gates';
import { node, withKoreanName } from './fixtures';

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
        problems: [
          {
            code: 'notAnOption',
            field: 'relation',
            value: '친구',
            accepted: [
              'option.sister',
              'option.friendship',
              'option.mou',
              'option.none',
              'option.unknown',
            ],
          },
        ],
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
      {
        row: 3,
        problems: [
          {
            code: 'notAnOption',
            field: 'stage',
            value: 'built',
            accepted: [
              'option.discovery',
              'option.consulting',
              'option.feasibility',
              'option.award',
              'option.feedback',
            ],
          },
        ],
      },
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

/** A partner city with its names in both languages and its country. */
const city = (id: string, name: string, nameKo: string, country: string) => {
  const made = withKoreanName(node('partnerCity', id, name), nameKo);
  return { ...made, data: { ...made.data, country } } as StrategyNode;
};

/** A node as the import leaves it once the user confirms with "update matching items". */
const afterUpdate = (entry: StrategyNode, patch: Record<string, unknown>) =>
  updatedByRow(entry, patch, { date: '2026-03-01', note: '', gates: DEFAULT_GATES })
    .data as PartnerCityData;

describe('a Korean city’s register of partner cities', () => {
  const register: CsvTable = {
    encoding: 'utf-8',
    delimiter: ',',
    headers: ['연번', '도시명', '국가', '관계', '체결일', '비고'],
    rows: [
      ['1', '하노이', '베트남', '자매도시', '1996.5.27', '교통 협력'],
      ['2', '후쿠오카', '일본', '우호협력', '2007년', '신규 교류'],
      ['3', '울란바토르', '몽골', '자매결연', '2010-11-15', ''],
      ['4', '리마', '페루', '업무협약', '2011년 3월 2일', ''],
    ],
  };
  const hanoi = city('c1', 'Hanoi', '하노이', 'VN');

  it('reads its city names as Korean names and its agreement days as years', () => {
    const mapping = guessMapping(register.headers, 'partnerCity', register.rows);
    expect(mapping).toEqual([null, 'nameKo', 'country', 'relation', 'since', 'notes']);
    const plan = planImport(register, 'partnerCity', mapping, { nodes: [hanoi], edges: [] });
    expect(plan.problems).toEqual([]);
    expect(plan.additions.map((a) => a.data)).toEqual([
      {
        nameKo: '후쿠오카',
        country: 'JP',
        relation: 'friendship',
        since: 2007,
        notes: '신규 교류',
      },
      { nameKo: '울란바토르', country: 'MN', relation: 'sister', since: 2010 },
      { nameKo: '리마', country: 'PE', relation: 'mou', since: 2011 },
    ]);
    const added = nodesFromPlan(plan, { nodes: [hanoi], edges: [] }, () => 'new', '2026-03-01');
    expect(
      added.map((n) => [(n.data as PartnerCityData).name, (n.data as PartnerCityData).nameKo]),
    ).toEqual([
      ['', '후쿠오카'],
      ['', '울란바토르'],
      ['', '리마'],
    ]);
  });

  it('matches 하노이 to the Hanoi already there and keeps its English name', () => {
    const mapping = guessMapping(register.headers, 'partnerCity', register.rows);
    const plan = planImport(register, 'partnerCity', mapping, { nodes: [hanoi], edges: [] });
    expect(plan.updates.map((u) => [u.row, u.id])).toEqual([[2, 'c1']]);
    expect(afterUpdate(hanoi, plan.updates[0]!.patch)).toMatchObject({
      name: 'Hanoi',
      nameKo: '하노이',
      relation: 'sister',
      since: 1996,
    });
  });

  it('never puts Korean text in place of an English name, even with its column chosen as English', () => {
    // A city imported before in Korean only, into its English name.
    const danang = city('c2', '다낭', '', 'VN');
    const graph = { nodes: [hanoi, danang], edges: [] };
    const sheet: CsvTable = {
      encoding: 'utf-8',
      delimiter: ',',
      headers: ['Name', 'Country'],
      rows: [
        ['하노이', 'VN'],
        ['다낭', 'VN'],
      ],
    };
    const plan = planImport(sheet, 'partnerCity', ['name', 'country'], graph);
    expect(plan.additions).toEqual([]);
    expect(plan.updates.map((u) => u.id)).toEqual(['c1', 'c2']);
    expect(afterUpdate(hanoi, plan.updates[0]!.patch)).toMatchObject({
      name: 'Hanoi',
      nameKo: '하노이',
    });
    // With no Korean name of its own, the city gets the row's as its Korean name.
    expect(afterUpdate(danang, plan.updates[1]!.patch)).toMatchObject({ nameKo: '다낭' });
  });

  it('tells a column of names by what it holds where its header does not say the language', () => {
    const guess = (headers: string[], rows: string[][]) =>
      guessMapping(headers, 'partnerCity', rows);
    expect(guess(['도시명', '국가'], [['Hanoi', 'Vietnam']])).toEqual(['name', 'country']);
    expect(guess(['City', 'Country'], [['하노이', 'VN']])).toEqual(['nameKo', 'country']);
    expect(
      guess(
        ['도시', 'City'],
        [
          ['Hanoi', '하노이'],
          ['Lima', '리마'],
        ],
      ),
    ).toEqual(['name', 'nameKo']);
    // A header that names the language is taken at its word, and first.
    expect(guess(['도시명', '영문명'], [['Hanoi', 'Hanoi']])).toEqual([null, 'name']);
    expect(guess(['한글명', '이름'], [['하노이', 'Hanoi']])).toEqual(['nameKo', 'name']);
    // With no rows to tell by, the header's own language.
    expect(guessMapping(['도시명'], 'partnerCity')).toEqual(['nameKo']);
    expect(guessMapping(['City'], 'partnerCity')).toEqual(['name']);
    expect(guessMapping(['사업명', 'Project'], 'project', [['지하철', 'Metro']])).toEqual([
      'titleKo',
      'title',
    ]);
  });

  it('takes the words registers use for a relation, and lists the choices for one it does not know', () => {
    const relations = [
      ['자매결연', 'sister'],
      ['자매도시', 'sister'],
      ['sister', 'sister'],
      ['Sister City', 'sister'],
      ['우호협력', 'friendship'],
      ['우호도시', 'friendship'],
      ['우호교류', 'friendship'],
      ['friendship', 'friendship'],
      ['MOU', 'mou'],
      ['양해각서', 'mou'],
      ['업무협약', 'mou'],
    ];
    const sheet: CsvTable = {
      encoding: 'utf-8',
      delimiter: ',',
      headers: ['도시명', '관계'],
      rows: [...relations.map(([word], i) => [`도시${i}`, word!]), ['하노이', 'xyz']],
    };
    const plan = planImport(sheet, 'partnerCity', ['nameKo', 'relation'], {
      nodes: [],
      edges: [],
    });
    expect(plan.additions.map((a) => a.data.relation)).toEqual(relations.map(([, code]) => code));
    expect(plan.problems).toEqual([
      {
        row: relations.length + 2,
        problems: [
          {
            code: 'notAnOption',
            field: 'relation',
            value: 'xyz',
            accepted: [
              'option.sister',
              'option.friendship',
              'option.mou',
              'option.none',
              'option.unknown',
            ],
          },
        ],
      },
    ]);
  });
});
