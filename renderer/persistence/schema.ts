import type { Dexie, Transaction } from 'dexie';
import type { StrategyEdge, StrategyMeta, StrategyNode } from '../../shared/model/graph';
import {
  BILINGUAL_UPGRADE,
  PIPELINE_UPGRADE,
  WORKSHOP_UPGRADE,
  ACTIVITY_UPGRADE,
  PLACES_UPGRADE,
  type RecordUpgrade,
} from '../../shared/format/recordUpgrades';
import type { NodeKind } from '../../shared/model/vocabulary';
import { recount, toBuckets, type BucketRecord } from './buckets';

// What the database holds: its records, and every version of its schema with the upgrade that
// brings data stored by the version before up to it.

/** A node as versions 1 to 6 stored it, one row each. */
export type NodeRecord = StrategyNode & { strategyId: string };
export type NodeBucketRecord = BucketRecord<StrategyNode>;
export type EdgeBucketRecord = BucketRecord<StrategyEdge>;
export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * The stored strategy record. `revision` grows with every write, so a window holding an older
 * copy is refused instead of overwriting newer records.
 */
export type StrategyRecord = StrategyMeta & { revision?: number };

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

/**
 * v7: a strategy's nodes and edges in buckets (see buckets.ts), a fixed number of records per
 * strategy instead of one row each, and its node counts per kind in a record of their own. The
 * rows of v6 are moved into buckets and their tables dropped.
 */
export const SCHEMA_V7 = {
  nodes: null,
  edges: null,
  nodeBuckets: '[strategyId+bucket]',
  edgeBuckets: '[strategyId+bucket]',
  nodeCounts: 'strategyId',
};

/** Set once the sample has been offered, so deleting it keeps it deleted. */
export const SAMPLE_SEEDED = 'sampleSeeded';

async function upgradeToV2(tx: Transaction): Promise<void> {
  // Databases from v1 already had their first run; do not add the sample to them again.
  if ((await tx.table('strategies').count()) > 0)
    await tx.table('settings').put({ key: SAMPLE_SEEDED, value: true });
}

/**
 * Rewrites the stored strategies and nodes (of the given kinds, or all) with the upgrades the
 * strategy files of the version before get, so a file and a database of the same age come out
 * alike. modify() stores the object it hands over, so the upgraded copy is copied onto it.
 */
async function upgradeRows(
  tx: Transaction,
  strategy: RecordUpgrade['strategy'],
  node: RecordUpgrade['node'],
  kinds: readonly NodeKind[] | 'all',
): Promise<void> {
  await tx
    .table('strategies')
    .toCollection()
    .modify((row: Partial<StrategyMeta>) => {
      Object.assign(row, strategy(row));
    });
  const nodes = tx.table('nodes');
  await (
    kinds === 'all'
      ? nodes.toCollection()
      : nodes.filter((row: NodeRecord) => kinds.includes(row.kind))
  ).modify((row: NodeRecord) => {
    Object.assign(row, node(row));
  });
}

const upgradeToV3 = (tx: Transaction) =>
  upgradeRows(tx, PIPELINE_UPGRADE.strategy, PIPELINE_UPGRADE.node, ['project']);
const upgradeToV4 = (tx: Transaction) =>
  upgradeRows(tx, BILINGUAL_UPGRADE.strategy, BILINGUAL_UPGRADE.node, 'all');
const upgradeToV5 = (tx: Transaction) =>
  upgradeRows(tx, WORKSHOP_UPGRADE.strategy, ACTIVITY_UPGRADE.node, [
    'goal',
    'partnerCity',
    'network',
  ]);
const upgradeToV6 = (tx: Transaction) =>
  upgradeRows(tx, PLACES_UPGRADE.strategy, PLACES_UPGRADE.node, ['partnerCity']);

async function upgradeToV7(tx: Transaction): Promise<void> {
  const [nodes, edges] = await Promise.all([
    tx.table('nodes').toArray() as Promise<NodeRecord[]>,
    tx.table('edges').toArray() as Promise<(StrategyEdge & { strategyId: string })[]>,
  ]);
  const nodesOf = groupByStrategy(nodes);
  const edgesOf = groupByStrategy(edges);
  await Promise.all([
    tx.table('nodeBuckets').bulkAdd([...nodesOf].flatMap(([id, rows]) => toBuckets(id, rows))),
    tx.table('edgeBuckets').bulkAdd([...edgesOf].flatMap(([id, rows]) => toBuckets(id, rows))),
    tx
      .table('nodeCounts')
      .bulkAdd(
        [...nodesOf].map(([strategyId, rows]) => ({ strategyId, counts: recount({}, [], rows) })),
      ),
  ]);
}

/** Rows of the one-row-per-record tables by strategy, without the strategy id each carried. */
function groupByStrategy<T extends { id: string }>(
  rows: (T & { strategyId: string })[],
): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const { strategyId, ...record } of rows) {
    const members = grouped.get(strategyId);
    if (members) members.push(record as unknown as T);
    else grouped.set(strategyId, [record as unknown as T]);
  }
  return grouped;
}

/** The newest schema version this app declares; Dexie stores it times ten in IndexedDB. */
export const LATEST_SCHEMA_VERSION = 7;

/** Declares every schema version on the database, oldest first, each with its upgrade. */
export function declareSchemaHistory(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  db.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
  db.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
  db.version(5).stores(SCHEMA_V5).upgrade(upgradeToV5);
  db.version(6).stores(SCHEMA_V6).upgrade(upgradeToV6);
  db.version(7).stores(SCHEMA_V7).upgrade(upgradeToV7);
}
