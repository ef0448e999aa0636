import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Language } from '../../shared/model/graph';
import { createWriteQueue } from '../persistence/writeQueue';
import { createEditorSlice } from './editorSlice';
import { createExchangeSlice } from './exchangeSlice';
import { createHistorySlice } from './historySlice';
import { createLayoutSlice } from './layoutSlice';
import { createLibrarySlice } from './librarySlice';
import { createPipelineSlice } from './pipelineSlice';
import type { AppState, StoreDeps } from './types';
import { measureSince } from '../timing';
import { createUiSlice } from './uiSlice';

export type AppStore = StoreApi<AppState>;

export interface AppStoreHandle {
  store: AppStore;
  /** Resolves when every change made so far is in the database. */
  whenSaved(): Promise<void>;
}

export function createAppStore(deps: StoreDeps, initialLanguage: Language): AppStoreHandle {
  // The queue reports into the store; its callbacks run only after the store exists.
  const writes = createWriteQueue(
    async (batch) => {
      const started = performance.now();
      // The open strategy's record in the store is the current one: its title and settings
      // change there first (see setStrategyTitle, updatePipelineSettings, renameStrategy).
      const current = store.getState().openMeta ?? undefined;
      await deps.db.writeChanges(batch, deps.now().toISOString(), current);
      measureSince('autosave:write', started);
    },
    (saveState, error) => {
      store.setState({ saveState });
      if (saveState === 'failed')
        store
          ?.getState()
          .showNotice({ tone: 'error', key: 'saveFailed', values: { error: String(error) } });
    },
  );
  const context = { deps, writes };
  const store: AppStore = createStore<AppState>()((...args) => ({
    ...createLibrarySlice(context)(...args),
    ...createEditorSlice(context)(...args),
    ...createHistorySlice(context)(...args),
    ...createUiSlice(context, initialLanguage)(...args),
    ...createPipelineSlice(context)(...args),
    ...createExchangeSlice(context)(...args),
    ...createLayoutSlice(context)(...args),
  }));
  return { store, whenSaved: () => writes.whenIdle() };
}
