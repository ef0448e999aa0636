import Dexie, { type Table, type Transaction } from 'dexie';
import type { GraphChange } from '../../shared/model/change';
import type { Strategy, StrategyEdge, StrategyMeta, StrategyNode } from '../../shared/model/graph';
import { NODE_KINDS, type NodeKind } from '../../shared/model/vocabulary';
import type { ImportedStrategy } from '../../shared/format/strategyFile';
import { DEFAULT_PIPELINE_SETTINGS } from '../../shared/pipeline/gates';
import { isViewPlace, type ViewPlace } from '../../shared/layout/viewport';

export type NodeRecord = StrategyNode & { strategyId: string };
export type EdgeRecord = StrategyEdge & { strategyId: string };
export interface SettingRecord {
  key: string;
  value: unknown;
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
  await tx
    .table('strategies')
    .toCollection()
    .modify((strategy: Partial<StrategyMeta>) => {
      strategy.pipeline ??= DEFAULT_PIPELINE_SETTINGS;
    });
  await tx
    .table('nodes')
    .filter((node: NodeRecord) => node.kind === 'project')
    .modify((node: { data: Record<string, unknown> }) => {
      node.data.history ??= [];
      node.data.funding ??= [];
      node.data.gateChecks ??= [];
    });
}

export class WorkbenchDatabase extends Dexie {
  strategies!: Table<StrategyMeta, string>;
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
      const meta = await this.strategies.get(id);
      if (!meta) return undefined;
      const [nodes, edges] = await Promise.all([
        this.nodes.where('strategyId').equals(id).toArray(),
        this.edges.where('strategyId').equals(id).toArray(),
      ]);
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
      await this.strategies.add({ ...meta, id });
      await this.nodes.bulkAdd(nodes.map((node) => ({ ...node, strategyId: id })));
      await this.edges.bulkAdd(edges.map((edge) => ({ ...edge, strategyId: id })));
    });
  }

  async updateStrategyMeta(id: string, patch: Partial<Omit<StrategyMeta, 'id'>>): Promise<void> {
    await this.strategies.update(id, patch);
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
   * Writes the records a batch of user actions changed, in one transaction. Only the requests
   * the batch needs are made, all at once: each awaited request would cost a round trip. A
   * strategy whose current record is given (the open one) is stored whole with its new time,
   * which spares reading it first.
   */
  async writeChanges(
    batch: ReadonlyMap<string, GraphChange>,
    updatedAt: string,
    current?: StrategyMeta,
  ): Promise<void> {
    await this.transaction('rw', this.strategies, this.nodes, this.edges, () => {
      const requests: Promise<unknown>[] = [];
      for (const [strategyId, change] of batch) {
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
          current?.id === strategyId
            ? this.strategies.put({ ...current, updatedAt })
            : this.strategies.update(strategyId, { updatedAt }),
        );
      }
      return Promise.all(requests);
    });
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

function stripStrategyId<T extends { strategyId: string }>(record: T): Omit<T, 'strategyId'> {
  const { strategyId: _strategyId, ...rest } = record;
  return rest;
}
