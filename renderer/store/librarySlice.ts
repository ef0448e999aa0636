import type { StateCreator } from 'zustand';
import {
  MAX_FILE_BYTES,
  parseStrategyFile,
  type FileProblem,
} from '../../shared/format/strategyFile';
import type { MessageKey } from '../../shared/i18n/translate';
import { DEFAULT_PIPELINE_SETTINGS } from '../../shared/pipeline/gates';
import { STRATEGY_FILE_FILTERS } from './editorSlice';
import type { AppState, LibrarySlice, Message, SliceContext } from './types';

export function problemMessage(problem: FileProblem): Message {
  const keys: Record<FileProblem['code'], MessageKey> = {
    tooLarge: 'problemTooLarge',
    notJson: 'problemNotJson',
    notStrategyFile: 'problemNotStrategyFile',
    newerVersion: 'problemNewerVersion',
    invalid: 'problemInvalid',
  };
  const values: Record<string, string | number> = {};
  if (problem.code === 'newerVersion') values.version = problem.version;
  if (problem.code === 'invalid') values.detail = problem.detail;
  return { key: keys[problem.code], values };
}

export const createLibrarySlice =
  ({ deps, writes }: SliceContext): StateCreator<AppState, [], [], LibrarySlice> =>
  (set, get) => {
    const timestamp = () => deps.now().toISOString();

    return {
      strategies: null,

      async refreshLibrary() {
        await writes.whenIdle();
        set({ strategies: await deps.db.listStrategies() });
      },

      async createStrategy(title) {
        const id = deps.newStrategyId();
        const now = timestamp();
        await deps.db.addStrategy(
          {
            title,
            organization: '',
            author: '',
            pipeline: DEFAULT_PIPELINE_SETTINGS,
            createdAt: now,
            updatedAt: now,
            nodes: [],
            edges: [],
          },
          id,
        );
        await get().refreshLibrary();
        return id;
      },

      async renameStrategy(id, title) {
        if (title.trim() === '') return;
        const patch = { title: title.trim(), updatedAt: timestamp() };
        const open = get().openMeta;
        if (open?.id === id) set({ openMeta: { ...open, ...patch } });
        await deps.db.updateStrategyMeta(id, patch);
        await get().refreshLibrary();
      },

      async duplicateStrategy(id, title) {
        await writes.whenIdle();
        const original = await deps.db.loadStrategy(id);
        if (!original) return;
        const { id: _id, ...rest } = original;
        const now = timestamp();
        await deps.db.addStrategy(
          { ...rest, title, createdAt: now, updatedAt: now },
          deps.newStrategyId(),
        );
        await get().refreshLibrary();
      },

      async deleteStrategy(id) {
        await writes.whenIdle();
        await deps.db.deleteStrategy(id);
        await get().refreshLibrary();
      },

      async restoreSample() {
        const sample = await deps.loadSample();
        const now = timestamp();
        await deps.db.addStrategy(
          { ...sample, createdAt: now, updatedAt: now },
          deps.newStrategyId(),
        );
        await get().refreshLibrary();
      },

      async readStrategy(id) {
        await writes.whenIdle();
        return deps.db.loadStrategy(id);
      },

      async importStrategyFile() {
        const opened = await deps.bridge.openFile({
          filters: STRATEGY_FILE_FILTERS,
          maxBytes: MAX_FILE_BYTES,
        });
        if (opened.status === 'cancelled') return;
        const parsed =
          opened.status === 'tooLarge'
            ? ({ ok: false, problem: { code: 'tooLarge' } } as const)
            : parseStrategyFile(
                opened.status === 'opened'
                  ? opened.content
                  : new TextDecoder().decode(opened.bytes),
              );
        if (!parsed.ok) {
          get().showNotice({
            tone: 'error',
            key: 'importFailed',
            values: { reason: problemMessage(parsed.problem) },
          });
          return;
        }
        const id = deps.newStrategyId();
        await deps.db.addStrategy({ ...parsed.strategy, updatedAt: timestamp() }, id);
        await get().refreshLibrary();
        await get().openStrategy(id);
        get().showNotice({
          tone: 'info',
          key: 'imported',
          values: { title: parsed.strategy.title },
        });
      },
    };
  };
