import { act, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  guessMapping,
  guessTableKind,
  planImport,
  type CsvTable,
} from '../../shared/exchange/csvImport';
import { guessExchangeMapping, planExchangeImport } from '../../shared/exchange/exchangeLogCsv';
import { MAX_EXCHANGES } from '../../shared/format/activitySchema';
import { MAX_NODES } from '../../shared/format/strategyFile';
import { EMPTY_CHANGE } from '../../shared/model/change';
import type { StrategyNode } from '../../shared/model/graph';
import { createNode } from '../../shared/model/nodes';
import { CsvImportDialog } from '../../renderer/components/editor/CsvImportDialog';
import { NoticeBar } from '../../renderer/components/NoticeBar';
import {
  createSoleOwnership,
  type StrategyOwnership,
} from '../../renderer/persistence/strategyOwnership';
import { strategyGraphOf, toFlowNode } from '../../renderer/store/flow';
import { StoreContext } from '../../renderer/store/StoreContext';
import { makeTestStore } from './testStore';

const sheet = (headers: string[], rows: string[][]): CsvTable => ({
  encoding: 'utf-8',
  delimiter: ',',
  headers,
  rows,
});

const hanoiLog = (nodes: readonly { id: string; data: object }[]) =>
  (nodes.find((n) => n.id === 'hanoi')!.data as { exchanges: unknown[] }).exchanges;

/** A strategy open for editing with one partner city, Hanoi, whose log holds `logged` exchanges. */
async function openStrategy(logged = 0) {
  let handOver: (id: string, canKeep: boolean) => Promise<boolean> = async () => true;
  const ownership: StrategyOwnership = {
    ...createSoleOwnership(),
    onHandover: (letGo) => (handOver = letGo),
  };
  const test = await makeTestStore({ seed: false, ownership });
  const id = (await test.state().createStrategy('Plan'))!;
  await test.state().openStrategy(id);
  const city = createNode('partnerCity', 'hanoi', { x: 0, y: 0 });
  const exchanges = Array.from({ length: logged }, (_, i) => ({
    id: `x${i}`,
    kind: 'other' as const,
    date: '2020-01-01',
    who: '',
    topic: `Meeting ${i}`,
    followUp: false,
    projectId: '',
  }));
  const hanoi = { ...city, data: { ...city.data, name: 'Hanoi', exchanges } } as StrategyNode;
  test.state().commit({ ...EMPTY_CHANGE, putNodes: [hanoi] });
  await test.whenSaved();
  return {
    ...test,
    id,
    /** Another window takes editing over: this one shows the strategy read-only from now on. */
    takenOver: () => handOver(id, true),
    log: () => hanoiLog(test.state().nodes),
    stored: async () => (await test.db.loadStrategy(id))!,
  };
}

/** The import dialog over the notice bar; closed, it goes, as in the app. */
function showDialog(store: Awaited<ReturnType<typeof makeTestStore>>['store'], table: CsvTable) {
  const onClose = vi.fn();
  function Shown() {
    const [open, setOpen] = useState(true);
    const close = () => {
      onClose();
      setOpen(false);
    };
    return open && <CsvImportDialog fileName="sheet.csv" table={table} onClose={close} />;
  }
  render(
    <StoreContext.Provider value={store}>
      <Shown />
      <NoticeBar />
    </StoreContext.Provider>,
  );
  return onClose;
}

const exchangeRows = (...topics: string[]) =>
  sheet(
    ['Partner', 'Date', 'Topic'],
    topics.map((topic) => ['Hanoi', '2024-05-02', topic]),
  );

describe('a CSV import the window refuses', () => {
  it('says why, not that rows were imported, and closes the dialog', async () => {
    const test = await openStrategy();
    const onClose = showDialog(test.store, sheet(['Title'], [['Metro line']]));
    await test.takenOver();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm import' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This window only shows the strategy: it is being edited in another window.',
    );
    expect(screen.queryByText(/^Imported/)).toBeNull();
    expect(onClose).toHaveBeenCalled();
    expect(test.state().nodes).toHaveLength(1);
    expect((await test.stored()).nodes).toHaveLength(1);
  });

  it('of an exchange log says why and closes the dialog, with the log unchanged', async () => {
    const test = await openStrategy();
    const onClose = showDialog(test.store, exchangeRows('Rail'));
    await test.takenOver();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm import' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This window only shows the strategy');
    expect(onClose).toHaveBeenCalled();
    expect(test.log()).toEqual([]);
    expect(hanoiLog((await test.stored()).nodes)).toEqual([]);
  });
});

describe('an addition past a limit of the strategy file', () => {
  /** Cards standing in for a strategy's others, up to `count` in all. */
  const filledTo = (test: Awaited<ReturnType<typeof openStrategy>>, count: number) =>
    test.store.setState({
      nodes: [
        ...test.state().nodes,
        ...Array.from({ length: count - test.state().nodes.length }, (_, i) =>
          toFlowNode(createNode('goal', `filler-${i}`, { x: 0, y: 0 })),
        ),
      ],
    });

  it('is said in the preview of a CSV of cards, before Confirm, and refused whole', async () => {
    const test = await openStrategy();
    filledTo(test, MAX_NODES - 1);
    const table = sheet(['Title'], [['Metro line'], ['Bus depot']]);
    showDialog(test.store, table);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'These rows cannot be imported: a strategy holds at most 50,000 cards, and they would make more.',
    );
    expect(screen.getByRole('button', { name: 'Confirm import' })).toBeDisabled();
    // Confirm refuses such a plan all the same, should one reach it.
    const kind = guessTableKind(table.headers);
    const { nodes, edges } = test.state();
    const plan = planImport(
      table,
      kind,
      guessMapping(table.headers, kind),
      strategyGraphOf(nodes, edges),
    );
    act(() => void test.state().applyCsvImport(plan, true));
    expect(within(screen.getByRole('dialog')).getByText(/^Nothing was added/)).toHaveTextContent(
      'Nothing was added: a strategy holds at most 50,000 cards, and this would make more.',
    );
    expect(test.state().nodes).toHaveLength(MAX_NODES - 1);
    expect((await test.stored()).nodes).toHaveLength(1);
  });

  it('is said in the preview of an exchange log, before Confirm, and refused whole', async () => {
    const test = await openStrategy(MAX_EXCHANGES - 1);
    const table = exchangeRows('Rail', 'Water');
    showDialog(test.store, table);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'These rows cannot be imported: a partner’s exchange log holds at most 2,000 exchanges, and they would make one longer.',
    );
    expect(screen.getByRole('button', { name: 'Confirm import' })).toBeDisabled();
    // Confirm refuses such a plan all the same, should one reach it.
    const { nodes, edges } = test.state();
    const plan = planExchangeImport(
      table,
      guessExchangeMapping(table.headers),
      strategyGraphOf(nodes, edges),
    );
    act(() => void test.state().applyExchangeImport(plan));
    expect(within(screen.getByRole('dialog')).getByText(/^Nothing was added/)).toHaveTextContent(
      'Nothing was added: a partner’s exchange log holds at most 2,000 exchanges',
    );
    expect(test.log()).toHaveLength(MAX_EXCHANGES - 1);
    expect(hanoiLog((await test.stored()).nodes)).toHaveLength(MAX_EXCHANGES - 1);
  });

  it('is refused whole for a paste, naming the limit', async () => {
    const test = await openStrategy();
    render(
      <StoreContext.Provider value={test.store}>
        <NoticeBar />
      </StoreContext.Provider>,
    );
    test.state().selectOnly('hanoi');
    test.state().copySelection();
    filledTo(test, MAX_NODES);
    act(() => test.state().paste());
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Nothing was added: a strategy holds at most 50,000 cards',
    );
    expect(test.state().nodes).toHaveLength(MAX_NODES);
    await test.whenSaved();
    expect((await test.stored()).nodes).toHaveLength(1);
  });
});
