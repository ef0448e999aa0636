import type { z } from 'zod';
import type { Names } from '../model/names';
import { edgeSchema, nodeSchema } from './nodeSchema';
import { issuePath, strategyMetaSchema } from './strategyFile';

// The database holds only what the app wrote, so a record failing the rules a file is held to
// was damaged outside the app: on the disk, or by another program. Read as it is, it can stop
// a view somewhere in its drawing; checked, it tells the user which record it is.

/** A stored record that breaks the rules of its kind. */
export interface DamagedRecord {
  record: 'strategy' | 'node' | 'edge';
  /** '' when the record has no id to read: it is not an object at all. */
  id: string;
  /** Its name, as far as one can still be read: a node's, or the nodes a relationship joins. */
  names: Names;
  /** Where in the record, as `data.status`; '' when the record is not an object at all. */
  field: string;
}

const SCHEMAS: Record<DamagedRecord['record'], z.ZodType> = {
  strategy: strategyMetaSchema,
  node: nodeSchema,
  edge: edgeSchema,
};

function textAt(record: unknown, key: string): string {
  const value = typeof record === 'object' && record !== null ? (record as never)[key] : undefined;
  return typeof value === 'string' ? value : '';
}

/** A stored strategy's or node's name, read without trusting its shape. */
export function storedNames(stored: unknown): Names {
  const data = (stored as { data?: unknown } | null)?.data ?? stored;
  return {
    en: textAt(data, 'name') || textAt(data, 'title'),
    ko: textAt(data, 'nameKo') || textAt(data, 'titleKo'),
  };
}

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
  const field = issuePath(checked.error.issues[0]!);
  if (record !== 'edge') return { record, id, names: storedNames(stored), field };
  const end = (key: 'source' | 'target', language: keyof Names) => {
    const nodeId = textAt(stored, key);
    return nodeId && (namesOf(nodeId)[language] || nodeId);
  };
  const joined = (language: keyof Names) => {
    const [source, target] = [end('source', language), end('target', language)];
    return source && target ? `${source} → ${target}` : '';
  };
  return { record, id, names: { en: joined('en'), ko: joined('ko') }, field };
}
