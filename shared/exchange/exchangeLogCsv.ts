import { exchangesOf, isPartner } from '../activity/exchangeLog';
import type { Exchange } from '../activity/types';
import { exchangeLimitPassed, type ExchangeLimit } from '../format/activitySchema';
import { EXCHANGE_FIELDS, parseFieldInput } from '../model/fields';
import type { Language, StrategyGraph, StrategyNode } from '../model/graph';
import { nodeNames } from '../model/nodes';
import { partnerLabels, projectLabels } from '../activity/exchangeProjects';
import { translator, type MessageKey } from '../i18n/translate';
import { toCsv, unescapeFormula } from './csv';
import { cellInput, oneLineUnlessLong, type CsvTable, type RowProblem } from './csvImport';

/** The columns of an exchange log table, in order: whose log, then the exchange. */
export const EXCHANGE_LOG_COLUMNS = [
  'partner',
  ...EXCHANGE_FIELDS.map((f) => f.key),
  'followUp',
  'projectId',
] as const;
export type ExchangeLogColumn = (typeof EXCHANGE_LOG_COLUMNS)[number];

const normalise = (text: string) => text.toLowerCase().replace(/[\s_()\-./:·]+/g, '');

/** What a column may be called besides its label in either language. */
const ALIASES: Record<ExchangeLogColumn, string[]> = {
  partner: ['partner', 'city', 'network', 'partnercity', '도시', '교류도시', '도시명', '대상'],
  date: ['date', 'day', '날짜', '일자', '교류일', '일시'],
  kind: [
    'kind',
    'type',
    'exchangekind',
    'exchangetype',
    '종류',
    '유형',
    '구분',
    '형태',
    '교류종류',
    '교류유형',
    '교류구분',
    '교류형태',
  ],
  who: ['who', 'participants', 'delegation', '참여자', '인사', '참석자', '방문자'],
  topic: ['topic', 'subject', 'agenda', '주제', '내용', '의제'],
  followUp: ['followup', 'followuppromised', '후속조치', '후속', '후속조치약속'],
  projectId: ['project', 'projectname', '사업', '사업명', '후속사업'],
};

const labelsOf = (key: string) => {
  const messageKey = `field.${key}` as MessageKey;
  return [translator('en')(messageKey), translator('ko')(messageKey)];
};

export function guessExchangeMapping(headers: readonly string[]): (ExchangeLogColumn | null)[] {
  const taken = new Set<string>();
  return headers.map((header) => {
    const name = normalise(unescapeFormula(header));
    const match = EXCHANGE_LOG_COLUMNS.find(
      (key) => !taken.has(key) && [...labelsOf(key), ...ALIASES[key]].map(normalise).includes(name),
    );
    if (!match) return null;
    taken.add(match);
    return match;
  });
}

/** A table with a date and a partner column, and a kind or topic, is an exchange log. */
export function looksLikeExchangeLog(headers: readonly string[]): boolean {
  const found = new Set(guessExchangeMapping(headers));
  return found.has('partner') && found.has('date') && (found.has('kind') || found.has('topic'));
}

/** Every exchange of the strategy, one row each, with the UI language's labels. */
export function exchangeLogCsv(graph: StrategyGraph, language: Language): string {
  const t = translator(language);
  // Named so that no two read the same, and so that the table can be read back into the logs.
  const partners = partnerLabels(graph.nodes, language);
  const projects = projectLabels(graph.nodes, language);
  const rows = graph.nodes
    .filter(isPartner)
    .flatMap((partner) =>
      exchangesOf(partner).map((e) => [
        partners.get(partner.id) ?? '',
        e.date,
        t(`option.${e.kind}`),
        e.who,
        e.topic,
        e.followUp ? t('csvYes') : t('csvNo'),
        e.projectId ? (projects.get(e.projectId) ?? '') : '',
      ]),
    );
  return toCsv([EXCHANGE_LOG_COLUMNS.map((key) => t(`field.${key}` as MessageKey)), ...rows]);
}

export type ExchangeRowProblem =
  | RowProblem
  | { code: 'missingPartner' }
  | { code: 'unknownPartner'; name: string }
  /** A name more than one partner or project has: which is meant, the row does not say. */
  | { code: 'ambiguousName'; name: string; count: number }
  | { code: 'unknownProject'; name: string }
  | { code: 'missingDate' };

export interface ExchangeImportPlan {
  additions: { row: number; partnerId: string; exchange: Omit<Exchange, 'id'> }[];
  /** Rows already in the log: the same partner, day, kind and topic. */
  duplicates: number[];
  problems: { row: number; problems: ExchangeRowProblem[] }[];
  /** The file's limit a partner's log would pass with the additions: then none may be made. */
  limitPassed: ExchangeLimit | null;
  /** No column is read as the kind: every exchange added is recorded as "other". */
  kindUnmapped: boolean;
}

/** A promise of follow-up as sheets mark it. */
const YES = ['yes', 'y', 'true', '1', 'o', '○', '◯', '✓', '✔', '예', '네', '있음', '약속', '유'];
const NO = ['no', 'n', 'false', '0', '아니오', '아니요', '없음', '무'];
/**
 * An X ticks a promise in a column of ticks and blanks, as English forms do; in a column that
 * says yes otherwise (O, 예, yes), it is the no of a Korean sheet's O/X.
 */
const X_MARKS = ['x', '×', '✕', '✗'];

/**
 * The nodes a name in a row may mean, case and spacing aside. The labels the table is written
 * with (in either language) are asked first, as each names one node; then the names
 * themselves, which several may share.
 */
function byName(
  nodes: readonly StrategyNode[],
  labelsOf: (nodes: readonly StrategyNode[], language: Language) => Map<string, string>,
): (name: string) => string[] {
  const index = () => new Map<string, Set<string>>();
  const note = (found: Map<string, Set<string>>, name: string, id: string) => {
    if (!name.trim()) return;
    const key = normalise(name);
    const ids = found.get(key);
    if (ids) ids.add(id);
    else found.set(key, new Set([id]));
  };
  const labels = index();
  for (const language of ['en', 'ko'] as const)
    for (const [id, label] of labelsOf(nodes, language)) note(labels, label, id);
  const names = index();
  for (const node of nodes) {
    const { en, ko } = nodeNames(node);
    note(names, en, node.id);
    note(names, ko, node.id);
  }
  return (name) => {
    const key = normalise(name);
    const labelled = [...(labels.get(key) ?? [])];
    return labelled.length === 1
      ? labelled
      : [...new Set([...labelled, ...(names.get(key) ?? [])])];
  };
}

const sameExchange = (a: Omit<Exchange, 'id'>, b: Omit<Exchange, 'id'>) =>
  a.date === b.date && a.kind === b.kind && a.topic === b.topic;

/**
 * Turns spreadsheet rows into exchanges to add to partners' logs, and rows that cannot be read,
 * each with its reasons. Row numbers count the header as 1, as a spreadsheet shows them.
 */
export function planExchangeImport(
  table: CsvTable,
  mapping: readonly (ExchangeLogColumn | null)[],
  graph: StrategyGraph,
): ExchangeImportPlan {
  const partners = byName(graph.nodes.filter(isPartner), partnerLabels);
  const projects = byName(
    graph.nodes.filter((n) => n.kind === 'project'),
    projectLabels,
  );
  const logs = new Map(graph.nodes.filter(isPartner).map((n) => [n.id, [...exchangesOf(n)]]));
  const plan: ExchangeImportPlan = {
    additions: [],
    duplicates: [],
    problems: [],
    limitPassed: null,
    kindUnmapped: !mapping.includes('kind'),
  };
  const cellOf = (cells: readonly string[], key: ExchangeLogColumn) => {
    const column = mapping.indexOf(key);
    return column < 0 ? '' : unescapeFormula(cells[column] ?? '').trim();
  };
  const xSaysNo = table.rows.some((cells) => YES.includes(normalise(cellOf(cells, 'followUp'))));
  table.rows.forEach((cells, index) => {
    const row = index + 2;
    const cell = (key: ExchangeLogColumn) => cellOf(cells, key);
    const problems: ExchangeRowProblem[] = [];
    const partnerName = cell('partner');
    const partnerIds = partnerName ? partners(partnerName) : [];
    const partnerId = partnerIds.length === 1 ? partnerIds[0] : undefined;
    if (!partnerName) problems.push({ code: 'missingPartner' });
    else if (partnerIds.length > 1)
      problems.push({ code: 'ambiguousName', name: partnerName, count: partnerIds.length });
    else if (!partnerId) problems.push({ code: 'unknownPartner', name: partnerName });
    const exchange: Omit<Exchange, 'id'> = {
      kind: 'other',
      date: '',
      who: '',
      topic: '',
      followUp: false,
      projectId: '',
    };
    for (const field of EXCHANGE_FIELDS) {
      const raw = oneLineUnlessLong(field, cell(field.key));
      if (raw === '') continue;
      // A kind as the app labels it in either language, or by a word sheets use for it.
      const input = cellInput(field, raw, (problem) => problems.push(problem));
      if (input === null) continue;
      const parsed = parseFieldInput(field, input);
      if (parsed.ok) Object.assign(exchange, { [field.key]: parsed.value });
      else problems.push({ code: 'badValue', field: field.key, value: raw, error: parsed.error });
    }
    if (!cell('date')) problems.push({ code: 'missingDate' });
    const promised = normalise(cell('followUp'));
    if (YES.includes(promised) || (X_MARKS.includes(promised) && !xSaysNo))
      exchange.followUp = true;
    else if (promised !== '' && !NO.includes(promised) && !X_MARKS.includes(promised))
      problems.push({
        code: 'notAnOption',
        field: 'followUp',
        value: cell('followUp'),
        accepted: ['csvYes', 'csvNo'],
      });
    const project = cell('projectId');
    if (project) {
      const projectIds = projects(project);
      if (projectIds.length === 1) exchange.projectId = projectIds[0]!;
      else if (projectIds.length > 1)
        problems.push({ code: 'ambiguousName', name: project, count: projectIds.length });
      else problems.push({ code: 'unknownProject', name: project });
    }
    if (problems.length > 0 || !partnerId) return plan.problems.push({ row, problems });
    const log = logs.get(partnerId)!;
    if (log.some((e) => sameExchange(e, exchange))) return plan.duplicates.push(row);
    log.push({ ...exchange, id: '' });
    plan.additions.push({ row, partnerId, exchange });
  });
  plan.limitPassed =
    [...logs.values()].map((log) => exchangeLimitPassed(log.length)).find(Boolean) ?? null;
  return plan;
}
