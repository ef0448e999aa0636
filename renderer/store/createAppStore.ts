import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Language } from '../../shared/model/graph';
import { StaleWriteError } from '../persistence/database';
import { createWriteQueue, type WriteQueue } from '../persistence/writeQueue';
import { createEditorSlice } from './editorSlice';
import { createExchangeSlice } from './exchangeSlice';
import { createHistorySlice } from './historySlice';
import { createLayoutSlice } from './layoutSlice';
import { createLibrarySlice } from './librarySlice';
import { createMapSlice } from './mapSlice';
import { createPipelineSlice } from './pipelineSlice';
import type { AppState, StoreDeps } from './types';
import { measureSince } from '../timing';
import { describeError } from './describeError';
import { createUiSlice } from './uiSlice';
import { createWorkshopSlice } from './workshopSlice';
import { createActivitySlice } from './activitySlice';
import { createLiveOutlet } from '../live/liveOutlet';
import { createLiveSlice } from '../live/liveSlice';
import { createLiveWorkshopSlice } from '../live/liveWorkshopSlice';

export type AppStore = StoreApi<AppState>;

export interface AppStoreHandle {
  store: AppStore;
  /** Resolves when every change made so far is in the database. */
  whenSaved(): Promise<void>;
}

export function createAppStore(deps: StoreDeps, initialLanguage: Language): AppStoreHandle {
  // When the oldest change not yet written was made: how long an edit waits to be saved.
  let unsavedSince: number | null = null;
  // The queue reports into the store; its callbacks run only after the store exists.
  const queue = createWriteQueue({
    write: async (batch) => {
      const since = unsavedSince;
      unsavedSince = null;
      const started = performance.now();
      try {
        await deps.db.writeChanges(batch, deps.now().toISOString());
      } catch (error) {
        unsavedSince = since;
        throw error;
      }
      measureSince('autosave:write', started);
      if (since !== null) measureSince('autosave:saved', since);
    },
    // The save problem bar says what failed for as long as it lasts; no passing notice.
    onState: (saveState, error) =>
      store.setState({
        saveState,
        saveError: saveState === 'failed' ? describeError(error) : null,
      }),
    beforeWrite: deps.beforeWrite,
    refusedIn: (error) => (error instanceof StaleWriteError ? [error.strategyId] : null),
    onRefused: (strategyIds, error) => store.getState().refusedAsStale(strategyIds, error),
  });
  const writes: WriteQueue = {
    ...queue,
    enqueue(strategyId, change, meta) {
      unsavedSince ??= performance.now();
      queue.enqueue(strategyId, change, meta);
    },
  };
  // While a strategy is shared, its saves reach the shared document too; a change that came
  // from the document is saved past the outlet, so it is not sent back.
  const live = createLiveOutlet();
  const context = { deps, writes: live.forwarding(writes), live };
  const store: AppStore = createStore<AppState>()((...args) => ({
    ...createLibrarySlice(context)(...args),
    ...createEditorSlice(context)(...args),
    ...createHistorySlice(context)(...args),
    ...createUiSlice(context, initialLanguage)(...args),
    ...createPipelineSlice(context)(...args),
    ...createExchangeSlice(context)(...args),
    ...createLayoutSlice(context)(...args),
    ...createMapSlice(context)(...args),
    ...createWorkshopSlice(context)(...args),
    ...createActivitySlice(context)(...args),
    ...createLiveSlice({ deps, writes }, live)(...args),
    ...createLiveWorkshopSlice({ deps, writes })(...args),
  }));
  return { store, whenSaved: () => context.writes.whenIdle() };
}
