import { useEffect } from 'react';
import { AboutDialog } from './components/AboutDialog';
import { Editor } from './components/editor/Editor';
import { Library } from './components/library/Library';
import { NoticeBar } from './components/NoticeBar';
import { useMenuCommands } from './components/useMenuCommands';
import { hashForStrategy } from './routes';
import { selectLanguage, selectOpenMeta } from './store/selectors';
import { useApp } from './store/StoreContext';

export function App() {
  const openMeta = useApp(selectOpenMeta);
  const language = useApp(selectLanguage);
  const openId = openMeta?.id ?? null;
  useMenuCommands();

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  useEffect(() => {
    const hash = hashForStrategy(openId);
    if (location.hash !== hash)
      history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  }, [openId]);

  return (
    <div className="app">
      {openMeta ? <Editor key={openMeta.id} /> : <Library />}
      <NoticeBar />
      <AboutDialog />
    </div>
  );
}
