import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_CHANGE } from '../../shared/model/change';
import { createNode } from '../../shared/model/nodes';
import { DEFAULT_PIPELINE_SETTINGS } from '../../shared/pipeline/gates';
import { SCHEMA_V1, WorkbenchDatabase } from '../../renderer/persistence/database';
import { makeTestStore } from './testStore';

describe('database', () => {
  it('opens a database written by version 1 with everything in it', async () => {
    const name = `v1-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    const meta = {
      id: 's1',
      title: 'Old plan',
      organization: '',
      author: '',
      createdAt: '2020-01-01',
      updatedAt: '2020-01-02',
    };
    await v1.table('strategies').add(meta);
    await v1
      .table('nodes')
      .add({ ...createNode('partnerCity', 'c1', { x: 1, y: 2 }), strategyId: 's1' });
    // A project as version 1 stored it: fields only, no pipeline record.
    const {
      history: _h,
      funding: _f,
      gateChecks: _g,
      ...v1Fields
    } = createNode('project', 'p1', {
      x: 0,
      y: 300,
    }).data;
    await v1.table('nodes').add({
      id: 'p1',
      kind: 'project',
      position: { x: 0, y: 300 },
      data: { ...v1Fields, title: 'Old project' },
      strategyId: 's1',
    });
    v1.close();

    const current = new WorkbenchDatabase(name);
    const strategies = await current.listStrategies();
    expect(strategies).toHaveLength(1);
    expect(strategies[0]).toMatchObject({
      title: 'Old plan',
      counts: { partnerCity: 1, project: 1, goal: 0 },
    });
    const loaded = (await current.loadStrategy('s1'))!;
    expect(loaded.nodes.find((n) => n.id === 'c1')!.position).toEqual({ x: 1, y: 2 });
    expect(loaded.pipeline.stalledAfterDays).toBe(180);
    const project = loaded.nodes.find((n) => n.kind === 'project')!;
    expect(project.data).toMatchObject({
      title: 'Old project',
      history: [],
      funding: [],
      gateChecks: [],
    });
    // A user coming from version 1 had their first run already: no sample appears.
    const seeded = await current.seedSampleOnFirstRun(
      async () => ({ ...meta, pipeline: DEFAULT_PIPELINE_SETTINGS, nodes: [], edges: [] }),
      'sample',
    );
    expect(seeded).toBe(false);
    expect(await current.listStrategies()).toHaveLength(1);
  });

  it('adds the sample on the first run only, even after it is deleted', async () => {
    const { db, state } = await makeTestStore();
    expect(state().strategies!.map((s) => s.title)).toEqual(['Seoul city diplomacy 2018']);
    await state().deleteStrategy('sample');
    expect(
      await db.seedSampleOnFirstRun(async () => {
        throw new Error('not called');
      }, 'again'),
    ).toBe(false);
    expect(await db.listStrategies()).toEqual([]);
  });

  it('writes a batch of changes in one transaction and deletes a strategy with its records', async () => {
    const { db } = await makeTestStore();
    const spy = vi.spyOn(db, 'transaction');
    const added = createNode('actor', 'a-new', { x: 0, y: 0 });
    await db.writeChanges(
      new Map([['sample', { ...EMPTY_CHANGE, putNodes: [added], removeNodeIds: ['city-SC-01'] }]]),
      '2026-05-01T00:00:00.000Z',
    );
    expect(spy).toHaveBeenCalledTimes(1);
    const loaded = (await db.loadStrategy('sample'))!;
    expect(loaded.updatedAt).toBe('2026-05-01T00:00:00.000Z');
    expect(loaded.nodes.some((n) => n.id === 'a-new')).toBe(true);
    expect(loaded.nodes.some((n) => n.id === 'city-SC-01')).toBe(false);

    // Given the open strategy's current record, the write stores it whole with its new time.
    await db.writeChanges(new Map([['sample', EMPTY_CHANGE]]), '2026-05-02T00:00:00.000Z', {
      ...loaded,
      title: 'Seoul 2030',
    });
    expect((await db.loadStrategy('sample'))!).toMatchObject({
      title: 'Seoul 2030',
      updatedAt: '2026-05-02T00:00:00.000Z',
    });
    await db.deleteStrategy('sample');
    expect(await db.nodes.count()).toBe(0);
    expect(await db.edges.count()).toBe(0);
  });

  it('keeps where the canvas last looked at a strategy, ignores a damaged value, forgets it on delete', async () => {
    const { db, state } = await makeTestStore();
    expect(await db.getView('sample')).toBeUndefined();
    await state().openStrategy('sample');
    expect(state().openView).toBeNull();
    const write = vi.spyOn(db, 'setView');
    state().rememberView({ x: -420, y: 130, zoom: 0.8 });
    state().rememberView({ x: -420, y: 130, zoom: 0.8 });
    expect(write).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () =>
      expect(await db.getView('sample')).toEqual({ x: -420, y: 130, zoom: 0.8 }),
    );
    await state().closeStrategy();
    await state().openStrategy('sample');
    expect(state().openView).toEqual({ x: -420, y: 130, zoom: 0.8 });

    await db.setSetting('view:sample', { x: 'left', y: 0, zoom: 40 });
    expect(await db.getView('sample')).toBeUndefined();
    await db.setView('sample', { x: 1, y: 2, zoom: 1 });
    await db.deleteStrategy('sample');
    expect(await db.getSetting('view:sample')).toBeUndefined();
  });
});
