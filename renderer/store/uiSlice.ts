import type { StateCreator } from 'zustand';
import type { Language } from '../../shared/model/graph';
import type { AppState, SliceContext, UiSlice } from './types';

export const LANGUAGE_SETTING = 'language';

export const createUiSlice =
  (
    { deps, writes }: SliceContext,
    initialLanguage: Language,
  ): StateCreator<AppState, [], [], UiSlice> =>
  (set, get) => ({
    host: deps.bridge,
    language: initialLanguage,
    notice: null,
    noticeInDialog: null,
    setNoticeInDialog(noticeInDialog) {
      set({ noticeInDialog });
    },
    saveState: 'saved',
    changesRefused: false,
    saveError: null,
    aboutOpen: false,
    pdfDialogOpen: false,
    setPdfDialogOpen(open) {
      set({ pdfDialogOpen: open });
    },
    wordDialogOpen: false,
    setWordDialogOpen(open) {
      set({ wordDialogOpen: open });
    },
    setLanguage(language) {
      set({ language });
      deps.bridge.setMenuLanguage(language);
      // A preference, not part of the plan: if it cannot be kept, the next start asks again.
      deps.db.setSetting(LANGUAGE_SETTING, language).catch(() => {});
    },
    toggleLanguage() {
      get().setLanguage(get().language === 'en' ? 'ko' : 'en');
    },
    showNotice(notice) {
      set({ notice });
    },
    async retrySaving() {
      await writes.flush();
    },
    flushSaves() {
      return writes.flush();
    },
    hasUnsavedChanges() {
      return writes.hasUnsaved();
    },
    dismissNotice() {
      set({ notice: null });
    },
    setAboutOpen(open) {
      set({ aboutOpen: open });
    },
  });
