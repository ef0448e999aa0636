import type { StrategyNode } from '../../shared/model/graph';
import type { NodeKind } from '../../shared/model/vocabulary';

/**
 * How a strategy's nodes and edges are stored: in a fixed number of bucket records per
 * strategy, each record holding the nodes (or edges) whose id hashes to it. IndexedDB costs
 * per record far more than per byte (each record is copied and sent to the storage process on
 * its own), so a 50,000-node strategy kept in a few hundred records is written and read in a
 * fraction of the time one record per node and edge takes, while an edit rewrites one bucket.
 *
 * The count and the hash decide where every stored record is looked for: changing either
 * needs a schema version that moves the records.
 */
export const BUCKET_COUNT = 128;

export interface BucketRecord<T> {
  strategyId: string;
  bucket: number;
  records: T[];
}

/** A strategy's number of nodes per kind, kept beside its buckets for the library. */
export interface NodeCountsRecord {
  strategyId: string;
  counts: Partial<Record<NodeKind, number>>;
}

/** FNV-1a over the id's UTF-16 code units: the same bucket on every machine and version. */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % BUCKET_COUNT;
}

/**
 * Groups records into their buckets a part at a time, so that a list of tens of thousands can be
 * grouped over several tasks; the records keep their order within each bucket.
 */
export function createBucketGrouping<T extends { id: string }>() {
  const grouped = new Map<number, T[]>();
  return {
    add(records: readonly T[]) {
      for (const record of records) {
        const bucket = bucketOf(record.id);
        const members = grouped.get(bucket);
        if (members) members.push(record);
        else grouped.set(bucket, [record]);
      }
    },
    /** The buckets of the records added so far; empty buckets get no record. */
    buckets(strategyId: string): BucketRecord<T>[] {
      return [...grouped]
        .sort(([a], [b]) => a - b)
        .map(([bucket, members]) => ({ strategyId, bucket, records: members }));
    },
  };
}

/** A strategy's records grouped into their buckets; empty buckets get no record. */
export function toBuckets<T extends { id: string }>(
  strategyId: string,
  records: readonly T[],
): BucketRecord<T>[] {
  const grouping = createBucketGrouping<T>();
  grouping.add(records);
  return grouping.buckets(strategyId);
}

/** The buckets that hold, or will hold, records with these ids. */
export function bucketsOf(ids: Iterable<string>): number[] {
  return [...new Set([...ids].map(bucketOf))];
}

/** What an edit did to a strategy's buckets. */
export interface BucketEdit<T> {
  /** Buckets whose records changed; an empty one is to be deleted. */
  changed: BucketRecord<T>[];
  /** Stored records that were removed or replaced. */
  removed: T[];
  /** Records written. */
  added: T[];
}

/**
 * Removes, then puts, records in the buckets that hold them (`stored`: those buckets as read,
 * missing ones being empty), in the order the old one-row-per-record tables applied them.
 */
export function editBuckets<T extends { id: string }>(
  strategyId: string,
  stored: ReadonlyMap<number, readonly T[]>,
  removeIds: readonly string[],
  puts: readonly T[],
): BucketEdit<T> {
  const byBucket = new Map<number, Map<string, T>>();
  const changed = new Set<number>();
  const membersOf = (bucket: number) => {
    let members = byBucket.get(bucket);
    if (!members) {
      members = new Map((stored.get(bucket) ?? []).map((record) => [record.id, record]));
      byBucket.set(bucket, members);
    }
    return members;
  };
  const removed: T[] = [];
  for (const id of removeIds) {
    const bucket = bucketOf(id);
    const members = membersOf(bucket);
    const old = members.get(id);
    if (!old) continue;
    removed.push(old);
    members.delete(id);
    changed.add(bucket);
  }
  for (const record of puts) {
    const bucket = bucketOf(record.id);
    const members = membersOf(bucket);
    const old = members.get(record.id);
    if (old) removed.push(old);
    members.set(record.id, record);
    changed.add(bucket);
  }
  return {
    changed: [...changed].map((bucket) => ({
      strategyId,
      bucket,
      records: [...byBucket.get(bucket)!.values()],
    })),
    removed,
    added: [...puts],
  };
}

/** Counts of nodes per kind after `removed` left and `added` came. */
export function recount(
  counts: Partial<Record<NodeKind, number>>,
  removed: readonly Pick<StrategyNode, 'kind'>[],
  added: readonly Pick<StrategyNode, 'kind'>[],
): Partial<Record<NodeKind, number>> {
  const next = { ...counts };
  for (const { kind } of removed) next[kind] = Math.max(0, (next[kind] ?? 0) - 1);
  for (const { kind } of added) next[kind] = (next[kind] ?? 0) + 1;
  return next;
}

/** Whether two node counts per kind agree, a kind left out counting as none. */
export function sameCounts(
  a: Partial<Record<NodeKind, number>>,
  b: Partial<Record<NodeKind, number>>,
): boolean {
  const kinds = new Set([...Object.keys(a), ...Object.keys(b)] as NodeKind[]);
  return [...kinds].every((kind) => (a[kind] ?? 0) === (b[kind] ?? 0));
}

/** Records in id order, as the old tables returned them (IndexedDB orders strings by code unit). */
export function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
