import { NODE_FIELDS, type FieldDef } from '../model/fields';
import type { StrategyGraph, StrategyNode } from '../model/graph';
import type { MessageKey, Translate } from '../i18n/translate';
import { toCsv } from './csv';

/** The node kinds that travel as spreadsheet tables. */
export const TABLE_KINDS = ['partnerCity', 'project'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export function tableFields(kind: TableKind): readonly FieldDef[] {
  return NODE_FIELDS[kind];
}

/** A cell as a person reads it: choices by their label in the UI language, empty for none. */
function cellOf(field: FieldDef, value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return '';
  return field.type === 'select' ? t(`option.${String(value)}` as MessageKey) : String(value);
}

/** One kind's nodes as a CSV table, headed by the field labels of the UI language. */
export function tableCsv(graph: StrategyGraph, kind: TableKind, t: Translate): string {
  const fields = tableFields(kind);
  const nodes = graph.nodes.filter((n): n is StrategyNode => n.kind === kind);
  return toCsv([
    fields.map((field) => t(`field.${field.key}` as MessageKey)),
    ...nodes.map((node) =>
      fields.map((field) => cellOf(field, (node.data as Record<string, unknown>)[field.key], t)),
    ),
  ]);
}
