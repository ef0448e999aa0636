import { countryLabel } from '../model/countries';
import { NODE_FIELDS, type FieldDef } from '../model/fields';
import type { Language, StrategyGraph, StrategyNode } from '../model/graph';
import { inLanguageOrder } from '../model/names';
import { translator, type MessageKey } from '../i18n/translate';
import { toCsv } from './csv';

/** The node kinds that travel as spreadsheet tables. */
export const TABLE_KINDS = ['partnerCity', 'project'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export function tableFields(kind: TableKind): readonly FieldDef[] {
  return NODE_FIELDS[kind];
}

/**
 * A cell as a person reads it: choices by their label and countries by their name in the UI
 * language, empty for none; import reads both back. Numbers stay numbers, so the spreadsheet
 * can sum them and only text is guarded as text.
 */
function cellOf(field: FieldDef, value: unknown, language: Language): string | number {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') return value;
  if (field.type === 'select') return translator(language)(`option.${String(value)}` as MessageKey);
  if (field.type === 'country') return countryLabel(String(value), language);
  return String(value);
}

/**
 * One kind's nodes as a CSV table, headed by the field labels of the UI language and with its
 * name columns in that language's order. Names are written as stored: an empty one stays empty.
 */
export function tableCsv(graph: StrategyGraph, kind: TableKind, language: Language): string {
  const t = translator(language);
  const fields = inLanguageOrder(tableFields(kind), language);
  const nodes = graph.nodes.filter((n): n is StrategyNode => n.kind === kind);
  return toCsv([
    fields.map((field) => t(`field.${field.key}` as MessageKey)),
    ...nodes.map((node) =>
      fields.map((field) =>
        cellOf(field, (node.data as Record<string, unknown>)[field.key], language),
      ),
    ),
  ]);
}
