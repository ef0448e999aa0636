import { act, render, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { expect, vi } from 'vitest';
import { autoLayout } from '../../shared/layout/autoLayout';
import facts from '../../assets/seoul-2018-facts.json';
import type { HostBridge } from '../../shared/host/bridge';
import type { Language } from '../../shared/model/graph';
import { buildSeoulSample } from '../../shared/sample/seoulSample';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import { App } from '../../renderer/App';
import { inThreadFileParser, type FileParser } from '../../renderer/exchange/fileParser';
import { WorkbenchDatabase } from '../../renderer/persistence/database';
import {
  createSoleOwnership,
  type StrategyOwnership,
} from '../../renderer/persistence/strategyOwnership';
import { createAppStore } from '../../renderer/store/createAppStore';
import { StoreContext } from '../../renderer/store/StoreContext';
import type { StoreDeps } from '../../renderer/store/types';

let databaseCount = 0;

export function fakeBridge(overrides: Partial<HostBridge> = {}): HostBridge {
  return {
    kind: 'web',
    saveFile: vi.fn(async ({ suggestedName }) => ({
      status: 'saved' as const,
      name: suggestedName,
    })),
    openFile: vi.fn(async () => ({ status: 'cancelled' as const })),
    exportPdf: vi.fn(async () => ({ status: 'saved' as const, name: 'plan.pdf' })),
    onMenuCommand: vi.fn(() => () => {}),
    setMenuLanguage: vi.fn(),
    onCloseRequested: vi.fn(() => () => {}),
    ...overrides,
  };
}

/** A store over a fresh database, with a clock that moves a tenth of a second per reading. */
export async function makeTestStore(
  options: {
    bridge?: HostBridge;
    language?: Language;
    seed?: boolean;
    ownership?: StrategyOwnership;
    parseFiles?: FileParser;
    layout?: StoreDeps['layout'];
    name?: string;
  } = {},
) {
  const db = new WorkbenchDatabase(options.name ?? `test-${++databaseCount}-${Math.random()}`);
  await db.open();
  const bridge = options.bridge ?? fakeBridge();
  let clock = Date.parse('2026-03-01T09:00:00.000Z');
  let ids = 0;
  const language = options.language ?? 'en';
  const loadSample = async (sampleLanguage: Language) =>
    buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z', sampleLanguage);
  const handle = createAppStore(
    {
      db,
      bridge,
      loadSample,
      now: () => new Date((clock += 100)),
      newStrategyId: () => `strategy-${++ids}`,
      layout:
        options.layout ??
        (async (graph, style, layoutOptions) => autoLayout(graph, style, layoutOptions)),
      ownership: options.ownership ?? createSoleOwnership(),
      animate: async (step) => [0.5, 1].forEach(step),
      beforeWrite: async () => {},
      parseFiles: options.parseFiles ?? inThreadFileParser,
    },
    language,
  );
  if (options.seed !== false) await db.seedSampleOnFirstRun(() => loadSample(language), 'sample');
  await handle.store.getState().refreshLibrary();
  return { ...handle, db, bridge, state: () => handle.store.getState() };
}

/** Renders a part of the app (the whole app by default) over the test's store. */
export function renderApp(
  store: Awaited<ReturnType<typeof makeTestStore>>['store'],
  part: ReactNode = <App />,
) {
  return render(<StoreContext.Provider value={store}>{part}</StoreContext.Provider>);
}

/**
 * The app rendered on a strategy, once its canvas is up. d3-zoom's animated moves end in a view
 * of NaN under jsdom: the view jumps instead.
 */
export async function renderOnCanvas(test: Awaited<ReturnType<typeof makeTestStore>>) {
  renderApp(test.store);
  await waitFor(() => expect(test.state().viewport).not.toBeNull());
  const view = test.state().viewport!;
  act(() =>
    test.state().setViewport({ ...view, centreOn: (point, zoom) => view.centreOn(point, zoom) }),
  );
  return test;
}

/** A new, empty strategy open in the rendered app. */
export async function openBlankStrategy(language: Language = 'en') {
  const test = await makeTestStore({ language });
  await test.state().createStrategy('Blank');
  await test.state().openStrategy('strategy-1');
  return renderOnCanvas(test);
}
