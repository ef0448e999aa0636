import type { z } from 'zod';
import type { GraphChange, GraphLookup } from '../model/change';
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
  return damageAdded(record, undefined, stored, namesOf);
}

/** Where in a record each of its faults is, as `data.status`. */
function faultPaths(record: DamagedRecord['record'], stored: unknown): Set<string> {
  const checked = SCHEMAS[record].safeParse(stored);
  return new Set(checked.success ? [] : checked.error.issues.map((issue) => pathText(issue.path)));
}

/**
 * What an edit makes damaged in a record: its first fault that the record as it was did not
 * have, or null. A record opened with a fault (written by an older app, or outside it) can
 * still be edited elsewhere, and the fault corrected.
 */
function damageAdded(
  record: DamagedRecord['record'],
  before: unknown,
  after: unknown,
  namesOf: (nodeId: string) => Names,
): DamagedRecord | null {
  const checked = SCHEMAS[record].safeParse(after);
  if (checked.success) return null;
  const known = before === undefined ? new Set<string>() : faultPaths(record, before);
  const added = checked.error.issues.find((issue) => !known.has(pathText(issue.path)));
  if (!added) return null;
  const id = textAt(after, 'id');
  const field = pathText(added.path);
  if (record !== 'edge') return { record, id, names: storedNames(after), field };
  return { record, id, names: edgeNames(after, namesOf), field };
}

/**
 * The first record an edit would write damaged that was not, or null: what the database would
 * then hold as damaged, and refuse to export or copy. A node only moved, or an edge whose kind
 * and ends stay, is not checked again: a drag of thousands of cards costs no check.
 */
export function damageInEdit(
  change: GraphChange,
  before: GraphLookup,
  meta: { before: unknown; after: unknown } | undefined,
  namesOf: (nodeId: string) => Names,
): DamagedRecord | null {
  for (const node of change.putNodes) {
    const was = before.node(node.id);
    if (was && was.kind === node.kind && was.data === node.data) continue;
    const damage = damageAdded('node', was, node, namesOf);
    if (damage) return damage;
  }
  for (const edge of change.putEdges) {
    const was = before.edge(edge.id);
    if (was && was.kind === edge.kind && was.source === edge.source && was.target === edge.target)
      continue;
    const damage = damageAdded('edge', was, edge, namesOf);
    if (damage) return damage;
  }
  return meta ? damageAdded('strategy', meta.before, meta.after, namesOf) : null;
}
