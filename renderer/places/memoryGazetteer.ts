import type { Place } from '../../shared/places/place';
import { buildPlaceIndex, findPlace, searchPlaces } from '../../shared/places/search';
import type { Gazetteer } from './gazetteer';

/** A gazetteer of the given places, searched in the page: for tests and small lists. */
export function createMemoryGazetteer(places: readonly Place[]): Gazetteer {
  const index = buildPlaceIndex(places);
  return {
    prepare: () => {},
    searchNow: (query, limit = 8) => searchPlaces(index, query, limit),
    search: (query, limit = 8) => Promise.resolve(searchPlaces(index, query, limit)),
    find: (queries) =>
      Promise.resolve(queries.map((query) => findPlace(index, query.name, query.country))),
  };
}
