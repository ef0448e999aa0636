import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseStrategyFile } from '../../shared/format/strategyFile';
import { EMPTY_CHANGE } from '../../shared/model/change';
import { DEFAULT_REPORT_OPTIONS } from '../../shared/report/reportData';
import { createNode } from '../../shared/model/nodes';
import { WorkbenchDatabase } from '../../renderer/persistence/database';
import type { StrategyOwnership } from '../../renderer/persistence/strategyOwnership';
import { makeTestStore, renderApp } from './testStore';
import { bucketOf } from '../../renderer/persistence/buckets';

/** Ownership as a second window sees it while the first edits. */
type LetGo = (id: string, canKeep: boolean) => Promise<boolean>;

function heldByAnotherWindow(): StrategyOwnership & { letGo?: LetGo } {
  let held = true;
  const ownership: StrategyOwnership & { letGo?: LetGo } = {
    claim: async () => (held ? 'readOnly' : 'editing'),
    takeOver: async () => {
      held = false;
      return true;
    },
    release: () => {},
    heldElsewhere: async () => held,
    onHandover: (letGo) => {
      ownership.letGo = letGo;
    },
  };
  return ownership;
}

/** Ownership of a window that edits whatever it opens, with the strategies it let go of. */
function editingHere() {
  const released: string[] = [];
  const ownership: StrategyOwnership = {
    claim: async () => 'editing',
    takeOver: async () => true,
    release: (id) => released.push(id),
    heldElsewhere: async () => false,
    onHandover: () => {},
  };
  return { ownership, released };
}

/** A full disk: every write fails until the returned spy is restored. */
const fillDisk = (db: WorkbenchDatabase) =>
  vi.spyOn(db, 'writeChanges').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));

/** The sample open here while another window, editing it meanwhile, has deleted a city. */
async function sampleChangedElsewhere() {
  const test = await makeTestStore();
  await test.state().openStrategy('sample');
  const other = new WorkbenchDatabase(test.db.name);
  await other.loadStrategy('sample');
  await other.writeChanges(
    new Map([['sample', { change: { ...EMPTY_CHANGE, removeNodeIds: ['city-SC-01'] } }]]),
    '2026-05-01T00:00:00.000Z',
  );
  return { test, other };
}

/** A store with one small strategy open: two partner cities, nothing else to draw. */
async function smallStrategy() {
  const test = await makeTestStore({ seed: false });
  const id = (await test.state().createStrategy('Small plan'))!;
  await test.state().openStrategy(id);
  const first = test.state().addNode('partnerCity', { x: 0, y: 0 })!;
  const second = test.state().addNode('partnerCity', { x: 400, y: 0 })!;
  await test.whenSaved();
  return { ...test, id, first, second };
}

/**
 * Changes the first partner city in the database as no version of the app writes it, as a disk
 * or another program might: named Lyon, with a status that is not one of the choices.
 */
async function damageFirstCity(test: Awaited<ReturnType<typeof smallStrategy>>) {
  const bucket = (await test.db.nodeBuckets.get([test.id, bucketOf(test.first)]))!;
  const records = bucket.records.map((node) =>
    node.id === test.first ? { ...node, data: { ...node.data, name: 'Lyon', status: 'x' } } : node,
  ) as typeof bucket.records;
  await test.db.nodeBuckets.put({ ...bucket, records });
}

describe('no edit lost', () => {
  it('keeps saying "not saved" until a failed write is retried and written', async () => {
    const test = await smallStrategy();
    // The disk stays full until the test frees it, whatever the scheduled retries do meanwhile.
    const write = fillDisk(test.db);
    renderApp(test.store);
    const user = userEvent.setup();

    test.state().updateNodeField(test.first, 'notes', 'Met the mayor in March');
    await test.whenSaved();
    expect(await screen.findByRole('button', { name: 'Retry now' })).toBeVisible();
    // A later edit waits with the failed one: nothing claims "saved" while anything is pending.
    test.state().updateNodeField(test.second, 'notes', 'Forum in May');
    await test.whenSaved();
    expect(test.state().saveState).toBe('failed');
    expect(screen.getByText('Not saved — retrying', { selector: '.save-state' })).toBeVisible();

    write.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Retry now' }));
    await vi.waitFor(() => expect(test.state().saveState).toBe('saved'));
    expect(await screen.findByText('All changes saved')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Retry now' })).toBeNull();
    const stored = (await test.db.loadStrategy(test.id))!.nodes;
    expect(stored.find((n) => n.id === test.first)!.data).toMatchObject({
      notes: 'Met the mayor in March',
    });
    expect(stored.find((n) => n.id === test.second)!.data).toMatchObject({
      notes: 'Forum in May',
    });
  });

  it('makes no PDF while an edit is not saved, since the PDF is printed from what is stored', async () => {
    const test = await smallStrategy();
    const write = fillDisk(test.db);
    test.state().updateNodeField(test.first, 'notes', 'Met the mayor in March');
    await test.whenSaved();
    await test.state().exportPdf(DEFAULT_REPORT_OPTIONS);
    expect(test.bridge.exportPdf).not.toHaveBeenCalled();
    expect(test.state().notice).toMatchObject({ tone: 'error', key: 'pdfUnsaved' });

    write.mockRestore();
    await test.state().exportPdf(DEFAULT_REPORT_OPTIONS);
    expect(test.bridge.exportPdf).toHaveBeenCalledTimes(1);
    expect(test.state().notice).toMatchObject({ tone: 'info', key: 'pdfSaved' });
  });

  it('makes no copy of a strategy while an edit to it is not saved, since the copy is of what is stored', async () => {
    const test = await smallStrategy();
    const write = fillDisk(test.db);
    test.state().updateNodeField(test.first, 'notes', 'Met the mayor in March');
    await test.whenSaved();
    await test.state().duplicateStrategy(test.id);
    expect(test.state().notice).toMatchObject({ tone: 'error', key: 'duplicateUnsaved' });
    expect(await test.db.strategies.count()).toBe(1);

    write.mockRestore();
    await test.state().duplicateStrategy(test.id);
    const copies = (await test.db.listStrategies()).filter((s) => s.id !== test.id);
    expect(copies).toHaveLength(1);
    const copy = (await test.db.loadStrategy(copies[0]!.id))!;
    expect(copy.nodes.map((n) => n.data)).toContainEqual(
      expect.objectContaining({ notes: 'Met the mayor in March' }),
    );
  });

  it('renames no strategy in the library while an edit to it is not saved, which would put the old name back', async () => {
    const test = await smallStrategy();
    const write = fillDisk(test.db);
    test.state().updateNodeField(test.first, 'notes', 'Met the mayor in March');
    await test.whenSaved();
    await test.state().closeStrategy();
    await test.state().renameStrategy(test.id, 'Renamed in the library');
    expect(test.state().notice).toMatchObject({ tone: 'error', key: 'renameUnsaved' });
    const titleOf = async () =>
      (await test.db.listStrategies()).find((s) => s.id === test.id)!.title;
    expect(await titleOf()).toBe('Small plan');

    write.mockRestore();
    await test.state().renameStrategy(test.id, 'Renamed in the library');
    await test.whenSaved();
    expect(await titleOf()).toBe('Renamed in the library');
    const stored = (await test.db.loadStrategy(test.id))!;
    expect(stored.title).toBe('Renamed in the library');
    expect(stored.nodes.find((n) => n.id === test.first)!.data).toMatchObject({
      notes: 'Met the mayor in March',
    });
  });

  it('deletes a strategy whose edits wait for a failed save without saying it was deleted elsewhere', async () => {
    const test = await smallStrategy();
    const write = fillDisk(test.db);
    test.state().updateNodeField(test.first, 'notes', 'Met the mayor in March');
    await test.whenSaved();
    await test.state().closeStrategy();
    write.mockRestore();
    await test.state().deleteStrategy(test.id);
    expect(await test.db.strategies.count()).toBe(0);
    await test.state().flushSaves();
    expect(test.state().notice?.key).not.toBe('staleWriteDeleted');
    expect(test.state().saveState).toBe('saved');
  });

  it('saves the strategy title through the same retried path', async () => {
    const test = await makeTestStore();
    vi.spyOn(test.db, 'writeChanges').mockRejectedValueOnce(new Error('aborted'));
    await test.state().openStrategy('sample');
    await test.state().setStrategyTitle('Seoul 2030');
    await test.whenSaved();
    expect(test.state().saveState).toBe('failed');
    expect(await test.state().flushSaves()).toBe(true);
    expect((await test.db.loadStrategy('sample'))!.title).toBe('Seoul 2030');
  });

  it('shows a strategy edited in another window read-only and takes editing over on request', async () => {
    const ownership = heldByAnotherWindow();
    const test = await makeTestStore({ ownership });
    await test.state().openStrategy('sample');
    expect(test.state().readOnly).toBe(true);
    const before = test.state().nodes.length;
    test.state().addNode('goal', { x: 0, y: 0 });
    expect(test.state().nodes).toHaveLength(before);
    expect(test.state().notice).toMatchObject({ tone: 'error', key: 'readOnlyRefused' });

    // What the other window saves appears here.
    const other = new WorkbenchDatabase(test.db.name);
    await other.loadStrategy('sample');
    await other.writeChanges(
      new Map([
        [
          'sample',
          {
            change: {
              ...EMPTY_CHANGE,
              putNodes: [createNode('goal', 'from-other-window', { x: 0, y: 0 })],
            },
          },
        ],
      ]),
      '2026-05-01T00:00:00.000Z',
    );
    await vi.waitFor(() => expect(test.state().nodes).toHaveLength(before + 1));

    await test.state().editHere();
    expect(test.state().readOnly).toBe(false);
    test.state().addNode('goal', { x: 0, y: 0 });
    await test.whenSaved();
    expect((await test.db.loadStrategy('sample'))!.nodes).toHaveLength(before + 2);
    other.close();
  });

  it('keeps editing while a save is failing when another window asks for it, and hands it over once saved', async () => {
    let letGo!: LetGo;
    const released: string[] = [];
    const ownership: StrategyOwnership = {
      claim: async () => 'editing',
      takeOver: async () => true,
      release: (id) => released.push(id),
      heldElsewhere: async () => false,
      onHandover: (handler) => (letGo = handler),
    };
    const test = await makeTestStore({ ownership });
    await test.state().openStrategy('sample');
    const write = fillDisk(test.db);
    test.state().updateNodeField('city-SC-01', 'notes', 'Written here, not saved yet');
    await test.whenSaved();
    expect(await letGo('sample', true)).toBe(false);
    expect(test.state().readOnly).toBe(false);
    expect(test.state().notice).toMatchObject({ tone: 'error', key: 'handoverRefusedUnsaved' });

    write.mockRestore();
    expect(await letGo('sample', true)).toBe(true);
    expect(test.state().readOnly).toBe(true);
    const stored = (await test.db.loadStrategy('sample'))!.nodes;
    expect(stored.find((n) => n.id === 'city-SC-01')!.data).toMatchObject({
      notes: 'Written here, not saved yet',
    });
  });

  it('says so when the window editing a strategy keeps it, and stays read-only', async () => {
    const ownership = heldByAnotherWindow();
    ownership.takeOver = async () => false;
    const test = await makeTestStore({ ownership });
    await test.state().openStrategy('sample');
    expect(test.state().readOnly).toBe(true);
    await test.state().editHere();
    expect(test.state().readOnly).toBe(true);
    expect(test.state().notice).toMatchObject({ tone: 'error', key: 'editHereRefused' });
  });

  it('after losing editing with a save still failing, never writes that save over the new editor’s', async () => {
    let letGo!: LetGo;
    const ownership: StrategyOwnership = {
      claim: async () => 'editing',
      takeOver: async () => true,
      release: () => {},
      heldElsewhere: async () => false,
      onHandover: (handler) => (letGo = handler),
    };
    const test = await makeTestStore({ ownership });
    await test.state().openStrategy('sample');
    const write = fillDisk(test.db);
    test.state().updateNodeField('city-SC-01', 'notes', 'Written here, not saved');
    await test.whenSaved();
    // Another window took editing without waiting: this one could not save first, and goes
    // read-only.
    await letGo('sample', false);
    expect(test.state().readOnly).toBe(true);
    const other = new WorkbenchDatabase(test.db.name);
    await other.loadStrategy('sample');
    const edit = (id: string) =>
      new Map([
        [
          'sample',
          { change: { ...EMPTY_CHANGE, putNodes: [createNode('goal', id, { x: 0, y: 0 })] } },
        ],
      ]);
    await other.writeChanges(edit('goal-first'), '2026-05-01T00:00:00.000Z');
    await vi.waitFor(() =>
      expect(test.state().nodes.some((n) => n.id === 'goal-first')).toBe(true),
    );

    // The disk is free again: the save this window owed is refused, and said to be.
    write.mockRestore();
    await test.state().flushSaves();
    expect(test.state().notice).toMatchObject({ tone: 'error', key: 'staleWriteRefused' });
    // The window editing now goes on saving.
    await other.writeChanges(edit('goal-second'), '2026-05-02T00:00:00.000Z');
    const stored = (await other.loadStrategy('sample'))!.nodes;
    expect(stored.map((n) => n.id)).toEqual(expect.arrayContaining(['goal-first', 'goal-second']));
    expect(stored.find((n) => n.id === 'city-SC-01')!.data).not.toMatchObject({
      notes: 'Written here, not saved',
    });
    other.close();
  });

  it('keeps a strategy left for the library while its edits wait for a failed save, and lets it go once they are written', async () => {
    const { ownership, released } = editingHere();
    const test = await makeTestStore({ ownership });
    await test.state().openStrategy('sample');
    const write = fillDisk(test.db);
    test.state().updateNodeField('city-SC-01', 'notes', 'Written before going back');
    await test.whenSaved();

    await test.state().closeStrategy();
    // Another window opening it now would edit it read-only, not over these edits.
    expect(released).toEqual([]);

    write.mockRestore();
    await test.state().flushSaves();
    expect(released).toEqual(['sample']);
    const stored = (await test.db.loadStrategy('sample'))!.nodes;
    expect(stored.find((n) => n.id === 'city-SC-01')!.data).toMatchObject({
      notes: 'Written before going back',
    });
  });

  it('lets a strategy go at once when it is left with everything saved', async () => {
    const { ownership, released } = editingHere();
    const test = await makeTestStore({ ownership });
    await test.state().openStrategy('sample');
    test.state().updateNodeField('city-SC-01', 'notes', 'Saved at once');
    await test.whenSaved();
    await test.state().closeStrategy();
    expect(released).toEqual(['sample']);
  });

  it('still refuses its write over newer records after the print view has read them', async () => {
    const { test, other } = await sampleChangedElsewhere();
    // The plan printed from this window reads what is stored; it is no copy to edit.
    await test.state().readStrategy('sample');
    test.state().updateNodeField('city-SC-02', 'notes', 'Written over the other window’s');
    await test.whenSaved();
    expect(test.state().notice).toMatchObject({ tone: 'error', key: 'staleWriteRefused' });
    expect((await other.loadStrategy('sample'))!.nodes.map((n) => n.id)).not.toContain(
      'city-SC-01',
    );
    other.close();
  });

  it('refuses and reports a write over newer records, then shows what is stored', async () => {
    const { test, other } = await sampleChangedElsewhere();
    test.state().updateNodeField('city-SC-02', 'notes', 'Stale edit');
    await test.whenSaved();
    expect(test.state().notice).toMatchObject({ tone: 'error', key: 'staleWriteRefused' });
    expect(test.state().readOnly).toBe(true);
    const stored = (await test.db.loadStrategy('sample'))!.nodes;
    expect(stored.find((n) => n.id === 'city-SC-02')!.data).not.toMatchObject({
      notes: 'Stale edit',
    });
    // The window now shows the stored strategy: the node deleted elsewhere is gone here too.
    await vi.waitFor(() =>
      expect(test.state().nodes.some((n) => n.id === 'city-SC-01')).toBe(false),
    );
    // Nothing waits to be written, but the edit was not saved: the status does not say it was.
    expect(test.state().saveState).toBe('saved');
    renderApp(test.store);
    expect(screen.getByText('Latest changes not saved')).toHaveAttribute('role', 'status');
    expect(screen.queryByText('All changes saved')).toBeNull();
    // Opened again, the strategy is as stored and everything in it saved.
    await act(() => test.state().openStrategy('sample'));
    expect(screen.getByText('All changes saved')).toBeVisible();
    other.close();
  });

  it('contains a view that fails to draw and offers to export the strategy', async () => {
    const test = await smallStrategy();
    renderApp(test.store);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // A record the inspector cannot draw: a node kind no version of the app knows.
    const broken = { ...test.state().nodes[0]!, type: 'unknownKind', selected: true };
    test.store.setState({
      nodes: [
        broken as never,
        ...test
          .state()
          .nodes.slice(1)
          .map((n) => ({ ...n, selected: false })),
      ],
    });
    const failure = await screen.findByRole('alert');
    expect(failure).toHaveTextContent('This part of the window failed: Inspector');
    expect(within(failure).getByRole('button', { name: 'Export strategy as file' })).toBeVisible();
    // The rest of the window is still there.
    expect(screen.getByRole('textbox', { name: 'Strategy title' })).toBeVisible();
  });

  it('says which strategy could not be read and keeps the open one', async () => {
    const test = await smallStrategy();
    const other = (await test.state().createStrategy('Second plan'))!;
    renderApp(test.store);
    // The database failing under the window, not a damaged record: the records check out.
    const closed = Object.assign(new Error('Database has been closed'), {
      name: 'DatabaseClosedError',
    });
    vi.spyOn(test.db, 'loadStrategy').mockRejectedValueOnce(closed);
    expect(await test.state().openStrategy(other)).toBe(false);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“Second plan” could not be opened: DatabaseClosedError: Database has been closed ' +
        'Nothing was changed.',
    );
    expect(test.state().openMeta?.id).toBe(test.id);
    expect(screen.getByRole('textbox', { name: 'Strategy title' })).toHaveValue('Small plan');
  });

  it('says so in the library, in Korean, when the strategy asked for cannot be read', async () => {
    const test = await makeTestStore({ language: 'ko' });
    renderApp(test.store);
    vi.spyOn(test.db, 'loadStrategy').mockRejectedValueOnce(new Error('disk I/O error'));
    await userEvent.click(await screen.findByRole('button', { name: '열기' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“서울시 도시외교 2018”을 열지 못했습니다: Error: disk I/O error 아무것도 변경되지 않았습니다.',
    );
    expect(test.state().openMeta).toBeNull();
    // Nothing is held: the next try opens it.
    await userEvent.click(screen.getByRole('button', { name: '열기' }));
    expect(await screen.findByRole('textbox', { name: '전략 제목' })).toBeVisible();
  });

  it('names a damaged stored record when a view fails over the strategy', async () => {
    const test = await smallStrategy();
    await damageFirstCity(test);
    renderApp(test.store);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = { ...test.state().nodes[0]!, type: 'unknownKind', selected: true };
    const others = test
      .state()
      .nodes.slice(1)
      .map((n) => ({ ...n, selected: false }));
    test.store.setState({ nodes: [broken as never, ...others] });
    const failure = await screen.findByRole('alert');
    expect(failure).toHaveTextContent('Your work is kept.');
    await vi.waitFor(() =>
      expect(failure).toHaveTextContent(
        'Its saved data holds 1 damaged record, which may be why: the node “Lyon”, field “Status”.',
      ),
    );
  });

  it('exports the unsaved work when the database can be neither written nor read', async () => {
    const test = await smallStrategy();
    fillDisk(test.db);
    vi.spyOn(test.db, 'readChecked').mockRejectedValue(new Error('Database has been closed'));
    test.state().updateNodeField(test.first, 'notes', 'Met the mayor in March');
    await test.whenSaved();
    expect(test.state().saveState).toBe('failed');
    await test.state().exportStrategyFile();
    expect(test.bridge.saveFile).toHaveBeenCalledTimes(1);
    const [{ content }] = vi.mocked(test.bridge.saveFile).mock.calls[0]!;
    const parsed = parseStrategyFile(content as string);
    expect(parsed.ok && parsed.strategy.nodes.map((n) => n.data)).toContainEqual(
      expect.objectContaining({ notes: 'Met the mayor in March' }),
    );
    expect(test.state().notice).toMatchObject({ tone: 'info', key: 'exported' });
  });

  it('exports no file that could not be imported again: a damaged record is named, and once corrected the export goes through', async () => {
    const test = await smallStrategy();
    // Opened as it is: opening does not check every record.
    await damageFirstCity(test);
    await test.state().openStrategy(test.id);
    renderApp(test.store);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Export file' }));
    expect(
      await screen.findByText(
        '“Small plan” was not exported: 1 record is damaged (the node “Lyon”, field “Status”), ' +
          'and a file holding it could not be imported again. Correct or delete it, then export ' +
          'again. Nothing was written.',
      ),
    ).toBeVisible();
    expect(test.bridge.saveFile).not.toHaveBeenCalled();

    test.state().updateNodeField(test.first, 'status', 'active');
    await user.click(screen.getByRole('button', { name: 'Export file' }));
    await vi.waitFor(() => expect(test.bridge.saveFile).toHaveBeenCalledTimes(1));
    const [{ content }] = vi.mocked(test.bridge.saveFile).mock.calls[0]!;
    expect(typeof content).toBe('string');
    expect(parseStrategyFile(content as string).ok).toBe(true);
  });
});
