import type { StateCreator } from 'zustand';
import type { Language } from '../../shared/model/graph';
import type { AppState, SliceContext, UiSlice } from './types';

export const LANGUAGE_SETTING = 'language';

export const createUiSlice =
  ({ deps }: SliceContext, initialLanguage: Language): StateCreator<AppState, [], [], UiSlice> =>
  (set, get) => ({
    host: deps.bridge,
    language: initialLanguage,
    notice: null,
    saveState: 'saved',
    aboutOpen: false,
    pdfDialogOpen: false,
    setPdfDialogOpen(open) {
      set({ pdfDialogOpen: open });
    },
    setLanguage(language) {
      set({ language });
      deps.bridge.setMenuLanguage(language);
      void deps.db.setSetting(LANGUAGE_SETTING, language);
    },
    toggleLanguage() {
      get().setLanguage(get().language === 'en' ? 'ko' : 'en');
    },
    showNotice(notice) {
      set({ notice });
    },
    dismissNotice() {
      set({ notice: null });
    },
    setAboutOpen(open) {
      set({ aboutOpen: open });
    },
  });
