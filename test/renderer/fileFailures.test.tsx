import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FileParser } from '../../renderer/exchange/fileParser';
import { createWorkerFileParser, inThreadFileParser } from '../../renderer/exchange/fileParser';
import { createWorkerLayout } from '../../renderer/layout/workerLayout';
import { NamedFailure } from '../../renderer/store/describeError';
import type { Notice } from '../../renderer/store/types';
import { serializeStrategy } from '../../shared/format/strategyFile';
import { fakeBridge, makeTestStore, renderApp } from './testStore';

type TestStore = Awaited<ReturnType<typeof makeTestStore>>;

/** Every notice the store shows, in order: a success shown and then replaced still counts. */
function noticesOf(test: TestStore): Notice[] {
  const seen: Notice[] = [];
  test.store.subscribe((state, previous) => {
    if (state.notice && state.notice !== previous.notice) seen.push(state.notice);
  });
  return seen;
}

const refusingBridge = () =>
  fakeBridge({
    openFile: vi.fn(async () => {
      throw new Error('dialog crashed');
    }),
    saveFile: vi.fn(async () => {
      throw new Error('disk full');
    }),
  });

async function sampleFile(): Promise<string> {
  const test = await makeTestStore();
  const sample = await test.db.loadStrategy('sample');
  return serializeStrategy(sample!, '2026-03-01T00:00:00.000Z');
}

const openedBytes = (text: string, name = 'file') => ({
  status: 'openedBytes' as const,
  name,
  bytes: new TextEncoder().encode(text),
});

describe('importing a strategy file', () => {
  it('says so when the file cannot be opened', async () => {
    const test = await makeTestStore({ bridge: refusingBridge() });
    const notices = noticesOf(test);
    await test.state().importStrategyFile();
    expect(notices).toEqual([
      { tone: 'error', key: 'importError', values: { error: 'Error: dialog crashed' } },
    ]);
    expect(test.state().fileProgress).toBeNull();
  });

  it('adds nothing and says so when the database refuses the write', async () => {
    const content = await sampleFile();
    const test = await makeTestStore({
      bridge: fakeBridge({ openFile: vi.fn(async () => openedBytes(content, 'plan.json')) }),
    });
    const bucketsBefore = await test.db.nodeBuckets.count();
    // Fails after the strategy and its nodes are written, inside the same transaction.
    vi.spyOn(test.db.edgeBuckets, 'add').mockRejectedValue(new Error('QuotaExceededError'));
    const notices = noticesOf(test);
    await test.state().importStrategyFile();
    expect(notices).toEqual([
      { tone: 'error', key: 'importError', values: { error: 'Error: QuotaExceededError' } },
    ]);
    expect(await test.db.strategies.count()).toBe(1);
    expect(await test.db.nodeBuckets.count()).toBe(bucketsBefore);
    expect(test.state().openMeta).toBeNull();
    expect(test.state().fileProgress).toBeNull();
  });

  it('says so when the file reader fails', async () => {
    const parseFiles: FileParser = {
      ...inThreadFileParser,
      strategyFile: async () => {
        throw new NamedFailure('fileReaderStopped');
      },
    };
    const test = await makeTestStore({
      parseFiles,
      bridge: fakeBridge({ openFile: vi.fn(async () => openedBytes('{}', 'plan.json')) }),
    });
    const notices = noticesOf(test);
    await test.state().importStrategyFile();
    expect(notices).toMatchObject([{ tone: 'error', key: 'importError' }]);
    expect(await test.db.strategies.count()).toBe(1);
  });

  it('reads the file as bytes, showing progress until the strategy is open', async () => {
    const content = await sampleFile();
    const bridge = fakeBridge({ openFile: vi.fn(async () => openedBytes(content, 'plan.json')) });
    const test = await makeTestStore({ bridge });
    const progress: (number | null)[] = [];
    test.store.subscribe((state, previous) => {
      if (state.fileProgress !== previous.fileProgress) progress.push(state.fileProgress);
    });
    await test.state().importStrategyFile();
    expect(bridge.openFile).toHaveBeenCalledWith(expect.objectContaining({ as: 'bytes' }));
    expect(test.state().nodes).toHaveLength(156);
    expect(test.state().notice).toMatchObject({ tone: 'info', key: 'imported' });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBeNull();
    const shown = progress.filter((p): p is number => p !== null);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(Math.max(...shown)).toBeGreaterThanOrEqual(80);
  });
});

describe('reading a CSV file', () => {
  it('says so when the file cannot be opened or read', async () => {
    const test = await makeTestStore({ bridge: refusingBridge() });
    const notices = noticesOf(test);
    expect(await test.state().openCsvFile()).toBeNull();
    expect(notices).toEqual([
      { tone: 'error', key: 'csvReadFailed', values: { error: 'Error: dialog crashed' } },
    ]);

    const failing = await makeTestStore({
      parseFiles: {
        ...inThreadFileParser,
        csvFile: async () => {
          throw new Error('worker failed to start');
        },
      },
      bridge: fakeBridge({ openFile: vi.fn(async () => openedBytes('Name\nSeoul\n')) }),
    });
    expect(await failing.state().openCsvFile()).toBeNull();
    expect(failing.state().notice).toEqual({
      tone: 'error',
      key: 'csvReadFailed',
      values: { error: 'Error: worker failed to start' },
    });
    expect(failing.state().fileProgress).toBeNull();
  });

  it('refuses a file over the caps with the reason', async () => {
    const wide = Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',');
    const test = await makeTestStore({
      bridge: fakeBridge({ openFile: vi.fn(async () => openedBytes(`${wide}\n${wide}\n`)) }),
    });
    expect(await test.state().openCsvFile()).toBeNull();
    expect(test.state().notice).toEqual({
      tone: 'error',
      key: 'csvUnreadable',
      values: { reason: { key: 'csv.tooManyColumns', values: { row: 1 } } },
    });
  });
});

describe('exporting', () => {
  const exports = [
    'exportStrategyFile',
    'exportJsonCanvas',
    'exportGraphml',
    'exportCsv',
    'exportImage',
  ] as const;

  for (const action of exports)
    it(`${action} says the file was not written, and nothing else`, async () => {
      const test = await makeTestStore({ bridge: refusingBridge() });
      await test.state().openStrategy('sample');
      const notices = noticesOf(test);
      await test.state()[action]();
      expect(notices).toEqual([
        { tone: 'error', key: 'exportFailed', values: { error: 'Error: disk full' } },
      ]);
    });

  it('stops a two-file export at the first failure, so no success covers it', async () => {
    const saveFile = vi
      .fn()
      .mockRejectedValueOnce(new Error('disk full'))
      .mockResolvedValue({ status: 'saved', name: 'more.csv' });
    const test = await makeTestStore({ bridge: fakeBridge({ saveFile }) });
    await test.state().openStrategy('sample');
    const notices = noticesOf(test);
    await test.state().exportCsv();
    expect(saveFile).toHaveBeenCalledTimes(1);
    expect(notices).toEqual([
      { tone: 'error', key: 'exportFailed', values: { error: 'Error: disk full' } },
    ]);
  });
});

describe('the window while a file is read', () => {
  it('shows how far reading has got, then the error when it fails', async () => {
    let fail: (error: Error) => void = () => {};
    let report: (fraction: number) => void = () => {};
    const parseFiles: FileParser = {
      ...inThreadFileParser,
      strategyFile: (_content, onProgress) => {
        report = onProgress;
        return new Promise((_resolve, reject) => (fail = reject));
      },
    };
    const test = await makeTestStore({
      parseFiles,
      bridge: fakeBridge({ openFile: vi.fn(async () => openedBytes('{}', 'plan.json')) }),
    });
    renderApp(test.store);
    await userEvent.click(screen.getByRole('button', { name: 'Import file' }));
    const progress = await screen.findByRole('progressbar', { name: 'Reading file' });
    expect(progress).toHaveTextContent('Reading file… 0%');
    report(0.5);
    await waitFor(() => expect(progress).toHaveAttribute('aria-valuenow', '10'));
    expect(progress).toHaveAttribute('aria-valuetext', 'Reading file… 10%');
    fail(new Error('out of memory'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The file could not be imported (Error: out of memory). Nothing was changed.',
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByText(/Imported/)).not.toBeInTheDocument();
  });
});

/** A worker that stops, as the browser says, on the first job it is sent. */
class StoppingWorker extends EventTarget {
  postMessage() {
    setTimeout(() =>
      this.dispatchEvent(new ErrorEvent('error', { message: 'out of memory', cancelable: true })),
    );
  }
  terminate() {}
}

describe('a Korean user told what stopped', () => {
  const hasLatin = /[A-Za-z]/;

  afterEach(() => vi.unstubAllGlobals());

  it('says in Korean that the file reader stopped', async () => {
    vi.stubGlobal('Worker', StoppingWorker);
    const test = await makeTestStore({
      language: 'ko',
      parseFiles: createWorkerFileParser(),
      bridge: fakeBridge({ openFile: vi.fn(async () => openedBytes('{}', 'plan.json')) }),
    });
    renderApp(test.store);
    await act(() => test.state().importStrategyFile());
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('파일 읽기가 예기치 않게 중단됨');
    expect(notice.textContent).not.toMatch(hasLatin);
  });

  it('says in Korean that the layout stopped', async () => {
    vi.stubGlobal('Worker', StoppingWorker);
    const test = await makeTestStore({ language: 'ko', layout: createWorkerLayout() });
    await test.state().openStrategy('sample');
    renderApp(test.store);
    await act(() => test.state().autoLayout());
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('자동 배치에 실패했습니다: 배치 작업이 예기치 않게 중단됨');
    expect(notice.textContent).not.toMatch(hasLatin);
  });

  it('says in Korean that an imported strategy could not be read back', async () => {
    const content = await sampleFile();
    const test = await makeTestStore({
      language: 'ko',
      bridge: fakeBridge({ openFile: vi.fn(async () => openedBytes(content, 'plan.json')) }),
    });
    // Gone between being written and being opened: deleted in another window, say.
    test.store.setState({ openStrategy: async () => false });
    renderApp(test.store);
    await act(() => test.state().importStrategyFile());
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('전략 목록에서 다시 읽어 오지 못함');
    expect(notice.textContent).not.toMatch(hasLatin);
  });
});
