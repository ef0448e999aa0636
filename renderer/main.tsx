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

import { translator } from '../shared/i18n/translate';
import { LANGUAGES } from '../shared/model/graph';
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
    // (left untouched). Said in both languages, as the language setting is in that database.
    const newer = error instanceof NewerDatabaseError;
    root.render(
      <main className="startup-error" role="alert">
        {newer ? (
          LANGUAGES.map((language) => (
            <section key={language} lang={language}>
              <h1>{translator(language)('newerDatabaseTitle')}</h1>
              <p>{translator(language)('newerDatabaseBody')}</p>
            </section>
          ))
        ) : (
          <>
            <h1>
              City Diplomacy Workbench could not start · 도시외교 워크벤치를 시작할 수 없습니다
            </h1>
            <p>{String(error)}</p>
          </>
        )}
      </main>,
    );
  },
);
