import { z } from 'zod';
import {
  calendarDateSchema,
  FUNDING_LINE_FIELDS,
  fieldValueSchema,
  GATE_ITEM_FIELDS,
  MAX_LABEL_LENGTH,
  NODE_FIELDS,
  textSchema,
  type FieldDef,
} from '../model/fields';
import { EDGE_KINDS, NODE_KINDS, STAGES, type NodeKind } from '../model/vocabulary';
import type { FundingLine, GateItem, StageChange } from '../pipeline/types';
import { exchangeLogShape, goalMeasuresShape } from './activitySchema';

// Every value here is checked by the rule its field has in the inspector (model/fields.ts), so
// a file holds exactly what the app could have stored.

const position = z.object({ x: z.number().finite(), y: z.number().finite() });
const ID_LENGTH = 200;
const id = textSchema({ maxLength: ID_LENGTH }).min(1);
const stage = z.enum(STAGES);

function fieldsShape(fields: readonly FieldDef[]): Record<string, z.ZodType> {
  return Object.fromEntries(fields.map((field) => [field.key, fieldValueSchema(field)]));
}

const stageChange = z.object({
  date: calendarDateSchema,
  from: stage.nullable(),
  to: stage,
  note: textSchema({ multiline: true }),
  override: z
    .object({
      reason: textSchema({ multiline: true }),
      unmet: z.array(textSchema({ maxLength: MAX_LABEL_LENGTH })).max(100),
      unmetKo: z
        .array(textSchema({ maxLength: MAX_LABEL_LENGTH }))
        .max(100)
        .optional(),
    })
    .optional(),
}) satisfies z.ZodType<StageChange>;

const fundingLine = z.object({
  id,
  ...fieldsShape(FUNDING_LINE_FIELDS),
}) as unknown as z.ZodType<FundingLine>;

/** A project's pipeline record: stage history, funding lines and checked gate items. */
const pipelineShape = {
  history: z.array(stageChange).max(1000),
  funding: z.array(fundingLine).max(100),
  gateChecks: z.array(textSchema({ maxLength: ID_LENGTH })).max(500),
};

function dataSchema(kind: NodeKind) {
  const shape = fieldsShape(NODE_FIELDS[kind]);
  if (kind === 'project') return z.object({ ...shape, ...pipelineShape });
  if (kind === 'partnerCity' || kind === 'network')
    return z.object({ ...shape, ...exchangeLogShape });
  if (kind === 'goal') return z.object({ ...shape, ...goalMeasuresShape });
  return z.object(shape);
}

export const nodeSchema = z.discriminatedUnion(
  'kind',
  NODE_KINDS.map((kind) =>
    z.object({ id, kind: z.literal(kind), position, data: dataSchema(kind) }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
);

export const edgeSchema = z.object({ id, kind: z.enum(EDGE_KINDS), source: id, target: id });

const gateItem = z.object({
  id,
  label: fieldValueSchema(GATE_ITEM_FIELDS.label),
  labelKo: fieldValueSchema(GATE_ITEM_FIELDS.labelKo),
}) satisfies z.ZodType<GateItem>;

export const pipelineSettingsSchema = z.object({
  stalledAfterDays: z.number().int().min(1).max(10_000),
  gates: z.object({
    discovery: z.array(gateItem).max(50),
    consulting: z.array(gateItem).max(50),
    feasibility: z.array(gateItem).max(50),
    award: z.array(gateItem).max(50),
    feedback: z.array(gateItem).max(50),
  }),
});
