import type { Names } from '../model/names';

/**
 * Which record of a strategy a problem is in, and where in it: named as far as the record can
 * still be read, so the user is told "the node “Taipei”, field “Name”" rather than a path.
 */
export interface DamagedRecord {
  record: 'strategy' | 'node' | 'edge';
  /** '' when the record has no id to read: it is not an object at all. */
  id: string;
  /** Its name, as far as one can still be read: a node's, or the nodes a relationship joins. */
  names: Names;
  /** Where in the record, as `data.status`; '' when the record is not an object at all. */
  field: string;
}

export function textAt(record: unknown, key: string): string {
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

/** A relationship's name: the names of the nodes it joins, `namesOf` finding them by id. */
export function edgeNames(stored: unknown, namesOf: (nodeId: string) => Names): Names {
  const end = (key: 'source' | 'target', language: keyof Names) => {
    const nodeId = textAt(stored, key);
    return nodeId && (namesOf(nodeId)[language] || nodeId);
  };
  const joined = (language: keyof Names) => {
    const [source, target] = [end('source', language), end('target', language)];
    return source && target ? `${source} → ${target}` : '';
  };
  return { en: joined('en'), ko: joined('ko') };
}

/** A path into a value as `data.funding[0].funder`. */
export function pathText(path: readonly PropertyKey[]): string {
  const text = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return text.replace(/^\./, '');
}

/**
 * The record a path into a strategy (`nodes[3].data.title`, `edges[0].source`, `title`) points
 * into, read from `strategy` as it is, trusting nothing of its shape.
 */
export function recordAt(strategy: unknown, path: readonly PropertyKey[]): DamagedRecord {
  const [list, index, ...rest] = path;
  const items = (strategy as Record<string, unknown> | null)?.[String(list)];
  if ((list === 'nodes' || list === 'edges') && typeof index === 'number' && Array.isArray(items)) {
    const stored: unknown = items[index];
    const names =
      list === 'nodes'
        ? storedNames(stored)
        : edgeNames(stored, (nodeId) => {
            const nodes = (strategy as { nodes?: unknown }).nodes;
            const node = Array.isArray(nodes)
              ? nodes.find((n: unknown) => textAt(n, 'id') === nodeId)
              : undefined;
            return storedNames(node);
          });
    return {
      record: list === 'nodes' ? 'node' : 'edge',
      id: textAt(stored, 'id'),
      names,
      field: pathText(rest),
    };
  }
  return { record: 'strategy', id: '', names: storedNames(strategy), field: pathText(path) };
}
