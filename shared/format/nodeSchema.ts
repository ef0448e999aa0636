import { z } from 'zod';
import {
  MAX_MONEY,
  MAX_TEXT_LENGTH,
  MAX_YEAR,
  MIN_YEAR,
  NODE_FIELDS,
  type FieldDef,
} from '../model/fields';
import { EDGE_KINDS, NODE_KINDS, type NodeKind } from '../model/vocabulary';

function fieldSchema(field: FieldDef): z.ZodType {
  switch (field.type) {
    case 'text':
    case 'longText':
      return z.string().max(MAX_TEXT_LENGTH);
    case 'year':
      return z.number().int().min(MIN_YEAR).max(MAX_YEAR).nullable();
    case 'money':
      return z.number().min(0).max(MAX_MONEY).nullable();
    case 'date':
      return z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);
    case 'select':
      return z.enum(field.options as [string, ...string[]]);
  }
}

function dataSchema(kind: NodeKind) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of NODE_FIELDS[kind] as readonly FieldDef[])
    shape[field.key] = fieldSchema(field);
  return z.object(shape);
}

const position = z.object({ x: z.number().finite(), y: z.number().finite() });
const id = z.string().min(1).max(200);

export const nodeSchema = z.discriminatedUnion(
  'kind',
  NODE_KINDS.map((kind) =>
    z.object({ id, kind: z.literal(kind), position, data: dataSchema(kind) }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
);

export const edgeSchema = z.object({ id, kind: z.enum(EDGE_KINDS), source: id, target: id });
