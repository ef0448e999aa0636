import type { Table } from 'dexie';
import type { Strategy } from '../../shared/model/graph';
import { damageOf } from '../../shared/format/storedRecords';
import { storedNames, type DamagedRecord } from '../../shared/format/recordPlace';
import { BUCKET_COUNT, byId, createBucketGrouping, type BucketRecord } from './buckets';
import type { EdgeBucketRecord, NodeBucketRecord, StrategyRecord } from './schema';

// Whole strategies read from and written to their buckets, in slices of the page's time: a
// strategy of tens of thousands of records would otherwise hold the page still.

/** The keys of all of a strategy's buckets, as a range for between(): the upper end left out. */
export function bucketRange(strategyId: string): [[string, number], [string, number]] {
  return [
    [strategyId, 0],
    [strategyId, BUCKET_COUNT],
  ];
}

/** Records grouped into buckets in one task when a whole strategy is stored. */
const RECORDS_PER_GROUPING = 10_000;

/**
 * A strategy's records in their buckets (see toBuckets), grouped RECORDS_PER_GROUPING at a time
 * in tasks of their own: tens of thousands of ids hashed in one would hold the page still.
 */
export async function inBucketsBySlices<T extends { id: string }>(
  strategyId: string,
  records: readonly T[],
): Promise<BucketRecord<T>[]> {
  const grouping = createBucketGrouping<T>();
  for (let start = 0; start < records.length; start += RECORDS_PER_GROUPING) {
    if (start > 0) await nextTask();
    grouping.add(records.slice(start, start + RECORDS_PER_GROUPING));
  }
  return grouping.buckets(strategyId);
}

/** Buckets per read request when a whole strategy is read. */
const BUCKETS_PER_READ = 8;

/**
 * A strategy's buckets. The requests go out together, a range of buckets each, so each range
 * is copied into the page in a task of its own rather than all in one long one.
 */
export async function readBuckets<T>(
  table: Table<BucketRecord<T>, [string, number]>,
  strategyId: string,
): Promise<BucketRecord<T>[]> {
  const ranges: Promise<BucketRecord<T>[]>[] = [];
  for (let first = 0; first < BUCKET_COUNT; first += BUCKETS_PER_READ)
    ranges.push(
      table
        .where('[strategyId+bucket]')
        .between([strategyId, first], [strategyId, first + BUCKETS_PER_READ], true, false)
        .toArray(),
    );
  return (await Promise.all(ranges)).flat();
}

/** A strategy as read from its tables, before its records are put together. */
export interface StoredStrategy {
  record: StrategyRecord;
  nodeBuckets: NodeBucketRecord[];
  edgeBuckets: EdgeBucketRecord[];
}

const recordsOf = <T>(buckets: BucketRecord<T>[]): T[] => buckets.flatMap((b) => b.records);

/**
 * The strategy with its nodes and edges each in id order, the order the one-row-per-record
 * tables kept. Once the read is over, in tasks of their own: a strategy of tens of thousands
 * of records takes a while to order. And what the caller does with them (shows them) in a task
 * after that.
 */
export async function inStrategyOrder(stored: StoredStrategy): Promise<Strategy> {
  await nextTask();
  const nodes = recordsOf(stored.nodeBuckets).sort(byId);
  await nextTask();
  const edges = recordsOf(stored.edgeBuckets).sort(byId);
  await nextTask();
  const { revision: _revision, ...meta } = stored.record;
  return { ...meta, nodes, edges };
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** How long a strategy's records are checked before other work may run. */
const CHECK_SLICE_MS = 16;

/**
 * The records that break their kind's rules, in slices: a strategy may be large. They are
 * checked in the order they are stored in (by bucket), not in id order.
 */
export function damagedRecords(stored: StoredStrategy): Promise<DamagedRecord[]> {
  return damagedAmong(stored.record, recordsOf(stored.nodeBuckets), recordsOf(stored.edgeBuckets));
}

/** What is damaged in a strategy's record, nodes and edges, wherever they are read from. */
export async function damagedAmong(
  record: unknown,
  nodes: readonly unknown[],
  edges: readonly unknown[],
): Promise<DamagedRecord[]> {
  // Nodes' names are looked up only to name a damaged relationship: indexed on that first need.
  let nodeNames: Map<unknown, unknown> | null = null;
  const namesOf = (id: string) => {
    nodeNames ??= new Map(nodes.map((node) => [(node as { id?: unknown } | null)?.id, node]));
    return storedNames(nodeNames.get(id));
  };
  const damaged: DamagedRecord[] = [];
  const note = (found: DamagedRecord | null) => found && damaged.push(found);
  note(damageOf('strategy', record));
  let sliceStarted = performance.now();
  const check = async (kind: 'node' | 'edge', records: readonly unknown[]) => {
    for (const record of records) {
      note(damageOf(kind, record, namesOf));
      if (performance.now() - sliceStarted < CHECK_SLICE_MS) continue;
      await nextTask();
      sliceStarted = performance.now();
    }
  };
  await check('node', nodes);
  await check('edge', edges);
  return damaged;
}

/** How long the page issues writes before it lets other work run (a long task is 50 ms). */
const WRITE_SLICE_MS = 16;

/**
 * Issues the writes of one transaction in slices of about WRITE_SLICE_MS each: the page copies
 * every record it writes, and a strategy of tens of thousands of nodes copied in one go would
 * hold it still. After each slice it waits for that slice's first write, by which time the
 * slice before is written too, so the storage works on one slice while the page copies the next.
 */
export async function writeInSlices(
  writes: (() => Promise<unknown>)[],
  onProgress?: (fraction: number) => void,
): Promise<void> {
  const issued: Promise<unknown>[] = [];
  let failed = false;
  let next = 0;
  while (next < writes.length) {
    const sliceStarted = performance.now();
    const first = writes[next++]!();
    issued.push(first);
    while (next < writes.length && performance.now() - sliceStarted < WRITE_SLICE_MS)
      issued.push(writes[next++]!());
    await first.catch(() => {
      failed = true;
    });
    if (failed) break;
    onProgress?.(next / writes.length);
  }
  // Surfaces the first write that failed; the transaction is then aborted whole.
  await Promise.all(issued);
}
