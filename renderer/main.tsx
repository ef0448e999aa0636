// First: every schema built after this one runs without eval (see the module).
import './zodWithoutEval';
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
import './styles/fonts.css';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import { lazy, StrictMode, Suspense } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { parsePrintRoute } from '../shared/report/reportData';
import { App } from './App';

import { isLanguage, translator } from '../shared/i18n/translate';
import { LANGUAGES, type Language } from '../shared/model/graph';
import { NewerDatabaseError } from './persistence/database';
import { showWhenFontsLoaded } from './showWhenFontsLoaded';
import { startApp } from './startApp';
import { StoreContext } from './store/StoreContext';

const container = document.getElementById('root')!;
const root = createRoot(container);

const printRequest = parsePrintRoute(location.hash);
// The print view is loaded only when a plan is printed.
const PrintView = lazy(() =>
  import('./print/PrintView').then((module) => ({ default: module.PrintView })),
);

/**
 * The language the address asks for (`?lang=`, or a printed plan's own), which the app would
 * have used whatever the saved setting says; none when only that setting could tell.
 */
function languageFromAddress(): Language | null {
  const asked = new URLSearchParams(location.search).get('lang');
  return printRequest?.language ?? (isLanguage(asked) ? asked : null);
}

startApp().then(
  ({ store }) => {
    const page = (
      <StrictMode>
        <StoreContext.Provider value={store}>
          {printRequest ? (
            <Suspense>
              <PrintView
                strategyId={printRequest.strategyId}
                options={printRequest.options}
                language={printRequest.language ?? store.getState().language}
                autoPrint={new URLSearchParams(location.search).get('autoprint') === '1'}
              />
            </Suspense>
          ) : (
            <App />
          )}
        </StoreContext.Provider>
      </StrictMode>
    );
    // The print view waits for its own fonts, those of the plan, before it prints.
    if (printRequest) root.render(page);
    else void showWhenFontsLoaded(container, () => flushSync(() => root.render(page)));
  },
  (error: unknown) => {
    // The store never came up: storage blocked, or a database from a newer version of the app
    // (left untouched). Said in both languages unless the address picks one, as the language
    // setting is in that database.
    const newer = error instanceof NewerDatabaseError;
    const asked = languageFromAddress();
    const languages = asked ? [asked] : LANGUAGES;
    root.render(
      <main className="startup-error" role="alert">
        {newer ? (
          languages.map((language) => (
            <section key={language} lang={language}>
              <h1>{translator(language)('newerDatabaseTitle')}</h1>
              <p>{translator(language)('newerDatabaseBody')}</p>
            </section>
          ))
        ) : (
          <>
            <h1 lang={asked ?? undefined}>
              {languages.map((language) => translator(language)('startupFailedTitle')).join(' · ')}
            </h1>
            <p>{String(error)}</p>
          </>
        )}
      </main>,
    );
  },
);
