import type { FieldDef, FieldError } from '../model/fields';
import { crossFieldError, parseFieldInput } from '../model/fields';
import { graphLimitPassed, type GraphLimit } from '../format/strategyFile';
import type { Position, StrategyGraph, StrategyNode } from '../model/graph';
import { defaultNodeData } from '../model/nodes';
import { countryCodeOf } from '../model/countries';
import { regionOfCountry } from '../model/regions';
import { hasHangul } from '../places/hangul';
import { en as MESSAGE_KEYS } from '../i18n/en';
import { translator, type MessageKey } from '../i18n/translate';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/layoutByKind';
import { unmetGateItems } from '../pipeline/gates';
import { gateOverride, recordStageChange } from '../pipeline/history';
import type { Gates } from '../pipeline/types';
import type { Stage } from '../model/vocabulary';
import { unescapeFormula, type CsvEncoding, type CsvTextProblem } from './csv';
import { tableFields, type TableKind } from './tables';

export const MAX_CSV_ROWS = 20_000;

export interface CsvTable {
  encoding: CsvEncoding;
  delimiter: ',' | ';' | '\t';
  /** The first row's cells: the columns' names, or blank when the file has none. */
  headers: string[];
  rows: string[][];
  /** Whether the file starts with its data, not with columns' names. */
  headerless?: boolean;
}

/** The table read as a file with no columns' names: its first row is data like the others. */
export function firstRowAsData(table: CsvTable): CsvTable {
  if (table.headerless) return table;
  return {
    ...table,
    headerless: true,
    headers: table.headers.map(() => ''),
    rows: [table.headers, ...table.rows],
  };
}

/** The number a spreadsheet shows for a data row: the row of names, when there is one, is 1. */
export function sheetRowOf(table: CsvTable, index: number): number {
  return index + (table.headerless ? 1 : 2);
}

export type CsvProblem = CsvTextProblem | 'empty' | 'tooManyRows';

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s_()\-./:·]+/g, '')
    .replace(/krw|원/g, '');

/** What a column may be called: the field's key, its label in either language, and common names. */
const ALIASES: Record<string, string[]> = {
  name: ['englishname', 'nameenglish', '영문명', '영문이름', '영어이름', '영문도시명'],
  nameKo: ['koreanname', 'namekorean', '한글이름', '한글명', '국문명', '한글도시명', '국문도시명'],
  title: ['englishtitle', 'titleenglish', '영문사업명'],
  titleKo: ['koreantitle', 'titlekorean', '국문사업명', '한글사업명'],
  since: [
    'year',
    'yearofagreement',
    'agreementyear',
    'agreementdate',
    '연도',
    '체결연도',
    '체결년도',
    '체결일',
    '체결일자',
    '결연연도',
    '결연년도',
    '결연일',
    '결연일자',
    '협정체결일',
  ],
  relation: [
    'relationtype',
    'type',
    '관계',
    '유형',
    '관계유형',
    '교류관계',
    '결연유형',
    '교류유형',
  ],
  startYear: ['start', 'from', '시작', '시작연도'],
  endYear: ['end', 'to', '종료', '종료연도'],
  budgetKrw: ['budget', 'amount', '예산', '사업비'],
  notes: ['note', 'remarks', 'comment', '비고', '메모'],
  latitude: ['lat', '위도좌표'],
  longitude: ['lon', 'lng', 'long', '경도좌표'],
};

/**
 * The name fields of a table, English then Korean, and what a column of names may be called
 * without saying in which language: such a column fills whichever of the two its names are
 * written in. A Korean sheet's "도시명" holds 하노이, an English one's "City" holds Hanoi.
 */
const NAME_COLUMNS: Record<TableKind, { keys: [string, string]; headers: string[] }> = {
  partnerCity: {
    keys: ['name', 'nameKo'],
    headers: [
      'name',
      'city',
      'cityname',
      'partner',
      'partnercity',
      '이름',
      '명칭',
      '도시',
      '도시명',
      '도시이름',
      '교류도시',
      '교류도시명',
    ],
  },
  project: {
    keys: ['title', 'titleKo'],
    headers: ['title', 'project', 'projectname', '제목', '사업', '사업명', '과제명'],
  },
};

/** A text's English and Korean forms, or none when there is no such text. */
function inBothLanguages(key: string): string[] {
  return key in MESSAGE_KEYS
    ? [translator('en')(key as MessageKey), translator('ko')(key as MessageKey)]
    : [];
}

function aliasesOf(key: string): string[] {
  return [key, ...inBothLanguages(`field.${key}`), ...(ALIASES[key] ?? [])].map(normalise);
}

/**
 * The script a column's names are written in: Korean when most of its filled cells hold Hangul,
 * English when most hold none, and null when it holds nothing to tell by.
 */
function scriptOfColumn(rows: readonly (readonly string[])[], column: number): 'ko' | 'en' | null {
  let korean = 0;
  let other = 0;
  for (const row of rows) {
    const cell = (row[column] ?? '').trim();
    if (cell === '') continue;
    if (hasHangul(cell)) korean++;
    else other++;
  }
  if (korean === other) return null;
  return korean > other ? 'ko' : 'en';
}

/**
 * The field each column most likely holds, or null to leave the column out. A column whose name
 * says which field it is gets that field first; a column of names whose header does not say the
 * language then takes the name its rows are written in, or, with no rows to tell, the language
 * of its header.
 */
export function guessMapping(
  headers: readonly string[],
  kind: TableKind,
  rows: readonly (readonly string[])[] = [],
): (string | null)[] {
  const fields = tableFields(kind);
  const names = NAME_COLUMNS[kind];
  const nameHeaders = names.headers.map(normalise);
  const taken = new Set<string>();
  const normalised = headers.map((header) => normalise(unescapeFormula(header)));
  const mapping = normalised.map((name) => {
    if (nameHeaders.includes(name)) return null;
    const match = fields.find(
      (field) => !taken.has(field.key) && aliasesOf(field.key).includes(name),
    );
    if (!match) return null;
    taken.add(match.key);
    return match.key;
  });
  normalised.forEach((name, column) => {
    if (!nameHeaders.includes(name)) return;
    const script = scriptOfColumn(rows, column) ?? (hasHangul(name) ? 'ko' : 'en');
    // A second column of names in the same language is left for the user to choose.
    const key = names.keys[script === 'ko' ? 1 : 0];
    if (taken.has(key)) return;
    taken.add(key);
    mapping[column] = key;
  });
  return mapping;
}

/** Projects have titles and stages; anything else is taken as a list of partner cities. */
export function guessTableKind(headers: readonly string[]): TableKind {
  const projectScore = guessMapping(headers, 'project').filter(
    (key) => key && key !== 'country' && key !== 'notes',
  ).length;
  const cityScore = guessMapping(headers, 'partnerCity').filter(
    (key) => key && key !== 'country' && key !== 'notes',
  ).length;
  return projectScore > cityScore ? 'project' : 'partnerCity';
}

/**
 * Words sheets use for a choice besides its label, by field and choice: Korean cities' registers
 * say 자매결연 and 우호협력 as often as 자매도시 and 우호도시.
 */
const OPTION_SYNONYMS: Record<string, Record<string, string[]>> = {
  relation: {
    sister: [
      'sister',
      'twin',
      'twincity',
      'twintown',
      'twinning',
      '자매',
      '자매결연',
      '자매결연도시',
      '자매교류',
    ],
    friendship: [
      'friendship',
      'friendly',
      'friendlycity',
      '우호',
      '우호협력',
      '우호협력도시',
      '우호교류',
      '우호교류도시',
      '우호결연',
    ],
    mou: [
      'memorandumofunderstanding',
      '양해각서',
      '업무협약',
      '협약',
      '교류협약',
      '협력협약',
      'mou체결',
    ],
    none: ['해당없음'],
    unknown: ['미상', '모름'],
  },
  kind: {
    visitOut: ['출장', '해외출장'],
    visitIn: ['방한', '내방', '접견', '초청'],
    delegation: ['대표단'],
    agreementSigned: ['mou', 'mou체결', '협약체결', '협정체결', 'agreement'],
    renewal: ['갱신', '재협약'],
    forum: ['forum', 'conference', '포럼', '회의', '컨퍼런스', '국제회의'],
    policySharing: ['정책공유', '정책공유회'],
  },
};

/** A choice as a user may have typed it: its code, its label in English or Korean, or a synonym. */
export function resolveOption(
  field: Extract<FieldDef, { type: 'select' }>,
  raw: string,
): string | null {
  const wanted = normalise(raw);
  const synonyms = OPTION_SYNONYMS[field.key] ?? {};
  for (const option of field.options) {
    const labels = [option, ...inBothLanguages(`option.${option}`), ...(synonyms[option] ?? [])];
    if (labels.some((label) => normalise(label) === wanted)) return option;
  }
  return null;
}

/**
 * What a cell gives its field to be read as typed: the cell itself, or for a choice the code it
 * names by its label, code or a synonym. A choice it names none of is noted, and gives nothing.
 */
export function cellInput(
  field: FieldDef,
  cell: string,
  noteProblem: (problem: RowProblem) => void,
): string | null {
  if (field.type !== 'select') return cell;
  const option = resolveOption(field, cell.trim());
  if (option === null) noteProblem(notAnOption(field, cell.trim()));
  return option;
}

/** A cell no choice of its column was read from, with the labels of the choices there are. */
export function notAnOption(
  field: Extract<FieldDef, { type: 'select' }>,
  value: string,
): RowProblem {
  const accepted = field.options
    .filter((option) => option !== '')
    .map((option) => `option.${option}` as MessageKey);
  return { code: 'notAnOption', field: field.key, value, accepted };
}

export type RowProblem =
  | { code: 'missingName' }
  | { code: 'badValue'; field: string; value: string; error: FieldError }
  /** A cell that names none of its column's choices; `accepted` labels those it may name. */
  | { code: 'notAnOption'; field: string; value: string; accepted: readonly MessageKey[] };

export interface ImportPlan {
  kind: TableKind;
  additions: { row: number; data: Record<string, unknown> }[];
  updates: { row: number; id: string; patch: Record<string, unknown> }[];
  problems: { row: number; problems: RowProblem[] }[];
  /** Rows naming what an earlier row of the file adds: left out, and said so. */
  repeats: number[];
  /** No column is read as a name (a title, for projects): no row can be imported. */
  nameUnmapped: boolean;
  /** The file's limit the additions would take the strategy past: then none may be made. */
  limitPassed: GraphLimit | null;
}

/** A country compared by its code, so "Vietnam", "베트남" and VN are one; else by its text. */
const countryKey = (country: unknown) => {
  const text = String(country ?? '').trim();
  return countryCodeOf(text) ?? text.toLowerCase();
};

const identity = (name: unknown, country: unknown) =>
  `${String(name ?? '')
    .trim()
    .toLowerCase()}|${countryKey(country)}`;

/** An entry's English and Korean names, each with its country; null for a name not given. */
function namedAs(kind: TableKind, data: Record<string, unknown>): [string | null, string | null] {
  const [english, korean] = NAME_COLUMNS[kind].keys.map((key) => {
    const name = data[key];
    return typeof name === 'string' && name.trim() !== '' ? identity(name, data.country) : null;
  });
  return [english ?? null, korean ?? null];
}

/** An entry is known by its name, English or Korean, together with its country. */
function identitiesOf(kind: TableKind, data: Record<string, unknown>): string[] {
  return namedAs(kind, data).filter((name): name is string => name !== null);
}

/**
 * What a row changes of the entry it matched. A name in Hangul read as the English one (a Korean
 * sheet whose column of names was chosen as English) never replaces the entry's English name: it
 * becomes the entry's Korean name when neither the entry nor the row gives one, and is left out
 * otherwise, so that importing a Korean register cannot turn "Hanoi" into "하노이".
 */
function patchOf(
  kind: TableKind,
  values: Record<string, unknown>,
  entry: Record<string, unknown>,
): Record<string, unknown> {
  const [english, korean] = NAME_COLUMNS[kind].keys;
  const name = values[english];
  if (typeof name !== 'string' || !hasHangul(name)) return values;
  const patch = { ...values };
  delete patch[english];
  if (patch[korean] === undefined && !entry[korean]) patch[korean] = name;
  return patch;
}

/**
 * A row's year that would make a project end before it starts, as the inspector refuses it: the
 * row's years are checked against each other and, for a row updating a project, against the
 * project's own. A row giving no year leaves a project's years as they are, and is not checked.
 */
function yearOrderProblem(
  kind: TableKind,
  values: Record<string, unknown>,
  existing: Record<string, unknown> = {},
): RowProblem | null {
  const key = ['endYear', 'startYear'].find((year) => year in values);
  if (!key || !crossFieldError(kind, { ...existing, ...values }, key, values[key])) return null;
  return { code: 'badValue', field: key, value: String(values[key]), error: 'yearOrder' };
}

/**
 * Turns spreadsheet rows into nodes to add, existing nodes to update (same name and country)
 * and rows that cannot be imported, each with its reasons. Rows are numbered as a spreadsheet
 * shows them.
 */
export function planImport(
  table: CsvTable,
  kind: TableKind,
  mapping: readonly (string | null)[],
  graph: StrategyGraph,
): ImportPlan {
  const fields = tableFields(kind);
  const nameKeys: readonly string[] = NAME_COLUMNS[kind].keys;
  const byEnglish = new Map<string, StrategyNode>();
  const byKorean = new Map<string, StrategyNode>();
  for (const node of graph.nodes) {
    if (node.kind !== kind) continue;
    const [english, korean] = namedAs(kind, node.data as Record<string, unknown>);
    if (english) byEnglish.set(english, node);
    if (korean) byKorean.set(korean, node);
  }
  // A row's name matches an entry's in the same language first; then in the other, so that a
  // row naming a city in the wrong column still finds it rather than adds it twice.
  const matchOf = ([english, korean]: [string | null, string | null]) =>
    (english && byEnglish.get(english)) ||
    (korean && byKorean.get(korean)) ||
    (english && byKorean.get(english)) ||
    (korean && byEnglish.get(korean)) ||
    undefined;
  const plan: ImportPlan = {
    kind,
    additions: [],
    updates: [],
    problems: [],
    repeats: [],
    nameUnmapped: !mapping.some((key) => key !== null && nameKeys.includes(key)),
    limitPassed: null,
  };
  const seen = new Set<string>();
  table.rows.forEach((cells, index) => {
    const row = sheetRowOf(table, index);
    const values: Record<string, unknown> = {};
    const problems: RowProblem[] = [];
    mapping.forEach((key, column) => {
      const field = fields.find((f) => f.key === key);
      // Whitespace is the field's to keep or trim, as when typed: long texts keep theirs.
      const cell = oneLineUnlessLong(field, unescapeFormula(cells[column] ?? ''));
      const raw = cell.trim();
      if (!field || raw === '') return;
      // Choices may be given by label; the code they name is then checked like a typed value.
      const input = cellInput(field, cell, (problem) => problems.push(problem));
      if (input === null) return;
      // A country not recognised is kept as written, as countries from before codes are.
      const asText = field.type === 'country' && countryCodeOf(raw) === null;
      const parsed = parseFieldInput(asText ? { key: field.key, type: 'text' } : field, input);
      if (parsed.ok) values[field.key] = parsed.value;
      else problems.push({ code: 'badValue', field: field.key, value: raw, error: parsed.error });
    });
    // A name in either language will do.
    if (nameKeys.every((key) => !values[key])) problems.unshift({ code: 'missingName' });
    const keys = identitiesOf(kind, values);
    const match = matchOf(namedAs(kind, values));
    const yearOrder = yearOrderProblem(kind, values, match?.data as Record<string, unknown>);
    if (yearOrder) problems.push(yearOrder);
    if (problems.length > 0) return plan.problems.push({ row, problems });
    if (keys.some((key) => seen.has(key))) plan.repeats.push(row);
    else if (match)
      plan.updates.push({
        row,
        id: match.id,
        patch: patchOf(kind, values, match.data as Record<string, unknown>),
      });
    else plan.additions.push({ row, data: values });
    for (const key of keys) seen.add(key);
  });
  plan.limitPassed = graphLimitPassed(graph, { nodes: plan.additions.length, edges: 0 });
  return plan;
}

/**
 * A cell's line breaks (Alt+Enter in Excel) as spaces, in a field of one line: a name that a
 * spreadsheet wrapped is still the name, where a form's field could never have held the break.
 */
export function oneLineUnlessLong(field: { type: string } | undefined, cell: string): string {
  return field?.type === 'longText' ? cell : cell.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
}

/** Nodes for the rows to add, laid out in rows below everything already on the canvas. */
export function nodesFromPlan(
  plan: ImportPlan,
  graph: StrategyGraph,
  newId: () => string,
  today: string,
): StrategyNode[] {
  const bottom = graph.nodes.reduce((max, n) => Math.max(max, n.position.y), -NODE_HEIGHT);
  const left = graph.nodes.reduce(
    (min, n) => Math.min(min, n.position.x),
    Number.POSITIVE_INFINITY,
  );
  const origin: Position = { x: Number.isFinite(left) ? left : 0, y: bottom + NODE_HEIGHT + 96 };
  return plan.additions.map(({ data }, i) => {
    const base = defaultNodeData(plan.kind) as Record<string, unknown>;
    const merged: Record<string, unknown> = { ...base, nameKo: '', titleKo: '', ...data };
    if (plan.kind === 'partnerCity') {
      delete merged.titleKo;
      if (!data.region) merged.region = regionOfCountry(String(merged.country ?? ''));
    } else {
      delete merged.nameKo;
      merged.history = [{ date: today, from: null, to: merged.stage, note: '' }];
    }
    const position = {
      x: origin.x + (i % 8) * (NODE_WIDTH + 32),
      y: origin.y + Math.floor(i / 8) * (NODE_HEIGHT + 28),
    };
    return { id: newId(), kind: plan.kind, position, data: merged } as StrategyNode;
  });
}

/**
 * A node as a row updating it leaves it. A project's new stage is a move, recorded in its history
 * as a move on the board is, with the gate items it passed unchecked: the days in its stage, the
 * stalled flag and the pipeline's analyses are read from that history.
 */
export function updatedByRow(
  node: StrategyNode,
  patch: Record<string, unknown>,
  move: { date: string; note: string; gates: Gates },
): StrategyNode {
  const data = { ...node.data, ...patch };
  if (node.kind !== 'project' || patch.stage === undefined || patch.stage === node.data.stage)
    return { ...node, data } as StrategyNode;
  const to = patch.stage as Stage;
  const unmet = unmetGateItems(node.data.stage, to, node.data.gateChecks, move.gates);
  const moved = recordStageChange({ ...node.data, ...patch, stage: node.data.stage }, to, {
    date: move.date,
    note: move.note,
    ...(unmet.length > 0 ? { override: gateOverride(move.note, unmet) } : {}),
  });
  return { ...node, data: moved };
}
