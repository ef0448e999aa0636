import type { StateCreator } from 'zustand';
import { MAX_FILE_BYTES, type FileProblem } from '../../shared/format/strategyFile';
import type { OpenFileResult } from '../../shared/host/bridge';
import { translator } from '../../shared/i18n/translate';
import { parseFieldInput, STRATEGY_FIELDS } from '../../shared/model/fields';
import type { Language } from '../../shared/model/graph';
import { strategyTitle } from '../../shared/model/names';
import { blankStrategy } from '../../shared/model/blankStrategy';
import { strategyFileFilters } from './editorSlice';
import { withFileProgress } from './exchangeSlice';
import type { AppState, LibrarySlice, SliceContext } from './types';
import { DamagedStrategyError } from '../persistence/database';
import { damagedMessage, problemMessage } from './damagedMessage';
import { NamedFailure, noticeError } from './describeError';

/**
 * How much of an import's progress bar each step has filled once done. Measured on large
 * files: checking the file (in a worker) is quick, storing its nodes takes the most time,
 * and opening it finishes the bar.
 */
const IMPORT_SHARES = { parsed: 0.2, stored: 0.8 };

export const createLibrarySlice =
  ({ deps, writes }: SliceContext): StateCreator<AppState, [], [], LibrarySlice> =>
  (set, get) => {
    const timestamp = () => deps.now().toISOString();

    /** Library actions write at once; a failure is said, never passed over. */
    const attempt = async (action: () => Promise<void>): Promise<boolean> => {
      try {
        await action();
        return true;
      } catch (error) {
        get().showNotice(
          error instanceof DamagedStrategyError
            ? { tone: 'error', ...damagedMessage(error, get().language) }
            : { tone: 'error', key: 'libraryActionFailed', values: { error: noticeError(error) } },
        );
        return false;
      } finally {
        await get()
          .refreshLibrary()
          .catch(() => {});
      }
    };

    /** A strategy another window edits is changed there, not from this library. */
    const refuseWhenEditedElsewhere = async (id: string): Promise<boolean> => {
      if (!(await deps.ownership.heldElsewhere(id))) return false;
      get().showNotice({ tone: 'error', key: 'openInAnotherWindow' });
      return true;
    };

    return {
      strategies: null,

      async refreshLibrary() {
        await writes.whenIdle();
        set({ strategies: await deps.db.listStrategies() });
      },

      async createStrategy(title = '', titleKo = '') {
        const id = deps.newStrategyId();
        const now = timestamp();
        const created = await attempt(() =>
          deps.db.addStrategy(blankStrategy(now, title, titleKo), id),
        );
        return created ? id : null;
      },

      async renameStrategy(id, title, language = 'en') {
        if (get().openMeta?.id === id) return get().setStrategyTitle(title, language);
        const key = language === 'ko' ? 'titleKo' : 'title';
        const parsed = parseFieldInput(STRATEGY_FIELDS[key], title);
        if (!parsed.ok || (await refuseWhenEditedElsewhere(id))) return;
        // Edits waiting to be saved carry the strategy's record as it was: written after the
        // new name, they would put the old one back.
        await writes.whenIdle();
        if (writes.pendingFor(id) && !(await writes.flush())) {
          get().showNotice({ tone: 'error', key: 'renameUnsaved' });
          return;
        }
        const patch = { [key]: parsed.value as string, updatedAt: timestamp() };
        await attempt(() => deps.db.updateStrategyMeta(id, patch));
      },

      async duplicateStrategy(id) {
        await writes.whenIdle();
        // The copy is made from what is stored: edits not saved yet would be left out of it.
        if (writes.pendingFor(id) && !(await writes.flush())) {
          get().showNotice({ tone: 'error', key: 'duplicateUnsaved' });
          return;
        }
        await attempt(async () => {
          // A damaged record would be copied as it is, and the copy be as damaged.
          const original = await deps.db.readChecked(id);
          if (!original) return;
          const { id: _id, ...rest } = original;
          const now = timestamp();
          // Each title that is there says it is a copy, in its own language; none is made up.
          const copy = (title: string, language: Language) =>
            title.trim() === '' ? '' : translator(language)('copyOf', { title });
          await deps.db.addStrategy(
            {
              ...rest,
              title: copy(rest.title, 'en'),
              titleKo: copy(rest.titleKo, 'ko'),
              createdAt: now,
              updatedAt: now,
            },
            deps.newStrategyId(),
          );
        });
      },

      async deleteStrategy(id) {
        await writes.whenIdle();
        if (await refuseWhenEditedElsewhere(id)) return;
        // Edits to it that wait for a failed save go with it, deleted here and not elsewhere.
        if (await attempt(() => deps.db.deleteStrategy(id))) writes.discard(id);
      },

      async restoreSample() {
        await attempt(async () => {
          const sample = await deps.loadSample(get().language);
          const now = timestamp();
          await deps.db.addStrategy(
            { ...sample, createdAt: now, updatedAt: now },
            deps.newStrategyId(),
          );
        });
      },

      async damageIn(id) {
        await writes.whenIdle();
        try {
          await deps.db.readChecked(id);
          return null;
        } catch (error) {
          if (error instanceof DamagedStrategyError) return error;
          throw error;
        }
      },

      async readStrategy(id) {
        await writes.whenIdle();
        return deps.db.readStrategy(id);
      },

      async importStrategyFile() {
        const failed = (error: unknown) =>
          get().showNotice({
            tone: 'error',
            key: 'importError',
            values: { error: noticeError(error) },
          });
        const refused = (problem: FileProblem) =>
          get().showNotice({
            tone: 'error',
            key: 'importFailed',
            values: { reason: problemMessage(problem, get().language) },
          });
        let opened: OpenFileResult;
        try {
          // As bytes, so that decoding a large file is done off the page too.
          opened = await deps.bridge.openFile({
            filters: strategyFileFilters(get().language),
            maxBytes: MAX_FILE_BYTES,
            as: 'bytes',
          });
        } catch (error) {
          return failed(error);
        }
        if (opened.status === 'cancelled') return;
        if (opened.status === 'tooLarge') return refused({ code: 'tooLarge' });
        const content = opened.status === 'opened' ? opened.content : opened.bytes;
        await withFileProgress(set, async (report) => {
          const id = deps.newStrategyId();
          let title: string;
          try {
            const parsed = await deps.parseFiles.strategyFile(content, (f) =>
              report(f * IMPORT_SHARES.parsed),
            );
            if (!parsed.ok) return refused(parsed.problem);
            title = strategyTitle(parsed.strategy, get().language);
            // One transaction: a failed write leaves nothing of the file behind.
            await deps.db.addStrategy({ ...parsed.strategy, updatedAt: timestamp() }, id, (f) =>
              report(IMPORT_SHARES.parsed + f * (IMPORT_SHARES.stored - IMPORT_SHARES.parsed)),
            );
          } catch (error) {
            return failed(error);
          }
          report(IMPORT_SHARES.stored);
          try {
            await get().refreshLibrary();
            if (!(await get().openStrategy(id, 'throw')))
              throw new NamedFailure('importNotReadBack', `strategy ${id} is not stored`);
          } catch (error) {
            return get().showNotice({
              tone: 'error',
              key: 'importedNotOpened',
              values: { title, error: noticeError(error) },
            });
          }
          get().showNotice({ tone: 'info', key: 'imported', values: { title } });
        });
      },
    };
  };
