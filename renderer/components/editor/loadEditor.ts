import { lazy, type ComponentType } from 'react';
import { whenPageIdle } from '../../whenPageIdle';

type EditorModule = typeof import('./Editor');

let loaded: EditorModule | null = null;

/**
 * The editor (React Flow, the canvas layer, the inspector, the pipeline) is most of the app's
 * script. The library is shown without it, and it is fetched once the library is on screen.
 */
export function loadEditorModule(): Promise<EditorModule> {
  return import('./Editor').then((module) => (loaded = module));
}

/**
 * The editor screen. Once its script is here it renders at once, with no empty frame: React
 * reads a thenable that has already settled without suspending.
 */
export const LazyEditor = lazy((): Promise<{ default: ComponentType }> => {
  if (!loaded) return loadEditorModule().then((module) => ({ default: module.Editor }));
  const settled: PromiseLike<{ default: ComponentType }> = {
    then: (settle) => settle?.({ default: loaded!.Editor }) as never,
  };
  // React's types ask for a Promise; it only ever calls then().
  return settled as Promise<{ default: ComponentType }>;
});

/** Starts fetching the editor while the page has nothing else to do. */
export function prefetchEditor(): void {
  whenPageIdle(() => void loadEditorModule(), 1500);
}
