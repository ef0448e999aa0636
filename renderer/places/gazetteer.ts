import type { Place } from '../../shared/places/place';
import type { PlaceIndex, searchPlaces } from '../../shared/places/search';
import { createJobClient } from '../workerJobs';
import type { GazetteerJob, GazetteerResult, PlaceQuery } from './gazetteerJobs';

export type { PlaceQuery };

/** The world's cities, looked up by what is typed or by an import row's name and country. */
export interface Gazetteer {
  /** Starts reading the list, so a search typed next does not wait for it. */
  prepare(): void;
  /** The places a name may mean, at once, once the list is read; null until then. */
  searchNow(query: string, limit?: number): Place[] | null;
  search(query: string, limit?: number): Promise<Place[]>;
  find(queries: PlaceQuery[]): Promise<(Place | null)[]>;
}

/**
 * Many names at once (an import's), in a worker of its own with its own copy of the list, so
 * a long sheet does not hold up the page; the worker stays for the next import.
 */
function workerFinder(): (queries: PlaceQuery[]) => Promise<(Place | null)[]> {
  const run = createJobClient<GazetteerJob, GazetteerResult, (Place | null)[]>(
    () => new Worker(new URL('./gazetteerWorker.ts', import.meta.url), { type: 'module' }),
    (reply) => reply.places,
    'gazetteerStopped',
  );
  return (queries) => run({ queries });
}

/**
 * The packaged list of cities. It is made into a search table when the app is built, so
 * reading it is fetching it: done in the page when a city field gets focus, and searched there
 * as the name is typed, each letter's suggestions drawn with the letter itself. Its code is
 * loaded then too, not with the page.
 */
export function createAppGazetteer(): Gazetteer {
  type Loaded = { index: PlaceIndex; search: typeof searchPlaces };
  let loaded: Loaded | null = null;
  let loading: Promise<Loaded> | null = null;
  const load = () =>
    (loading ??= import('./placeSearch')
      .then(
        async (module) =>
          (loaded = { index: await module.loadPlaceIndex(), search: module.searchPlaces }),
      )
      .catch((error: unknown) => {
        // The next use tries again: the failure may have been a moment's.
        loading = null;
        throw error;
      }));
  return {
    prepare: () => void load().catch(() => {}),
    searchNow: (query, limit = 8) => (loaded ? loaded.search(loaded.index, query, limit) : null),
    search: async (query, limit = 8) => {
      const { index, search } = await load();
      return search(index, query, limit);
    },
    find: workerFinder(),
  };
}
