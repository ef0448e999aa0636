import { isLanguage, languageFromLocale } from '../shared/i18n/translate';
import { newId } from '../shared/model/ids';
import { buildSeoulSample } from '../shared/sample/seoulSample';
import type { SeoulFacts } from '../shared/sample/seoulFacts';
import { detectHostBridge } from './host';
import { animateOnFrames } from './layout/animate';
import { createElkLayout } from './layout/elkLayout';
import { WorkbenchDatabase } from './persistence/database';
import { strategyIdFromHash } from './routes';
import { createAppStore, type AppStoreHandle } from './store/createAppStore';
import { LANGUAGE_SETTING } from './store/uiSlice';

async function loadSample() {
  // Loaded on demand: the facts are only needed on the first run and for "Restore sample".
  const facts = (await import('../assets/seoul-2018-facts.json')).default as SeoulFacts;
  return buildSeoulSample(facts, new Date().toISOString());
}

/** Opens the database, picks the language, seeds the sample on first run and reopens the last view. */
export async function startApp(): Promise<AppStoreHandle> {
  const db = new WorkbenchDatabase();
  await db.open();
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
      layout: createElkLayout(),
      animate: animateOnFrames,
    },
    language,
  );
  bridge.setMenuLanguage(language);
  await db.seedSampleOnFirstRun(loadSample, newId('strategy'));
  const state = handle.store.getState();
  await state.refreshLibrary();
  const openId = strategyIdFromHash(location.hash);
  if (openId) await state.openStrategy(openId);
  return handle;
}
