import type { Place } from '../../shared/places/place';
import { buildPlaceIndex, findPlace, searchPlaces } from '../../shared/places/search';
import type { GazetteerJob, GazetteerReply, PlaceQuery } from './gazetteerJobs';

export type { PlaceQuery };

/** The world's cities, looked up by what is typed or by an import row's name and country. */
export interface Gazetteer {
  search(query: string, limit?: number): Promise<Place[]>;
  find(queries: PlaceQuery[]): Promise<(Place | null)[]>;
}

type JobBody =
  { type: 'search'; query: string; limit: number } | { type: 'find'; queries: PlaceQuery[] };

/**
 * The packaged list of cities, read and indexed in a worker of its own the first time a city
 * is looked up; the worker stays for the next look-up.
 */
export function createWorkerGazetteer(): Gazetteer {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<
    number,
    { resolve: (places: (Place | null)[]) => void; reject: (error: Error) => void }
  >();
  const failAll = (error: Error) => {
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  const start = () => {
    const started = new Worker(new URL('./gazetteerWorker.ts', import.meta.url), {
      type: 'module',
    });
    started.addEventListener('message', (event: MessageEvent<GazetteerReply>) => {
      const reply = event.data;
      const job = waiting.get(reply.id);
      if (!job) return;
      waiting.delete(reply.id);
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.places);
    });
    started.addEventListener('error', (event) => {
      event.preventDefault();
      failAll(new Error(event.message || 'the list of cities stopped unexpectedly'));
    });
    return started;
  };
  const ask = (body: JobBody) =>
    new Promise<(Place | null)[]>((resolve, reject) => {
      worker ??= start();
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ ...body, id } satisfies GazetteerJob);
    });
  return {
    search: async (query, limit = 8) =>
      (await ask({ type: 'search', query, limit })).filter((place) => place !== null),
    find: (queries) => ask({ type: 'find', queries }),
  };
}

/** A gazetteer of the given places, searched in the page: for tests and small lists. */
export function createMemoryGazetteer(places: readonly Place[]): Gazetteer {
  const index = buildPlaceIndex(places);
  return {
    search: (query, limit = 8) => Promise.resolve(searchPlaces(index, query, limit)),
    find: (queries) =>
      Promise.resolve(queries.map((query) => findPlace(index, query.name, query.country))),
  };
}
