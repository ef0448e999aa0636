import Dexie, { type Table, type Transaction } from 'dexie';
import type { WriteBatch } from './writeQueue';
import type { Strategy, StrategyEdge, StrategyMeta, StrategyNode } from '../../shared/model/graph';
import { NODE_KINDS, type NodeKind } from '../../shared/model/vocabulary';
import type { ImportedStrategy } from '../../shared/format/strategyFile';
import {
  BILINGUAL_UPGRADE,
  PIPELINE_UPGRADE,
  WORKSHOP_UPGRADE,
  ACTIVITY_UPGRADE,
  PLACES_UPGRADE,
} from '../../shared/format/recordUpgrades';
import { isViewPlace, type ViewPlace } from '../../shared/layout/viewport';

export type NodeRecord = StrategyNode & { strategyId: string };
export type EdgeRecord = StrategyEdge & { strategyId: string };
export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * The stored strategy record. `revision` grows with every write, so a window holding an older
 * copy is refused instead of overwriting newer records.
 */
export type StrategyRecord = StrategyMeta & { revision?: number };

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

export interface StrategySummary extends StrategyMeta {
  counts: Record<NodeKind, number>;
}

/**
 * Schema history. A version is never edited once released; a change is a new version, with an
 * upgrade function when existing data must be rewritten.
 */
export const SCHEMA_V1 = {
  strategies: 'id, updatedAt',
  nodes: '[strategyId+id], strategyId',
  edges: '[strategyId+id], strategyId',
};
/** v2: node counts per kind for the library, and a settings table. */
export const SCHEMA_V2 = {
  nodes: '[strategyId+id], strategyId, [strategyId+kind]',
  settings: 'key',
};

/** v3: the pipeline. Data only: strategies get default gates, projects an empty record. */
export const SCHEMA_V3 = {};

/**
 * v4: names in two languages with nothing stored for the user. Data only: placeholder names of
 * new nodes are emptied, strategies get a Korean title and countries become ISO codes.
 */
export const SCHEMA_V4 = {};

/**
 * v5: workshops, exchange logs and measures. Data only: strategies get an empty list of votes
 * and partners an empty exchange log, goals no measures (no as-of date: today). Ideas
 * need no index of their own, but an older app must refuse a database that may hold them, hence
 * a version.
 */
export const SCHEMA_V5 = {};
/** Version 6 changes records only (details, home city, coordinates); indexes stay. */
export const SCHEMA_V6 = {};

/** Set once the sample has been offered, so deleting it keeps it deleted. */
const SAMPLE_SEEDED = 'sampleSeeded';
/** Where the canvas last looked at a strategy: a setting of this app, not part of the strategy. */
const viewKey = (strategyId: string) => `view:${strategyId}`;

async function upgradeToV2(tx: Transaction): Promise<void> {
  // Databases from v1 already had their first run; do not add the sample to them again.
  if ((await tx.table('strategies').count()) > 0)
    await tx.table('settings').put({ key: SAMPLE_SEEDED, value: true });
}

async function upgradeToV3(tx: Transaction): Promise<void> {
  // The same upgrade strategy files of version 1 get. modify() stores the object it hands over,
  // so the upgraded copy is copied onto that object.
  await tx
    .table('strategies')
    .toCollection()
    .modify((strategy: Partial<StrategyMeta>) => {
      Object.assign(strategy, PIPELINE_UPGRADE.strategy(strategy));
    });
  await tx
    .table('nodes')
    .filter((node: NodeRecord) => node.kind === 'project')
    .modify((node: NodeRecord) => {
      Object.assign(node, PIPELINE_UPGRADE.node(node));
    });
}

async function upgradeToV4(tx: Transaction): Promise<void> {
  // The same upgrade strategy files of version 2 get, copied onto the objects modify() stores.
  await tx
    .table('strategies')
    .toCollection()
    .modify((strategy: Partial<StrategyMeta>) => {
      Object.assign(strategy, BILINGUAL_UPGRADE.strategy(strategy));
    });
  await tx
    .table('nodes')
    .toCollection()
    .modify((node: NodeRecord) => {
      Object.assign(node, BILINGUAL_UPGRADE.node(node));
    });
}

async function upgradeToV5(tx: Transaction): Promise<void> {
  // The same upgrade strategy files of version 3 get, copied onto the objects modify() stores.
  await tx
    .table('strategies')
    .toCollection()
    .modify((strategy: Partial<StrategyMeta>) => {
      Object.assign(strategy, WORKSHOP_UPGRADE.strategy(strategy));
    });
  await tx
    .table('nodes')
    .filter((node: NodeRecord) => ['goal', 'partnerCity', 'network'].includes(node.kind))
    .modify((node: NodeRecord) => {
      Object.assign(node, ACTIVITY_UPGRADE.node(node));
    });
}

async function upgradeToV6(tx: Transaction): Promise<void> {
  // The same upgrade strategy files of version 4 get, copied onto the objects modify() stores.
  await tx
    .table('strategies')
    .toCollection()
    .modify((strategy: Partial<StrategyMeta>) => {
      Object.assign(strategy, PLACES_UPGRADE.strategy(strategy));
    });
  await tx
    .table('nodes')
    .filter((node: NodeRecord) => node.kind === 'partnerCity')
    .modify((node: NodeRecord) => {
      Object.assign(node, PLACES_UPGRADE.node(node));
    });
}

/** The newest schema version this app declares; Dexie stores it times ten in IndexedDB. */
export const LATEST_SCHEMA_VERSION = 6;

export class WorkbenchDatabase extends Dexie {
  strategies!: Table<StrategyRecord, string>;
  nodes!: Table<NodeRecord, [string, string]>;
  edges!: Table<EdgeRecord, [string, string]>;
  settings!: Table<SettingRecord, string>;

  constructor(name = 'city-diplomacy-workbench') {
    // Autosave needs each write promptly visible to later reads, not flushed to disk before
    // the next keystroke; a crash can lose at most the last moments, as with any autosave.
    super(name, { chromeTransactionDurability: 'relaxed' });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    this.version(5).stores(SCHEMA_V5).upgrade(upgradeToV5);
    this.version(6).stores(SCHEMA_V6).upgrade(upgradeToV6);
  }

  /** The revision of each strategy this connection last read or wrote. */
  private readonly knownRevisions = new Map<string, number>();

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
    return this.transaction('r', this.strategies, this.nodes, async () => {
      const metas = await this.strategies.orderBy('updatedAt').reverse().toArray();
      return Promise.all(
        metas.map(async (meta) => {
          const entries = await Promise.all(
            NODE_KINDS.map(
              async (kind) =>
                [
                  kind,
                  await this.nodes.where('[strategyId+kind]').equals([meta.id, kind]).count(),
                ] as const,
            ),
          );
          return { ...meta, counts: Object.fromEntries(entries) as Record<NodeKind, number> };
        }),
      );
    });
  }

  async loadStrategy(id: string): Promise<Strategy | undefined> {
    return this.transaction('r', this.strategies, this.nodes, this.edges, async () => {
      const record = await this.strategies.get(id);
      if (!record) return undefined;
      const { revision = 0, ...meta } = record;
      const [nodes, edges] = await Promise.all([
        readInSlices(this.nodes, id),
        readInSlices(this.edges, id),
      ]);
      this.knownRevisions.set(id, revision);
      return {
        ...meta,
        nodes: nodes.map(stripStrategyId) as StrategyNode[],
        edges: edges.map(stripStrategyId),
      };
    });
  }

  /** Stores a whole strategy under a new id, all or nothing. */
  async addStrategy(strategy: ImportedStrategy, id: string): Promise<void> {
    await this.transaction('rw', this.strategies, this.nodes, this.edges, async () => {
      const { nodes, edges, ...meta } = strategy;
      await this.strategies.add({ ...meta, id, revision: 0 });
      // In slices, each written in a task of its own, so a file of tens of thousands of nodes
      // never holds the page still; one transaction still makes it all or nothing.
      for (const slice of slices(nodes))
        await this.nodes.bulkAdd(slice.map((node) => ({ ...node, strategyId: id })));
      for (const slice of slices(edges))
        await this.edges.bulkAdd(slice.map((edge) => ({ ...edge, strategyId: id })));
    });
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
    await this.transaction(
      'rw',
      [this.strategies, this.nodes, this.edges, this.settings],
      async () => {
        await this.nodes.where('strategyId').equals(id).delete();
        await this.edges.where('strategyId').equals(id).delete();
        await this.strategies.delete(id);
        await this.settings.delete(viewKey(id));
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
   * stored revision is checked first: a batch built on an older copy (another window wrote
   * since) or on a deleted strategy is refused whole with a StaleWriteError. The other
   * requests are made all at once: each awaited request would cost a round trip.
   */
  async writeChanges(batch: WriteBatch, updatedAt: string): Promise<void> {
    const written = new Map<string, number>();
    await this.transaction('rw', this.strategies, this.nodes, this.edges, async () => {
      const stored = await Promise.all([...batch.keys()].map((id) => this.strategies.get(id)));
      const requests: Promise<unknown>[] = [];
      [...batch].forEach(([strategyId, { change, meta }], index) => {
        const record = stored[index];
        if (!record) throw new StaleWriteError(strategyId, 'deleted');
        const known = this.knownRevisions.get(strategyId);
        const revision = record.revision ?? 0;
        if (known !== undefined && known !== revision)
          throw new StaleWriteError(strategyId, 'changedElsewhere');
        written.set(strategyId, revision + 1);
        const key = (id: string): [string, string] => [strategyId, id];
        if (change.removeNodeIds.length > 0)
          requests.push(this.nodes.bulkDelete(change.removeNodeIds.map(key)));
        if (change.putNodes.length > 0)
          requests.push(
            this.nodes.bulkPut(change.putNodes.map((node) => ({ ...node, strategyId }))),
          );
        if (change.removeEdgeIds.length > 0)
          requests.push(this.edges.bulkDelete(change.removeEdgeIds.map(key)));
        if (change.putEdges.length > 0)
          requests.push(
            this.edges.bulkPut(change.putEdges.map((edge) => ({ ...edge, strategyId }))),
          );
        requests.push(
          this.strategies.put({
            ...(meta ?? record),
            id: strategyId,
            updatedAt,
            revision: revision + 1,
          }),
        );
      });
      await Promise.all(requests);
    });
    for (const [id, revision] of written) this.knownRevisions.set(id, revision);
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
      this.strategies,
      this.nodes,
      this.edges,
      this.settings,
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
async function storedVersionOf(name: string): Promise<number | undefined> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function')
    return undefined;
  const found = (await indexedDB.databases()).find((info) => info.name === name);
  return found?.version === undefined ? undefined : found.version / 10;
}

function stripStrategyId<T extends { strategyId: string }>(record: T): Omit<T, 'strategyId'> {
  const { strategyId: _strategyId, ...rest } = record;
  return rest;
}

/** Records per request when a whole strategy is read. */
const SLICE = 1000;
/**
 * Records per request when a whole strategy is written: the page copies each record it writes,
 * which costs more than reading one back, so a write takes fewer at a time.
 */
const WRITE_SLICE = 250;

function* slices<T>(records: readonly T[]): Generator<readonly T[]> {
  for (let start = 0; start < records.length; start += WRITE_SLICE)
    yield records.slice(start, start + WRITE_SLICE);
}

/**
 * A strategy's records in key order, a slice per request: each slice is read back in a task of
 * its own rather than all of them in one long one.
 */
async function readInSlices<R extends { strategyId: string; id: string }>(
  table: Table<R, [string, string]>,
  strategyId: string,
): Promise<R[]> {
  const records: R[] = [];
  let after: string | number = Dexie.minKey;
  for (;;) {
    const slice: R[] = await table
      .where('[strategyId+id]')
      .between([strategyId, after], [strategyId, Dexie.maxKey], false, true)
      .limit(SLICE)
      .toArray();
    records.push(...slice);
    if (slice.length < SLICE) return records;
    after = slice[slice.length - 1]!.id;
  }
}
