import { z } from 'zod';
import {
  MAX_MONEY,
  MAX_TEXT_LENGTH,
  MAX_YEAR,
  MIN_YEAR,
  NODE_FIELDS,
  type FieldDef,
} from '../model/fields';
import {
  EDGE_KINDS,
  FUNDING_SOURCES,
  NODE_KINDS,
  STAGES,
  type NodeKind,
} from '../model/vocabulary';

const position = z.object({ x: z.number().finite(), y: z.number().finite() });
const id = z.string().min(1).max(200);
const text = z.string().max(MAX_TEXT_LENGTH);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const stage = z.enum(STAGES);

function fieldSchema(field: FieldDef): z.ZodType {
  switch (field.type) {
    case 'text':
    case 'longText':
      return text;
    case 'year':
      return z.number().int().min(MIN_YEAR).max(MAX_YEAR).nullable();
    case 'money':
      return z.number().min(0).max(MAX_MONEY).nullable();
    case 'percent':
      return z.number().min(0).max(100).nullable();
    case 'date':
      return z.union([z.literal(''), isoDate]);
    case 'select':
      return z.enum(field.options as [string, ...string[]]);
  }
}

/** A project's pipeline record: stage history, funding lines and checked gate items. */
const pipelineShape = {
  history: z
    .array(
      z.object({
        date: isoDate,
        from: stage.nullable(),
        to: stage,
        note: text,
        override: z
          .object({ reason: text, unmet: z.array(z.string().max(500)).max(100) })
          .optional(),
      }),
    )
    .max(1000),
  funding: z
    .array(
      z.object({
        id,
        source: z.enum(FUNDING_SOURCES.filter((s) => s !== '') as [string, ...string[]]),
        funder: z.string().max(500),
        amountKrw: z.number().min(0).max(MAX_MONEY).nullable(),
        sharePercent: z.number().min(0).max(100).nullable(),
      }),
    )
    .max(100),
  gateChecks: z.array(z.string().max(200)).max(500),
};

function dataSchema(kind: NodeKind) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of NODE_FIELDS[kind] as readonly FieldDef[])
    shape[field.key] = fieldSchema(field);
  return z.object(kind === 'project' ? { ...shape, ...pipelineShape } : shape);
}

export const nodeSchema = z.discriminatedUnion(
  'kind',
  NODE_KINDS.map((kind) =>
    z.object({ id, kind: z.literal(kind), position, data: dataSchema(kind) }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
);

export const edgeSchema = z.object({ id, kind: z.enum(EDGE_KINDS), source: id, target: id });

const gateItem = z.object({
  id: z.string().min(1).max(200),
  label: z.string().max(500),
  labelKo: z.string().max(500),
});

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
