import { useEffect, useState } from 'react';
import type { WorldTopology } from '../../../shared/places/mapScene';

let loading: Promise<WorldTopology> | null = null;
let loaded: WorldTopology | null = null;

/** Natural Earth's countries, fetched with the app's own files on first use: the first paint never waits for them. */
export function loadWorld(): Promise<WorldTopology> {
  loading ??= import('world-atlas/countries-110m.json').then((module) => {
    loaded = module.default as unknown as WorldTopology;
    return loaded;
  });
  // A failed load may be tried again, by opening the map again.
  loading.catch(() => (loading = null));
  return loading;
}

export type WorldState =
  | { status: 'loading' }
  | { status: 'loaded'; world: WorldTopology }
  | { status: 'failed'; error: string };

/** The countries once they are here; `wanted` false neither loads nor waits. */
export function useWorld(wanted = true): WorldState {
  const [state, setState] = useState<WorldState>(() =>
    loaded ? { status: 'loaded', world: loaded } : { status: 'loading' },
  );
  useEffect(() => {
    if (!wanted || state.status === 'loaded') return;
    let cancelled = false;
    loadWorld().then(
      (world) => !cancelled && setState({ status: 'loaded', world }),
      (error: unknown) => !cancelled && setState({ status: 'failed', error: String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [wanted, state.status]);
  return state;
}
