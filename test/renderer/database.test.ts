import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_CHANGE } from '../../shared/model/change';
import { createNode } from '../../shared/model/nodes';
import type { StrategyNode } from '../../shared/model/graph';
import type { NodeKind } from '../../shared/model/vocabulary';
import { DEFAULT_PIPELINE_SETTINGS } from '../../shared/pipeline/gates';
import { SHOW_EVERYTHING } from '../../shared/map/filters';
import { EMPTY_DETAILS } from '../../shared/model/strategyDetails';
import {
  NewerDatabaseError,
  StaleWriteError,
  DamagedStrategyError,
  WorkbenchDatabase,
} from '../../renderer/persistence/database';
import {
  LATEST_SCHEMA_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
} from '../../renderer/persistence/schema';
import { BUCKET_COUNT, bucketOf } from '../../renderer/persistence/buckets';
import { makeTestStore } from './testStore';
import { translator } from '../../shared/i18n/translate';
import { formatMessage } from '../../renderer/i18n';

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
    const loaded = (await current.readChecked('s1'))!;
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
      async () => ({
        ...meta,
        titleKo: '',
        pipeline: DEFAULT_PIPELINE_SETTINGS,
        filters: SHOW_EVERYTHING,
        views: [],
        votes: [],
        nodes: [],
        edges: [],
      }),
      'sample',
    );
    expect(seeded).toBe(false);
    expect(await current.listStrategies()).toHaveLength(1);
  });

  it('opens a database written by version 3: placeholder names emptied, countries as codes', async () => {
    const name = `v3-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    await v3.table('strategies').add({
      id: 's1',
      title: 'Untitled strategy',
      organization: '',
      author: '',
      createdAt: '2024-01-01',
      updatedAt: '2024-01-02',
      pipeline: DEFAULT_PIPELINE_SETTINGS,
    });
    // Nodes as version 3 created them: placeholder names in both languages, default choices.
    const stored = (kind: NodeKind, id: string, data: Record<string, unknown>) => {
      const made = createNode(kind, id, { x: 0, y: 0 });
      return { ...made, data: { ...made.data, ...data }, strategyId: 's1' };
    };
    await v3.table('nodes').bulkAdd([
      stored('partnerCity', 'c1', {
        name: 'New partner city',
        nameKo: '오사카',
        country: 'Japan',
        relation: 'friendship',
        status: 'active',
      }),
      stored('project', 'p1', { title: 'Metro line', titleKo: '새 사업', country: '베트남' }),
      stored('goal', 'g1', { title: 'New goal', titleKo: '새 목표', level: 'task' }),
      stored('actor', 'a1', { name: 'New actor', nameKo: '새 행위자', actorType: 'other' }),
      stored('network', 'n1', { name: 'New network', nameKo: '새 네트워크', role: 'member' }),
      stored('partnerCity', 'c2', { name: 'Kaohsiung', country: 'Taiwan, China' }),
    ]);
    v3.close();

    const current = new WorkbenchDatabase(name);
    await current.openChecked();
    expect(current.verno).toBe(LATEST_SCHEMA_VERSION);
    const loaded = (await current.readChecked('s1'))!;
    // A title the library made is the user's title now; the Korean one starts empty.
    expect(loaded).toMatchObject({ title: 'Untitled strategy', titleKo: '' });
    const data = (id: string) => loaded.nodes.find((n) => n.id === id)!.data;
    expect(data('c1')).toMatchObject({
      name: '',
      nameKo: '오사카',
      country: 'JP',
      relation: 'friendship',
      status: 'active',
    });
    expect(data('p1')).toMatchObject({ title: 'Metro line', titleKo: '', country: 'VN' });
    expect(data('g1')).toMatchObject({ title: '', titleKo: '', level: 'task' });
    expect(data('a1')).toMatchObject({ name: '', nameKo: '', actorType: 'other' });
    expect(data('n1')).toMatchObject({ name: '', nameKo: '' });
    expect(data('c2')).toMatchObject({ name: 'Kaohsiung', country: 'Taiwan, China' });
    expect(JSON.stringify(loaded.nodes)).not.toMatch(/New (partner city|goal|actor|network)|새 /);
    current.close();
  });

  it('opens a database written by version 4: strategies hold no votes yet, ideas can be stored', async () => {
    const name = `v4-${Math.random()}`;
    const v4 = new Dexie(name);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    await v4.open();
    await v4.table('strategies').add({
      id: 's1',
      title: 'Plan',
      titleKo: '',
      organization: '',
      author: '',
      createdAt: '2024-01-01',
      updatedAt: '2024-01-02',
      pipeline: DEFAULT_PIPELINE_SETTINGS,
    });
    const goal = createNode('goal', 'g1', { x: 0, y: 0 });
    await v4.table('nodes').add({ ...goal, strategyId: 's1' });
    v4.close();

    const current = new WorkbenchDatabase(name);
    await current.openChecked();
    expect(current.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await current.readChecked('s1')).toMatchObject({
      votes: [],
      nodes: [goal],
    });
    const idea = {
      ...createNode('idea', 'i1', { x: 0, y: 200 }),
      data: { text: 'Bike share', author: 'Mina' },
    };
    await current.writeChanges(
      new Map([['s1', { change: { ...EMPTY_CHANGE, putNodes: [idea] } }]]),
      '2024-01-03',
    );
    const summary = (await current.listStrategies()).find((s) => s.id === 's1')!;
    expect(summary.counts).toMatchObject({ goal: 1, idea: 1 });
    current.close();
  });

  it('opens a database written by version 5: partner cities get empty coordinates, strategies no details', async () => {
    const name = `v5-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(1).stores(SCHEMA_V1);
    v5.version(2).stores(SCHEMA_V2);
    v5.version(3).stores(SCHEMA_V3);
    v5.version(4).stores(SCHEMA_V4);
    v5.version(5).stores(SCHEMA_V5);
    await v5.open();
    await v5.table('strategies').add({
      id: 's1',
      title: 'Plan',
      titleKo: '',
      organization: 'SMG',
      author: '',
      createdAt: '2024-01-01',
      updatedAt: '2024-01-02',
      pipeline: DEFAULT_PIPELINE_SETTINGS,
      votes: [],
    });
    const {
      latitude: _lat,
      longitude: _lon,
      ...oldData
    } = createNode('partnerCity', 'c1', {
      x: 0,
      y: 0,
    }).data;
    await v5.table('nodes').add({
      id: 'c1',
      kind: 'partnerCity',
      position: { x: 0, y: 0 },
      data: { ...oldData, name: 'Hanoi' },
      strategyId: 's1',
    });
    v5.close();

    const current = new WorkbenchDatabase(name);
    await current.openChecked();
    const loaded = await current.readChecked('s1');
    expect(loaded).toMatchObject({ organization: 'SMG', home: null, details: EMPTY_DETAILS });
    expect(loaded!.nodes[0]!.data).toMatchObject({
      name: 'Hanoi',
      latitude: null,
      longitude: null,
    });
    current.close();
  });

  it('opens a database written by version 6: every node and edge kept, counted and editable', async () => {
    const name = `v6-${Math.random()}`;
    const v6 = new Dexie(name);
    v6.version(1).stores(SCHEMA_V1);
    v6.version(2).stores(SCHEMA_V2);
    v6.version(3).stores(SCHEMA_V3);
    v6.version(4).stores(SCHEMA_V4);
    v6.version(5).stores(SCHEMA_V5);
    v6.version(6).stores(SCHEMA_V6);
    await v6.open();
    const meta = (id: string, updatedAt: string) => ({
      id,
      title: id,
      titleKo: '',
      organization: '',
      author: '',
      createdAt: '2024-01-01',
      updatedAt,
      pipeline: DEFAULT_PIPELINE_SETTINGS,
      votes: [],
      revision: 3,
    });
    await v6.table('strategies').bulkAdd([meta('s1', '2024-01-02'), meta('s2', '2024-01-01')]);
    // More records than there are buckets, so some buckets hold several.
    const goals = Array.from({ length: 300 }, (_, i) =>
      createNode('goal', `g${String(i).padStart(3, '0')}`, { x: i, y: 0 }),
    );
    const city = createNode('partnerCity', 'c1', { x: 0, y: 100 });
    const edges = goals.slice(1).map((goal, i) => ({
      id: `e${String(i).padStart(3, '0')}`,
      kind: 'subgoalOf' as const,
      source: goal.id,
      target: goals[i]!.id,
    }));
    await v6.table('nodes').bulkAdd([...goals, city].map((n) => ({ ...n, strategyId: 's1' })));
    await v6.table('nodes').add({ ...createNode('actor', 'a1', { x: 0, y: 0 }), strategyId: 's2' });
    await v6.table('edges').bulkAdd(edges.map((e) => ({ ...e, strategyId: 's1' })));
    v6.close();

    const current = new WorkbenchDatabase(name);
    await current.openChecked();
    expect(current.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(current.tables.map((t) => t.name)).not.toContain('nodes');
    const loaded = (await current.readChecked('s1'))!;
    expect(loaded.nodes).toEqual([city, ...goals]);
    expect(loaded.edges).toEqual(edges);
    expect((await current.readChecked('s2'))!.nodes.map((n) => n.id)).toEqual(['a1']);
    const summaries = await current.listStrategies();
    expect(
      summaries.map((s) => [s.id, s.counts.goal, s.counts.partnerCity, s.counts.actor]),
    ).toEqual([
      ['s1', 300, 1, 0],
      ['s2', 0, 0, 1],
    ]);

    // Edits after the move change only what they name, and the counts follow.
    await current.writeChanges(
      new Map([
        [
          's1',
          {
            change: {
              ...EMPTY_CHANGE,
              removeNodeIds: ['g000', 'g001'],
              putNodes: [
                { ...city, position: { x: 5, y: 5 } },
                createNode('actor', 'a2', { x: 0, y: 0 }),
              ],
              removeEdgeIds: ['e000'],
            },
          },
        ],
      ]),
      '2024-02-01',
    );
    const edited = (await current.readChecked('s1'))!;
    expect(edited.nodes).toHaveLength(300);
    expect(edited.nodes.find((n) => n.id === 'c1')!.position).toEqual({ x: 5, y: 5 });
    expect(edited.nodes.some((n) => n.id === 'g000' || n.id === 'g001')).toBe(false);
    expect(edited.edges.map((e) => e.id)).toEqual(edges.slice(1).map((e) => e.id));
    expect((await current.listStrategies())[0]!.counts).toMatchObject({
      goal: 298,
      partnerCity: 1,
      actor: 1,
    });
    current.close();
  });

  it('looks for a node in the bucket every earlier version of the app stored it in', () => {
    // Stored databases depend on these: a change needs a schema version that moves the records.
    expect(BUCKET_COUNT).toBe(128);
    expect(['city-SC-01', 'g000', '서울'].map(bucketOf)).toEqual([21, 114, 25]);
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
      new Map([
        [
          'sample',
          { change: { ...EMPTY_CHANGE, putNodes: [added], removeNodeIds: ['city-SC-01'] } },
        ],
      ]),
      '2026-05-01T00:00:00.000Z',
    );
    expect(spy).toHaveBeenCalledTimes(1);
    const loaded = (await db.loadStrategy('sample'))!;
    expect(loaded.updatedAt).toBe('2026-05-01T00:00:00.000Z');
    expect(loaded.nodes.some((n) => n.id === 'a-new')).toBe(true);
    expect(loaded.nodes.some((n) => n.id === 'city-SC-01')).toBe(false);

    // Given the open strategy's current record, the write stores it whole with its new time.
    await db.writeChanges(
      new Map([['sample', { change: EMPTY_CHANGE, meta: { ...loaded, title: 'Seoul 2030' } }]]),
      '2026-05-02T00:00:00.000Z',
    );
    expect((await db.loadStrategy('sample'))!).toMatchObject({
      title: 'Seoul 2030',
      updatedAt: '2026-05-02T00:00:00.000Z',
    });
    await db.deleteStrategy('sample');
    expect(await db.nodeBuckets.count()).toBe(0);
    expect(await db.edgeBuckets.count()).toBe(0);
    expect(await db.nodeCounts.count()).toBe(0);
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

  it('stores and reads back a strategy larger than one request carries, whole and in order', async () => {
    const { db } = await makeTestStore();
    const sample = (await db.loadStrategy('sample'))!;
    const nodes = Array.from({ length: 4500 }, (_, i) =>
      createNode('goal', `g${String(i).padStart(5, '0')}`, { x: i, y: 0 }),
    );
    const edges = nodes.slice(1).map((node, i) => ({
      id: `e${String(i).padStart(5, '0')}`,
      kind: 'subgoalOf' as const,
      source: node.id,
      target: nodes[i]!.id,
    }));
    await db.addStrategy({ ...sample, title: 'Large', nodes, edges }, 'large');
    const read = (await db.loadStrategy('large'))!;
    expect(read.nodes.map((n) => n.id)).toEqual(nodes.map((n) => n.id));
    expect(read.edges).toEqual(edges);
    // The sample beside it is untouched.
    expect((await db.loadStrategy('sample'))!.nodes).toHaveLength(sample.nodes.length);
  });

  it('refuses to read a strategy with a damaged record, naming the record and counting the rest', async () => {
    const { db } = await makeTestStore();
    const bucket = bucketOf('city-SC-01');
    const stored = (await db.nodeBuckets.get(['sample', bucket]))!;
    // Damaged as a program other than the app could leave it: a status the app never writes.
    const damaged = {
      ...stored,
      records: stored.records.map((node) =>
        node.id === 'city-SC-01' ? { ...node, data: { ...node.data, status: 'unknown' } } : node,
      ) as typeof stored.records,
    };
    await db.nodeBuckets.put(damaged);
    const edges = await db.edgeBuckets
      .where('[strategyId+bucket]')
      .between(['sample', 0], ['sample', BUCKET_COUNT])
      .first();
    await db.edgeBuckets.put({ ...edges!, records: [null, ...edges!.records] as never });

    const refused = await db.readChecked('sample').then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DamagedStrategyError);
    expect(refused).toMatchObject({
      strategyId: 'sample',
      count: 2,
      first: {
        record: 'node',
        id: 'city-SC-01',
        names: { en: 'Taipei', ko: '타이페이' },
        field: 'data.status',
      },
    });
    // Put right, the strategy passes the check.
    await db.nodeBuckets.put(stored);
    await db.edgeBuckets.put(edges!);
    const sample = (await db.readChecked('sample'))!;
    expect(sample.nodes.length).toBeGreaterThan(100);

    // A damaged relationship is named by the nodes it joins.
    const [edge, ...rest] = edges!.records;
    await db.edgeBuckets.put({
      ...edges!,
      records: [{ ...edge!, kind: 'likes' as never }, ...rest],
    });
    const nameOf = (id: string) => {
      const data = sample.nodes.find((node) => node.id === id)!.data as {
        name?: string;
        title?: string;
      };
      return data.name ?? data.title;
    };
    await expect(db.readChecked('sample')).rejects.toMatchObject({
      count: 1,
      first: {
        record: 'edge',
        id: edge!.id,
        names: { en: `${nameOf(edge!.source)} → ${nameOf(edge!.target)}` },
        field: 'kind',
      },
    });
  });

  it('tells which record is damaged when a strategy fails to open or is copied, in the UI language', async () => {
    const { db, state } = await makeTestStore();
    const bucket = bucketOf('city-SC-01');
    const stored = (await db.nodeBuckets.get(['sample', bucket]))!;
    const records = stored.records.map((node) =>
      node.id === 'city-SC-01' ? null : node,
    ) as typeof stored.records;
    await db.nodeBuckets.put({ ...stored, records });
    const noticeText = () => formatMessage(translator(state().language), state().notice!);

    expect(await state().openStrategy('sample')).toBe(false);
    expect(state().openMeta).toBeNull();
    expect(state().notice?.tone).toBe('error');
    expect(noticeText()).toBe(
      'The saved data of “Seoul city diplomacy 2018” is damaged: 1 record is not as the app ' +
        'writes it (an unreadable node). Nothing was changed. ' +
        'A copy exported as a file earlier can be imported.',
    );

    state().setLanguage('ko');
    await state().duplicateStrategy('sample');
    expect(noticeText()).toContain(
      '레코드 1개가 앱이 저장하는 형식과 다릅니다(첫 번째 손상 위치: 읽을 수 없는 노드)',
    );
    expect(await db.strategies.count()).toBe(1);
    expect((await db.nodeBuckets.get(['sample', bucket]))!.records).toEqual(records);
  });

  it('refuses a write built on an older copy than the stored one, and changes nothing', async () => {
    const { db } = await makeTestStore();
    const name = db.name;
    const other = new WorkbenchDatabase(name);
    await db.loadStrategy('sample');
    await other.loadStrategy('sample');
    const renamed = createNode('goal', 'goal-new', { x: 0, y: 0 });
    await other.writeChanges(
      new Map([['sample', { change: { ...EMPTY_CHANGE, putNodes: [renamed] } }]]),
      '2026-05-01T00:00:00.000Z',
    );
    const before = (await other.loadStrategy('sample'))!.nodes;
    // Checking the records is no read for editing: the write is still built on the older copy.
    await db.readChecked('sample');
    const stale = db.writeChanges(
      new Map([
        ['sample', { change: { ...EMPTY_CHANGE, removeNodeIds: ['goal-new', 'city-SC-01'] } }],
      ]),
      '2026-05-02T00:00:00.000Z',
    );
    await expect(stale).rejects.toBeInstanceOf(StaleWriteError);
    expect((await other.loadStrategy('sample'))!.nodes).toEqual(before);
    expect((await db.loadStrategy('sample'))!.updatedAt).toBe('2026-05-01T00:00:00.000Z');
    other.close();
  });

  it('refuses a save a window still owes after handing editing over, though it has shown the new copy since', async () => {
    const { db } = await makeTestStore();
    const other = new WorkbenchDatabase(db.name);
    await db.loadStrategy('sample');
    // Editing moves to the other window, which saves an edit of its own.
    await other.loadStrategy('sample');
    const added = createNode('goal', 'goal-elsewhere', { x: 0, y: 0 });
    await other.writeChanges(
      new Map([['sample', { change: { ...EMPTY_CHANGE, putNodes: [added] } }]]),
      '2026-05-01T00:00:00.000Z',
    );
    // This window, read-only now, follows what the other saves...
    expect((await db.readStrategy('sample'))!.nodes.map((n) => n.id)).toContain('goal-elsewhere');
    // ...and its retry of an edit from before is refused rather than written over that save.
    const owed = db.writeChanges(
      new Map([['sample', { change: { ...EMPTY_CHANGE, removeNodeIds: ['goal-elsewhere'] } }]]),
      '2026-05-02T00:00:00.000Z',
    );
    await expect(owed).rejects.toBeInstanceOf(StaleWriteError);
    expect((await other.loadStrategy('sample'))!.nodes.map((n) => n.id)).toContain(
      'goal-elsewhere',
    );
    other.close();
  });

  it('writes an edit over its own last write without reading it back, and still refuses a stale one', async () => {
    const { db } = await makeTestStore();
    const sample = (await db.loadStrategy('sample'))!;
    const city = sample.nodes.find((n) => n.id === 'city-SC-01')!;
    // Each keystroke's write holds the card with its name as typed so far.
    const typed = (name: string) =>
      new Map([
        [
          'sample',
          {
            change: {
              ...EMPTY_CHANGE,
              putNodes: [{ ...city, data: { ...city.data, name } } as StrategyNode],
            },
          },
        ],
      ]);
    const nameOf = (strategy: { nodes: typeof sample.nodes }) =>
      (strategy.nodes.find((n) => n.id === 'city-SC-01')!.data as { name: string }).name;
    const reads = vi.spyOn(db.nodeBuckets, 'bulkGet');
    await db.writeChanges(typed('F'), '2026-05-01T00:00:01.000Z');
    await db.writeChanges(typed('Fo'), '2026-05-01T00:00:02.000Z');
    await db.writeChanges(typed('Fol'), '2026-05-01T00:00:03.000Z');
    // Typing into one card: its bucket is read once, then written over what was written.
    expect(reads).toHaveBeenCalledTimes(1);
    const other = new WorkbenchDatabase(db.name);
    const stored = (await other.loadStrategy('sample'))!;
    expect(nameOf(stored)).toBe('Fol');
    expect(stored.nodes).toHaveLength(sample.nodes.length);
    expect(stored.updatedAt).toBe('2026-05-01T00:00:03.000Z');

    // Another window writes; the next keystroke here is refused and leaves its write as it was.
    await other.writeChanges(typed('Other window'), '2026-05-01T00:00:04.000Z');
    await expect(db.writeChanges(typed('Foll'), '2026-05-01T00:00:05.000Z')).rejects.toMatchObject({
      reason: 'changedElsewhere',
    });
    const after = (await other.loadStrategy('sample'))!;
    expect(nameOf(after)).toBe('Other window');
    expect(after.updatedAt).toBe('2026-05-01T00:00:04.000Z');

    // Read again, it writes again; and a strategy deleted elsewhere is not brought back.
    await db.loadStrategy('sample');
    await db.writeChanges(typed('Follow'), '2026-05-01T00:00:06.000Z');
    await other.deleteStrategy('sample');
    await expect(
      db.writeChanges(typed('Follow-'), '2026-05-01T00:00:07.000Z'),
    ).rejects.toMatchObject({
      reason: 'deleted',
    });
    expect(await db.strategies.count()).toBe(0);
    expect(await db.nodeBuckets.count()).toBe(0);
    other.close();
  });

  it("keeps another window's edit to a card stored beside this window's when the library renamed the strategy between", async () => {
    const { db } = await makeTestStore();
    const sample = (await db.loadStrategy('sample'))!;
    // Two cards whose records are stored together, and one stored elsewhere.
    const [mine, theirs] = sample.nodes
      .flatMap((a) =>
        sample.nodes
          .filter((b) => b.id > a.id && bucketOf(b.id) === bucketOf(a.id))
          .map((b) => [a, b]),
      )
      .at(0)!;
    const elsewhere = sample.nodes.find((n) => bucketOf(n.id) !== bucketOf(mine!.id))!;
    const moved = (node: StrategyNode, x: number) =>
      new Map([
        ['sample', { change: { ...EMPTY_CHANGE, putNodes: [{ ...node, position: { x, y: 0 } }] } }],
      ]);
    await db.writeChanges(moved(mine!, 10), '2026-05-01T00:00:01.000Z');
    const other = new WorkbenchDatabase(db.name);
    await other.loadStrategy('sample');
    await other.writeChanges(moved(theirs!, 999), '2026-05-01T00:00:02.000Z');
    // The library's rename takes the stored revision as it finds it.
    await db.updateStrategyMeta('sample', { title: 'Seoul 2030' });
    await db.writeChanges(moved(elsewhere, 30), '2026-05-01T00:00:03.000Z');
    await db.writeChanges(moved(mine!, 20), '2026-05-01T00:00:04.000Z');
    const stored = (await other.loadStrategy('sample'))!;
    const x = (id: string) => stored.nodes.find((n) => n.id === id)!.position.x;
    expect([x(mine!.id), x(theirs!.id), x(elsewhere.id)]).toEqual([20, 999, 30]);
    expect(stored.title).toBe('Seoul 2030');
    other.close();
  });

  it('counts the nodes of each kind as they are added and deleted, not when one is edited', async () => {
    const { db } = await makeTestStore();
    await db.loadStrategy('sample');
    const countOf = async (kind: NodeKind) =>
      (await db.listStrategies()).find((s) => s.id === 'sample')!.counts[kind];
    const actors = await countOf('actor');
    const countWrites = vi.spyOn(db.nodeCounts, 'put');
    const added = createNode('actor', 'a-counted', { x: 0, y: 0 });
    const write = (change: Partial<typeof EMPTY_CHANGE>) =>
      db.writeChanges(
        new Map([['sample', { change: { ...EMPTY_CHANGE, ...change } }]]),
        '2026-05-01T00:00:00.000Z',
      );
    await write({ putNodes: [added] });
    expect(await countOf('actor')).toBe(actors + 1);
    await write({ putNodes: [{ ...added, position: { x: 40, y: 20 } }] });
    expect(countWrites).toHaveBeenCalledTimes(1);
    await write({ removeNodeIds: ['a-counted'] });
    expect(await countOf('actor')).toBe(actors);
  });

  it('refuses to bring a deleted strategy back', async () => {
    const { db } = await makeTestStore();
    await db.loadStrategy('sample');
    const other = new WorkbenchDatabase(db.name);
    await other.deleteStrategy('sample');
    await expect(
      db.writeChanges(
        new Map([
          [
            'sample',
            { change: { ...EMPTY_CHANGE, putNodes: [createNode('goal', 'g', { x: 0, y: 0 })] } },
          ],
        ]),
        '2026-05-02T00:00:00.000Z',
      ),
    ).rejects.toMatchObject({ reason: 'deleted' });
    expect(await db.strategies.count()).toBe(0);
    expect(await db.nodeBuckets.count()).toBe(0);
    other.close();
  });

  it('refuses a database written by a newer version of the app and leaves it as it was', async () => {
    const name = `newer-${Math.random()}`;
    const newer = new Dexie(name);
    newer.version(LATEST_SCHEMA_VERSION + 5).stores({ ...SCHEMA_V1, future: 'id' });
    await newer.open();
    await newer.table('future').add({ id: 'kept' });
    newer.close();

    const older = new WorkbenchDatabase(name);
    await expect(older.openChecked()).rejects.toBeInstanceOf(NewerDatabaseError);

    const again = new Dexie(name);
    again.version(LATEST_SCHEMA_VERSION + 5).stores({ ...SCHEMA_V1, future: 'id' });
    await again.open();
    expect(again.verno).toBe(LATEST_SCHEMA_VERSION + 5);
    expect(await again.table('future').get('kept')).toEqual({ id: 'kept' });
    again.close();
  });
});
