import { useEffect } from 'react';
import { AboutDialog } from './components/AboutDialog';
import { Editor } from './components/editor/Editor';
import { Library } from './components/library/Library';
import { FileProgress } from './components/FileProgress';
import { NoticeBar } from './components/NoticeBar';
import { SaveProblemBar } from './components/safety/SaveProblemBar';
import { ViewErrorBoundary } from './components/safety/ViewErrorBoundary';
import { useT } from './i18n';
import { useMenuCommands } from './components/useMenuCommands';
import { hashForStrategy, strategyIdFromHash } from './routes';
import { selectLanguage, selectOpenMeta } from './store/selectors';
import { useApp, useAppStore } from './store/StoreContext';

export function App() {
  const openMeta = useApp(selectOpenMeta);
  const language = useApp(selectLanguage);
  const openId = openMeta?.id ?? null;
  const store = useAppStore();
  const t = useT();
  useMenuCommands();

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // Back and forward in the browser, or an edited address, open what the address names.
  useEffect(() => {
    const follow = () => {
      const state = store.getState();
      const wanted = strategyIdFromHash(location.hash);
      if (wanted && wanted !== state.openMeta?.id) void state.openStrategy(wanted);
      else if (!wanted && state.openMeta) void state.closeStrategy();
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [store]);

  useEffect(() => {
    const hash = hashForStrategy(openId);
    if (location.hash !== hash)
      history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  }, [openId]);

  return (
    <div className="app">
      <SaveProblemBar />
      {openMeta ? (
        <ViewErrorBoundary key={openMeta.id} area={openMeta.title}>
          <Editor />
        </ViewErrorBoundary>
      ) : (
        <ViewErrorBoundary area={t('library')}>
          <Library />
        </ViewErrorBoundary>
      )}
      <NoticeBar />
      <FileProgress />
      <AboutDialog />
    </div>
  );
}
