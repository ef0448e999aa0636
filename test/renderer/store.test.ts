import { describe, expect, it, vi } from 'vitest';
import type { NodeChange } from '@xyflow/react';
import type { FlowNode } from '../../renderer/store/flow';
import { fakeBridge, makeTestStore } from './testStore';

async function openSample(options: Parameters<typeof makeTestStore>[0] = {}) {
  const test = await makeTestStore(options);
  await test.state().openStrategy('sample');
  return test;
}

const nodeById = (nodes: FlowNode[], id: string) => nodes.find((n) => n.id === id)!;

describe('editing a strategy', () => {
  it('undoes and redoes an added node, and saves each step', async () => {
    const { state, db, whenSaved } = await openSample();
    const before = state().nodes.length;
    const id = state().addNode('partnerCity', { x: 5000, y: 5000 })!;
    expect(state().nodes).toHaveLength(before + 1);
    expect(nodeById(state().nodes, id).selected).toBe(true);
    await whenSaved();
    expect((await db.loadStrategy('sample'))!.nodes).toHaveLength(before + 1);
    state().undo();
    await whenSaved();
    expect(state().nodes).toHaveLength(before);
    expect((await db.loadStrategy('sample'))!.nodes).toHaveLength(before);
    state().redo();
    await whenSaved();
    expect((await db.loadStrategy('sample'))!.nodes.some((n) => n.id === id)).toBe(true);
  });

  it('records a whole drag as one undo step and one write', async () => {
    const { state, db, whenSaved } = await openSample();
    const write = vi.spyOn(db, 'writeChanges');
    const start = nodeById(state().nodes, 'city-SC-01').position;
    for (let step = 1; step <= 60; step++) {
      const change: NodeChange<FlowNode> = {
        type: 'position',
        id: 'city-SC-01',
        position: { x: start.x + step, y: start.y },
        dragging: true,
      };
      state().onNodesChange([change]);
    }
    state().onNodesChange([{ type: 'position', id: 'city-SC-01', dragging: false }]);
    await whenSaved();
    expect(state().past).toHaveLength(1);
    expect(write).toHaveBeenCalledTimes(1);
    const saved = (await db.loadStrategy('sample'))!.nodes.find((n) => n.id === 'city-SC-01')!;
    expect(saved.position).toEqual({ x: start.x + 60, y: start.y });
    state().undo();
    expect(nodeById(state().nodes, 'city-SC-01').position).toEqual(start);
  });

  it('keeps a new title through later edits, however it was renamed', async () => {
    const { state, db, whenSaved } = await openSample();
    await state().renameStrategy('sample', 'Seoul 2030');
    state().updateNodeField('city-SC-01', 'country', 'Taiwan, China');
    await whenSaved();
    expect((await db.loadStrategy('sample'))!.title).toBe('Seoul 2030');
    await state().setStrategyTitle('Seoul 2040');
    state().updateNodeField('city-SC-01', 'country', 'Taiwan');
    await whenSaved();
    expect((await db.loadStrategy('sample'))!.title).toBe('Seoul 2040');
    expect(state().openMeta!.title).toBe('Seoul 2040');
  });

  it('undoes a run of typing in one field as one step', async () => {
    const { state } = await openSample();
    for (const text of ['H', 'Ha', 'Han', 'Hano', 'Hanoi'])
      state().updateNodeField('city-SC-01', 'name', text);
    expect(state().past).toHaveLength(1);
    state().updateNodeField('city-SC-01', 'country', 'Vietnam');
    expect(state().past).toHaveLength(2);
    state().undo();
    state().undo();
    expect(nodeById(state().nodes, 'city-SC-01').data).toMatchObject({
      name: 'Taipei',
      country: 'TW',
    });
  });

  it('deletes selected nodes with their edges and brings both back on undo', async () => {
    const { state } = await openSample();
    const edgesBefore = state().edges.length;
    state().selectOnly('city-SC-13');
    state().deleteSelection();
    expect(state().nodes.some((n) => n.id === 'city-SC-13')).toBe(false);
    expect(state().edges.some((e) => e.source === 'city-SC-13' || e.target === 'city-SC-13')).toBe(
      false,
    );
    state().undo();
    expect(state().edges).toHaveLength(edgesBefore);
  });

  it('creates the only fitting edge at once, asks when several fit, refuses impossible pairs', async () => {
    const { state } = await openSample();
    const count = () => state().edges.length;
    const start = count();
    state().connect('goal-vision', 'city-SC-02'); // dragged from goal to city: turned round
    expect(state().edges.at(-1)).toMatchObject({
      source: 'city-SC-02',
      target: 'goal-vision',
      data: { kind: 'servesGoal' },
    });
    state().connect('project-TR-02', 'actor-koica');
    expect(count()).toBe(start + 1);
    expect(state().pendingConnection?.options.map((o) => o.kind)).toEqual([
      'fundedBy',
      'implementedBy',
    ]);
    state().choosePendingConnection(state().pendingConnection!.options[0]!);
    expect(state().edges.at(-1)).toMatchObject({ data: { kind: 'fundedBy' } });
    state().connect('project-TR-02', 'project-TR-03');
    expect(count()).toBe(start + 2);
    expect(state().notice).toMatchObject({ tone: 'error', key: 'cannotConnect' });
  });
});

describe('strategy files', () => {
  it('exports the open strategy and imports it back as a new strategy', async () => {
    let saved = '';
    const bridge = fakeBridge({
      saveFile: vi.fn(async ({ content, suggestedName }) => {
        saved = content;
        return { status: 'saved' as const, name: suggestedName };
      }),
      openFile: vi.fn(async () => ({
        status: 'opened' as const,
        name: 'plan.json',
        content: saved,
      })),
    });
    const { state } = await openSample({ bridge });
    await state().exportStrategyFile();
    expect(bridge.saveFile).toHaveBeenCalledWith(
      expect.objectContaining({ suggestedName: 'Seoul city diplomacy 2018.json' }),
    );
    await state().importStrategyFile();
    expect(state().strategies).toHaveLength(2);
    expect(state().openMeta!.id).not.toBe('sample');
    expect(state().nodes).toHaveLength(156);
  });

  it('refuses a broken file with a message and changes nothing', async () => {
    const bridge = fakeBridge({
      openFile: vi.fn(async () => ({
        status: 'opened' as const,
        name: 'x.json',
        content: '{"format": "city-diplomacy-workbench/strategy", "version": 1, "strategy": {}}',
      })),
    });
    const { state, db } = await makeTestStore({ bridge });
    const bucketsBefore = await db.nodeBuckets.count();
    await state().importStrategyFile();
    expect(state().notice).toMatchObject({ tone: 'error', key: 'importFailed' });
    expect(await db.strategies.count()).toBe(1);
    expect(await db.nodeBuckets.count()).toBe(bucketsBefore);
  });
});

describe('the system file dialogs', () => {
  it('list the strategy file type in the app’s language', async () => {
    const { state, bridge } = await makeTestStore({ language: 'ko' });
    await state().importStrategyFile();
    expect(bridge.openFile).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [{ name: '전략 파일', extensions: ['json'] }] }),
    );
    state().setLanguage('en');
    await state().openStrategy('sample');
    await state().exportStrategyFile();
    expect(bridge.saveFile).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [{ name: 'Strategy file', extensions: ['json'] }] }),
    );
  });
});
