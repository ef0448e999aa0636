import { Suspense, useCallback, useEffect, useState } from 'react';
import { AboutDialog } from './components/AboutDialog';
import { LazyEditor, prefetchEditor } from './components/editor/loadEditor';
import { Library } from './components/library/Library';
import { KeyboardToEditor } from './components/library/KeyboardToEditor';
import { FileProgress } from './components/FileProgress';
import { NoticeBar } from './components/NoticeBar';
import { SaveProblemBar } from './components/safety/SaveProblemBar';
import { ViewErrorBoundary } from './components/safety/ViewErrorBoundary';
import { useT } from './i18n';
import { useMenuCommands } from './components/useMenuCommands';
import {
  hashForPresentation,
  hashForStrategy,
  presentIdFromHash,
  strategyIdFromHash,
} from './routes';
import { selectPresenting } from './components/workshop/workshopSelectors';
import { selectLanguage, selectOpenMeta } from './store/selectors';
import { strategyTitle } from '../shared/model/names';
import { useApp, useAppStore } from './store/StoreContext';
import { JoinPage, joinRoute } from './live/JoinPage';

export function App() {
  const openMeta = useApp(selectOpenMeta);
  const language = useApp(selectLanguage);
  const openId = openMeta?.id ?? null;
  const presenting = useApp(selectPresenting);
  const store = useAppStore();
  const t = useT();
  const [joining, setJoining] = useState(() => joinRoute(location.hash));
  const [shownId, setShownId] = useState(openId);
  // The strategy the user has just opened from the library: its editor takes the keyboard as it
  // shows, the button pressed having gone with the library. One opened any other way (at start,
  // by its address) takes nothing.
  const [openedFromLibrary, setOpenedFromLibrary] = useState<string | null>(null);
  const keyboardGiven = useCallback(() => setOpenedFromLibrary(null), []);
  if (openId !== shownId) {
    setShownId(openId);
    // One left before its editor showed takes nothing when opened again some other way.
    if (openedFromLibrary !== null && openedFromLibrary !== openId) setOpenedFromLibrary(null);
    // Joined, the strategy's address replaced the join address without a hashchange: leaving
    // the strategy goes to the library, not back to the join form.
    if (openId && joining) setJoining(null);
  }
  useMenuCommands();
  useEffect(prefetchEditor, []);

  useEffect(() => {
    document.documentElement.lang = language;
    // The title bar and taskbar show the app's name in the language the user chose.
    document.title = t('appName');
  }, [language, t]);

  // Back and forward in the browser, or an edited address, open what the address names.
  useEffect(() => {
    const follow = () => {
      setJoining(joinRoute(location.hash));
      const state = store.getState();
      const wanted = strategyIdFromHash(location.hash) ?? presentIdFromHash(location.hash);
      if (wanted && wanted !== state.openMeta?.id) void state.openStrategy(wanted);
      else if (!wanted && state.openMeta) void state.closeStrategy();
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [store]);

  useEffect(() => {
    const hash = openId && presenting ? hashForPresentation(openId) : hashForStrategy(openId);
    // The join address stays until someone joins (a strategy opens).
    if (!openId && joinRoute(location.hash)) return;
    if (location.hash.split('?')[0] !== hash)
      history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  }, [openId, presenting]);

  return (
    <div className="app">
      <SaveProblemBar />
      {openMeta ? (
        <ViewErrorBoundary key={openMeta.id} area={strategyTitle(openMeta, language)}>
          <Suspense fallback={null}>
            <LazyEditor />
            {/* Inside the same boundary: it runs once the editor is on the page. */}
            {openedFromLibrary === openMeta.id && <KeyboardToEditor onGiven={keyboardGiven} />}
          </Suspense>
        </ViewErrorBoundary>
      ) : joining ? (
        <JoinPage code={joining.code} />
      ) : (
        <ViewErrorBoundary area={t('library')}>
          <Library onOpened={setOpenedFromLibrary} />
        </ViewErrorBoundary>
      )}
      <NoticeBar />
      <FileProgress />
      <AboutDialog />
    </div>
  );
}
