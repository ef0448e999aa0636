import Dexie, { type Table } from 'dexie';
import type { WriteBatch } from './writeQueue';
import type { GraphChange } from '../../shared/model/change';
import type { StrategyEdge, StrategyMeta, StrategyNode, Strategy } from '../../shared/model/graph';
import { NODE_KINDS, type NodeKind } from '../../shared/model/vocabulary';
import type { ImportedStrategy } from '../../shared/format/strategyFile';
import { storedNames, type DamagedRecord } from '../../shared/format/recordPlace';
import type { Names } from '../../shared/model/names';
import { isViewPlace, type ViewPlace } from '../../shared/layout/viewport';
import {
  bucketsOf,
  editBuckets,
  recount,
  sameCounts,
  type BucketRecord,
  type NodeCountsRecord,
} from './buckets';
import {
  declareSchemaHistory,
  LATEST_SCHEMA_VERSION,
  SAMPLE_SEEDED,
  type EdgeBucketRecord,
  type NodeBucketRecord,
  type SettingRecord,
  type StrategyRecord,
} from './schema';
import {
  bucketRange,
  damagedRecords,
  inBucketsBySlices,
  inStrategyOrder,
  readBuckets,
  writeInSlices,
  type StoredStrategy,
} from './wholeStrategy';

/**
 * A strategy as this connection last wrote it: its record, its node counts and the members of
 * the buckets it wrote, as of `revision`. Good only while the stored revision is still that.
 */
interface LastWritten {
  revision: number;
  record: StrategyRecord;
  counts: NodeCountsRecord | undefined;
  nodeBuckets: ReadonlyMap<number, readonly StrategyNode[]>;
  edgeBuckets: ReadonlyMap<number, readonly StrategyEdge[]>;
}

/** The most buckets a write may have touched for what it wrote to be kept (see LastWritten). */
const KEPT_BUCKETS = 8;

/** What a change is written over; `check` is the stored record, read alongside the writes. */
type StoredForChange = Omit<LastWritten, 'revision'> & {
  check?: Promise<StrategyRecord | undefined>;
};

/** A write built on an older copy of the strategy than the one stored (or a deleted one). */
export class StaleWriteError extends Error {
  constructor(
    readonly strategyId: string,
    readonly reason: 'changedElsewhere' | 'deleted',
  ) {
    super(`Strategy ${strategyId} was ${reason === 'deleted' ? 'deleted' : 'changed'} elsewhere`);
    this.name = 'StaleWriteError';
  }
}

/** The database on disk comes from a newer version of the app; it is left as it is. */
export class NewerDatabaseError extends Error {
  constructor(readonly storedVersion: number) {
    super(`The stored data was written by a newer version of the app (schema ${storedVersion})`);
    this.name = 'NewerDatabaseError';
  }
}

/** A stored strategy holds records the app could not have written; nothing of it is read. */
export class DamagedStrategyError extends Error {
  constructor(
    readonly strategyId: string,
    /** The strategy's title, as far as it can be read. */
    readonly strategyNames: Names,
    /** The first damaged record found. */
    readonly first: DamagedRecord,
    readonly count: number,
  ) {
    super(
      `Strategy ${strategyId} has ${count} damaged record(s), the first: ${first.record} ` +
        `"${first.id}"${first.field ? ` at ${first.field}` : ''}`,
    );
    this.name = 'DamagedStrategyError';
  }
}

export interface StrategySummary extends StrategyMeta {
  counts: Record<NodeKind, number>;
}

/** Where the canvas last looked at a strategy: a setting of this app, not part of the strategy. */
const viewKey = (strategyId: string) => `view:${strategyId}`;

export class WorkbenchDatabase extends Dexie {
  strategies!: Table<StrategyRecord, string>;
  nodeBuckets!: Table<NodeBucketRecord, [string, number]>;
  edgeBuckets!: Table<EdgeBucketRecord, [string, number]>;
  nodeCounts!: Table<NodeCountsRecord, string>;
  settings!: Table<SettingRecord, string>;

  constructor(name = 'city-diplomacy-workbench') {
    // Autosave needs each write promptly visible to later reads, not flushed to disk before
    // the next keystroke; a crash can lose at most the last moments, as with any autosave.
    super(name, { chromeTransactionDurability: 'relaxed' });
    declareSchemaHistory(this);
  }

  /** The revision of each strategy this connection last read or wrote. */
  private readonly knownRevisions = new Map<string, number>();
  /** What this connection last wrote of each strategy it edits (see writeChanges). */
  private readonly lastWritten = new Map<string, LastWritten>();

  /**
   * Opens the database, refusing one from a newer version of the app before Dexie touches it:
   * Dexie would otherwise open it without a version, or even patch its schema.
   */
  async openChecked(): Promise<void> {
    const stored = await storedVersionOf(this.name);
    if (stored !== undefined && stored > LATEST_SCHEMA_VERSION)
      throw new NewerDatabaseError(stored);
    await this.open();
    if (this.verno > LATEST_SCHEMA_VERSION) {
      this.close();
      throw new NewerDatabaseError(this.verno);
    }
  }

  async listStrategies(): Promise<StrategySummary[]> {
    return this.transaction('r', this.strategies, this.nodeCounts, async () => {
      const [metas, stored] = await Promise.all([
        this.strategies.orderBy('updatedAt').reverse().toArray(),
        this.nodeCounts.toArray(),
      ]);
      const countsOf = new Map(stored.map((record) => [record.strategyId, record.counts]));
      return metas.map((meta) => {
        const counts = countsOf.get(meta.id) ?? {};
        return {
          ...meta,
          counts: Object.fromEntries(NODE_KINDS.map((kind) => [kind, counts[kind] ?? 0])) as Record<
            NodeKind,
            number
          >,
        };
      });
    });
  }

  /** Reads a strategy whole, to be edited here: later writes are checked against this read. */
  async loadStrategy(id: string): Promise<Strategy | undefined> {
    const stored = await this.readStored(id, { forEditing: true });
    return stored && inStrategyOrder(stored);
  }

  /**
   * Reads a strategy whole to be shown, not edited, here (a read-only window following the one
   * editing it): what this window's own writes are checked against is left as it was, so a
   * write it still owes from before is not taken for one built on this read.
   */
  async readStrategy(id: string): Promise<Strategy | undefined> {
    const stored = await this.readStored(id, { forEditing: false });
    return stored && inStrategyOrder(stored);
  }

  /**
   * Reads a strategy whole after holding each of its records to the rules the app writes them
   * by, refusing one with a damaged record (DamagedStrategyError). Opening leaves the check out,
   * as it costs more than the read; a copy is checked, and so is a strategy a view failed over.
   * What this window knows of the strategy's revision is left as it was: nothing is edited here.
   */
  async readChecked(id: string): Promise<Strategy | undefined> {
    const stored = await this.readStored(id, { forEditing: false });
    if (!stored) return undefined;
    const damaged = await damagedRecords(stored);
    if (damaged.length > 0)
      throw new DamagedStrategyError(id, storedNames(stored.record), damaged[0]!, damaged.length);
    return inStrategyOrder(stored);
  }

  /**
   * A strategy's records as stored. Read `forEditing`, its revision becomes the one this
   * window's writes are built on, noted in the read's transaction so no write lands between.
   */
  private readStored(
    id: string,
    { forEditing }: { forEditing: boolean },
  ): Promise<StoredStrategy | undefined> {
    return this.transaction('r', this.strategies, this.nodeBuckets, this.edgeBuckets, async () => {
      // All at once: each awaited request would cost a round trip.
      const [record, nodeBuckets, edgeBuckets] = await Promise.all([
        this.strategies.get(id),
        readBuckets(this.nodeBuckets, id),
        readBuckets(this.edgeBuckets, id),
      ]);
      if (!record) return undefined;
      if (forEditing) {
        this.knownRevisions.set(id, record.revision ?? 0);
        this.lastWritten.delete(id);
      }
      return { record, nodeBuckets, edgeBuckets };
    });
  }

  /**
   * Stores a whole strategy under a new id, all or nothing. `onProgress` hears the share of
   * its records written so far, from 0 to 1.
   */
  async addStrategy(
    strategy: ImportedStrategy,
    id: string,
    onProgress?: (fraction: number) => void,
  ): Promise<void> {
    const { nodes, edges, ...meta } = strategy;
    // Grouped before the transaction opens: it would end while the page waits for a task.
    const nodeBuckets = await inBucketsBySlices(id, nodes);
    const edgeBuckets = await inBucketsBySlices(id, edges);
    await this.transaction(
      'rw',
      [this.strategies, this.nodeBuckets, this.edgeBuckets, this.nodeCounts],
      async () => {
        const writes: (() => Promise<unknown>)[] = [
          () => this.strategies.add({ ...meta, id, revision: 0 }),
          () => this.nodeCounts.add({ strategyId: id, counts: recount({}, [], nodes) }),
          ...nodeBuckets.map((bucket) => () => this.nodeBuckets.add(bucket)),
          ...edgeBuckets.map((bucket) => () => this.edgeBuckets.add(bucket)),
        ];
        await writeInSlices(writes, onProgress);
      },
    );
  }

  /** Changes a strategy's record from the library; a window editing it meanwhile is refused. */
  async updateStrategyMeta(id: string, patch: Partial<Omit<StrategyMeta, 'id'>>): Promise<void> {
    await this.transaction('rw', this.strategies, async () => {
      const stored = await this.strategies.get(id);
      if (!stored) throw new StaleWriteError(id, 'deleted');
      const revision = (stored.revision ?? 0) + 1;
      await this.strategies.put({ ...stored, ...patch, revision });
      if (this.knownRevisions.has(id)) this.knownRevisions.set(id, revision);
    });
  }

  /** The revision of a strategy this connection last saw, if it has read it. */
  knownRevision(id: string): number | undefined {
    return this.knownRevisions.get(id);
  }

  async deleteStrategy(id: string): Promise<void> {
    this.lastWritten.delete(id);
    await this.transaction(
      'rw',
      [this.strategies, this.nodeBuckets, this.edgeBuckets, this.nodeCounts, this.settings],
      async () => {
        await Promise.all([
          this.nodeBuckets
            .where('[strategyId+bucket]')
            .between(...bucketRange(id))
            .delete(),
          this.edgeBuckets
            .where('[strategyId+bucket]')
            .between(...bucketRange(id))
            .delete(),
          this.nodeCounts.delete(id),
          this.strategies.delete(id),
          this.settings.delete(viewKey(id)),
        ]);
      },
    );
  }

  /** The view last shown of a strategy, if one was kept and is still usable. */
  async getView(strategyId: string): Promise<ViewPlace | undefined> {
    const value = await this.getSetting<unknown>(viewKey(strategyId));
    return isViewPlace(value) ? value : undefined;
  }

  async setView(strategyId: string, view: ViewPlace): Promise<void> {
    await this.setSetting(viewKey(strategyId), view);
  }

  /**
   * Writes the records a batch of user actions changed, in one transaction. Each strategy's
   * stored revision is checked: a batch built on an older copy (another window wrote since) or
   * on a deleted strategy is refused whole with a StaleWriteError, and the transaction is undone.
   * Only the buckets holding changed nodes and edges are written back, with the node counts.
   * What this connection wrote last is kept (see LastWritten): an edit to the same buckets, such
   * as typing, then writes at once and checks the revision alongside, one round trip instead of
   * two. Requests are made all at once where they can be: each awaited request costs a trip.
   */
  async writeChanges(batch: WriteBatch, updatedAt: string): Promise<void> {
    const written = new Map<string, LastWritten>();
    const tables = [this.strategies, this.nodeBuckets, this.edgeBuckets, this.nodeCounts];
    try {
      await this.transaction('rw', tables, async () => {
        const entries = [...batch];
        const stored = await Promise.all(
          entries.map(([strategyId, { change }]) => this.storedFor(strategyId, change)),
        );
        const requests: Promise<unknown>[] = [];
        entries.forEach(([strategyId, { change, meta }], index) => {
          const { record, nodeBuckets, edgeBuckets, counts, check } = stored[index]!;
          const revision = record.revision ?? 0;
          const nodes = editBuckets(strategyId, nodeBuckets, change.removeNodeIds, change.putNodes);
          const edges = editBuckets(strategyId, edgeBuckets, change.removeEdgeIds, change.putEdges);
          requests.push(...writeBuckets(this.nodeBuckets, nodes.changed));
          requests.push(...writeBuckets(this.edgeBuckets, edges.changed));
          // Most edits change a node's fields, not how many of each kind there are.
          const before = counts?.counts ?? {};
          const after = recount(before, nodes.removed, nodes.added);
          const countsNow = sameCounts(before, after) ? counts : { strategyId, counts: after };
          if (countsNow !== counts) requests.push(this.nodeCounts.put(countsNow!));
          const recordNow = {
            ...(meta ?? record),
            id: strategyId,
            updatedAt,
            revision: revision + 1,
          };
          requests.push(this.strategies.put(recordNow));
          if (check) requests.push(check.then((seen) => this.checkRevision(strategyId, seen)));
          written.set(strategyId, {
            revision: revision + 1,
            record: recordNow,
            counts: countsNow,
            nodeBuckets: withBuckets(nodeBuckets, nodes.changed),
            edgeBuckets: withBuckets(edgeBuckets, edges.changed),
          });
        });
        await Promise.all(requests);
      });
    } catch (error) {
      // Whatever was kept of these strategies may no longer be what is stored.
      for (const strategyId of batch.keys()) this.lastWritten.delete(strategyId);
      throw error;
    }
    for (const [id, last] of written) {
      this.knownRevisions.set(id, last.revision);
      // Kept for edits that touch few buckets, typing above all: a layout's would be a copy of
      // the whole strategy.
      if (last.nodeBuckets.size + last.edgeBuckets.size <= KEPT_BUCKETS)
        this.lastWritten.set(id, last);
      else this.lastWritten.delete(id);
    }
  }

  /**
   * What a change to a strategy is written over: taken from what this connection wrote last
   * when that holds every bucket the change touches and nothing has been written since (then
   * `check` reads the stored record alongside the writes), otherwise read, and checked, first.
   */
  private async storedFor(strategyId: string, change: GraphChange): Promise<StoredForChange> {
    const nodeIds = [...change.removeNodeIds, ...change.putNodes.map((node) => node.id)];
    const edgeIds = [...change.removeEdgeIds, ...change.putEdges.map((edge) => edge.id)];
    const [nodeBucketIds, edgeBucketIds] = [bucketsOf(nodeIds), bucketsOf(edgeIds)];
    const last = this.lastWritten.get(strategyId);
    if (
      last &&
      last.revision === this.knownRevisions.get(strategyId) &&
      nodeBucketIds.every((bucket) => last.nodeBuckets.has(bucket)) &&
      edgeBucketIds.every((bucket) => last.edgeBuckets.has(bucket))
    )
      return { ...last, check: this.strategies.get(strategyId) };
    const keys = (buckets: number[]) =>
      buckets.map((bucket): [string, number] => [strategyId, bucket]);
    const [record, nodeBuckets, edgeBuckets, counts] = await Promise.all([
      this.strategies.get(strategyId),
      nodeBucketIds.length > 0 ? this.nodeBuckets.bulkGet(keys(nodeBucketIds)) : [],
      edgeBucketIds.length > 0 ? this.edgeBuckets.bulkGet(keys(edgeBucketIds)) : [],
      this.nodeCounts.get(strategyId),
    ]);
    this.checkRevision(strategyId, record);
    return {
      record: record!,
      nodeBuckets: membersByBucket(nodeBucketIds, nodeBuckets),
      edgeBuckets: membersByBucket(edgeBucketIds, edgeBuckets),
      counts,
    };
  }

  /** Refuses a write over a strategy deleted, or written by another window, since it was read. */
  private checkRevision(strategyId: string, stored: StrategyRecord | undefined): void {
    if (!stored) throw new StaleWriteError(strategyId, 'deleted');
    const known = this.knownRevisions.get(strategyId);
    if (known !== undefined && known !== (stored.revision ?? 0))
      throw new StaleWriteError(strategyId, 'changedElsewhere');
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return (await this.settings.get(key))?.value as T | undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.settings.put({ key, value });
  }

  /** Adds the sample on the first run only; true when it did. */
  async seedSampleOnFirstRun(
    buildSample: () => Promise<ImportedStrategy>,
    id: string,
  ): Promise<boolean> {
    if (await this.getSetting<boolean>(SAMPLE_SEEDED)) return false;
    const sample = await buildSample();
    return this.transaction(
      'rw',
      [this.strategies, this.nodeBuckets, this.edgeBuckets, this.nodeCounts, this.settings],
      async () => {
        // Checked again inside the transaction: another window may have seeded meanwhile.
        if (await this.getSetting<boolean>(SAMPLE_SEEDED)) return false;
        await this.addStrategy(sample, id);
        await this.setSetting(SAMPLE_SEEDED, true);
        return true;
      },
    );
  }
}

/** The version of a database on disk, in Dexie's numbering, without opening (or creating) it. */
export async function storedVersionOf(name: string): Promise<number | undefined> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function')
    return undefined;
  const found = (await indexedDB.databases()).find((info) => info.name === name);
  return found?.version === undefined ? undefined : found.version / 10;
}

/** Each bucket's members, an empty list for a bucket with no record. */
function membersByBucket<T>(
  buckets: number[],
  stored: (BucketRecord<T> | undefined)[],
): Map<number, readonly T[]> {
  return new Map(buckets.map((bucket, index) => [bucket, stored[index]?.records ?? []]));
}

function withBuckets<T>(
  members: ReadonlyMap<number, readonly T[]>,
  changed: BucketRecord<T>[],
): Map<number, readonly T[]> {
  return new Map([
    ...members,
    ...changed.map((b): [number, readonly T[]] => [b.bucket, b.records]),
  ]);
}

/** Puts each changed bucket back, and deletes one left empty. */
function writeBuckets<T>(
  table: Table<BucketRecord<T>, [string, number]>,
  changed: BucketRecord<T>[],
): Promise<unknown>[] {
  return changed.map((bucket) =>
    bucket.records.length > 0
      ? table.put(bucket)
      : table.delete([bucket.strategyId, bucket.bucket]),
  );
}
