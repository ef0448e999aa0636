import type { z } from 'zod';
import type { GraphChange } from '../model/change';
import type { Names } from '../model/names';
import { edgeSchema, nodeSchema } from './nodeSchema';
import { edgeNames, pathText, storedNames, textAt, type DamagedRecord } from './recordPlace';
import { strategyMetaSchema } from './strategyFile';

// The database holds only what the app wrote, so a record failing the rules a file is held to
// was damaged outside the app: on the disk, or by another program. Read as it is, it can stop
// a view somewhere in its drawing; checked, it tells the user which record it is.

const SCHEMAS: Record<DamagedRecord['record'], z.ZodType> = {
  strategy: strategyMetaSchema,
  node: nodeSchema,
  edge: edgeSchema,
};

/**
 * What is damaged in a stored strategy, node or edge; null when it is as the app writes it.
 * `namesOf` finds the names of the nodes an edge joins.
 */
export function damageOf(
  record: DamagedRecord['record'],
  stored: unknown,
  namesOf: (nodeId: string) => Names = () => ({ en: '', ko: '' }),
): DamagedRecord | null {
  const checked = SCHEMAS[record].safeParse(stored);
  if (checked.success) return null;
  const id = textAt(stored, 'id');
  const field = pathText(checked.error.issues[0]!.path);
  if (record !== 'edge') return { record, id, names: storedNames(stored), field };
  return { record, id, names: edgeNames(stored, namesOf), field };
}

/**
 * The first record an edit would write that the app could not read back, or null: what the
 * database would then hold as damaged, and refuse to export or copy.
 */
export function damageInEdit(
  change: GraphChange,
  meta: unknown,
  namesOf: (nodeId: string) => Names,
): DamagedRecord | null {
  for (const node of change.putNodes) {
    const damage = damageOf('node', node);
    if (damage) return damage;
  }
  for (const edge of change.putEdges) {
    const damage = damageOf('edge', edge, namesOf);
    if (damage) return damage;
  }
  return meta === undefined ? null : damageOf('strategy', meta);
}
