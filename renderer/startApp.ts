import { isLanguage, languageFromLocale } from '../shared/i18n/translate';
import type { Language } from '../shared/model/graph';
import { newId } from '../shared/model/ids';
import { buildSeoulSample } from '../shared/sample/seoulSample';
import type { SeoulFacts } from '../shared/sample/seoulFacts';
import type { HostBridge } from '../shared/host/bridge';
import { createWorkerFileParser } from './exchange/fileParser';
import { detectHostBridge } from './host';
import { animateOnFrames } from './layout/animate';
import { afterNextPaint } from './nextFrame';
import { createWorkerLayout } from './layout/workerLayout';
import { storedVersionOf, WorkbenchDatabase } from './persistence/database';
import { loadEditorModule } from './components/editor/loadEditor';
import { createOwnership } from './persistence/strategyOwnership';
import { presentIdFromHash, strategyIdFromHash } from './routes';
import { createAppStore, type AppStoreHandle } from './store/createAppStore';
import { LANGUAGE_SETTING } from './store/uiSlice';
import { exposeGraph } from './live/inspectGraph';

// Loaded on demand: the facts are only needed on the first run and for "Restore sample".
const loadFacts = () => import('../assets/seoul-2018-facts.json');

async function loadSample(language: Language) {
  const facts = (await loadFacts()).default as SeoulFacts;
  return buildSeoulSample(facts, new Date().toISOString(), language);
}

/**
 * Nothing unsaved goes without a word: the browser asks before leaving the page, and the
 * desktop shell asks the page to save before its window closes.
 */
function guardUnsavedChanges(handle: AppStoreHandle, bridge: HostBridge): void {
  const state = () => handle.store.getState();
  if (bridge.kind === 'web')
    window.addEventListener('beforeunload', (event) => {
      if (!state().hasUnsavedChanges()) return;
      event.preventDefault();
      // Older browsers show their warning only when this is set.
      event.returnValue = '';
    });
  bridge.onCloseRequested(async () => ({ unsaved: !(await state().flushSaves()) }));
}

/** Opens the database, picks the language, seeds the sample on first run and reopens the last view. */
export async function startApp(): Promise<AppStoreHandle> {
  const db = new WorkbenchDatabase();
  // Fetched while the database opens: a new profile needs the sample's facts, and a page
  // reloaded on a strategy needs the editor.
  if ((await storedVersionOf(db.name)) === undefined) void loadFacts();
  if (strategyIdFromHash(location.hash) ?? presentIdFromHash(location.hash))
    void loadEditorModule();
  await db.openChecked();
  const bridge = detectHostBridge();
  const fromUrl = new URLSearchParams(location.search).get('lang');
  const stored = await db.getSetting<string>(LANGUAGE_SETTING);
  const language = isLanguage(fromUrl)
    ? fromUrl
    : isLanguage(stored)
      ? stored
      : languageFromLocale(navigator.language);
  const handle = createAppStore(
    {
      db,
      bridge,
      loadSample,
      now: () => new Date(),
      newStrategyId: () => newId('strategy'),
      layout: createWorkerLayout(),
      ownership: createOwnership(),
      animate: animateOnFrames,
      beforeWrite: afterNextPaint,
      parseFiles: createWorkerFileParser(),
    },
    language,
  );
  bridge.setMenuLanguage(language);
  guardUnsavedChanges(handle, bridge);
  exposeGraph(handle.store);
  await db.seedSampleOnFirstRun(() => loadSample(language), newId('strategy'));
  const state = handle.store.getState();
  await state.refreshLibrary();
  const presentId = presentIdFromHash(location.hash);
  const openId = strategyIdFromHash(location.hash) ?? presentId;
  if (openId && (await state.openStrategy(openId)) && presentId) {
    // A projector window follows the window that opened it; any other starts on its own.
    const screen = /[?&]screen=projector\b/.test(location.hash) ? 'projector' : 'stage';
    state.startPresentation(0, screen);
  }
  return handle;
}
