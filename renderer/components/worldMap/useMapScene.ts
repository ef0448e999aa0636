import { useMemo } from 'react';
import type { MapFilter } from '../../../shared/map/filters';
import type { Language, StrategyGraph } from '../../../shared/model/graph';
import type { HomeCity } from '../../../shared/model/strategyDetails';
import type { Translate } from '../../../shared/i18n/translate';
import { mapPlaces } from '../../../shared/places/mapPlaces';
import {
  countryPaths,
  mapScene,
  projectionFor,
  type MapScene,
  type WorldTopology,
} from '../../../shared/places/mapScene';

/**
 * The map's scene, worked out again only when what it shows changes: selecting a card or moving
 * it leaves the cities, their counts and their arcs as they were.
 */
export function useMapScene(
  world: WorldTopology | null,
  graph: StrategyGraph,
  home: HomeCity | null | undefined,
  filter: MapFilter,
  language: Language,
  t: Translate,
): MapScene | null {
  const computed = useMemo(() => mapPlaces(graph, home, filter), [graph, home, filter]);
  const key = useMemo(() => JSON.stringify(computed), [computed]);
  // The first places of this content: the scene below keeps while only their identity changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const places = useMemo(() => computed, [key]);
  const centre = places.home?.lonLat[0] ?? 0;
  const projection = useMemo(() => projectionFor({ home: places.home }), [centre]); // eslint-disable-line react-hooks/exhaustive-deps
  const countries = useMemo(
    () => (world ? countryPaths(world, projection) : null),
    [world, projection],
  );
  return useMemo(
    () => (countries ? mapScene(places, countries, language, t, projection) : null),
    [places, countries, language, t, projection],
  );
}
