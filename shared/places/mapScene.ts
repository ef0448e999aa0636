import type { GeoProjection } from 'd3-geo';
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Translate } from '../i18n/translate';
import { countryName } from '../model/countries';
import type { Language } from '../model/graph';
import { nameText, shownName } from '../model/names';
import type { MapCity, MapPlaces } from './mapPlaces';
import {
  arcPath,
  MAP_HEIGHT,
  MAP_WIDTH,
  mapCentreLongitude,
  markerRadius,
  RELATION_COLOURS,
  spherePath,
  worldProjection,
} from './mapGeometry';

/** Natural Earth's countries as world-atlas ships them. */
export type WorldTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/** A partner city's marker, at its place on the map drawn MAP_WIDTH wide. */
export interface SceneMarker {
  id: string;
  x: number;
  y: number;
  /** In screen units: markers keep their size as the map zooms. */
  r: number;
  fill: string;
  stroke: string;
  ring: number;
  /** The name in the UI language (or the other, for want of one). */
  label: string;
  /** What a screen reader says: name, country, tie and projects. */
  accessibleName: string;
  projects: number;
}

export interface SceneArc {
  id: string;
  d: string;
  colour: string;
}

export interface MapScene {
  width: number;
  height: number;
  sphere: string;
  countries: string[];
  arcs: SceneArc[];
  markers: SceneMarker[];
  home: { x: number; y: number; label: string; accessibleName: string } | null;
  unplaced: { id: string; label: string }[];
  shown: number;
  total: number;
}

/** Country outlines as SVG path data under a projection; the slow part, done once per map. */
export function countryPaths(topology: WorldTopology, projection: GeoProjection): string[] {
  // A hundredth of a unit is under a pixel at the deepest zoom; more digits only grow the SVG.
  const path = geoPath(projection).digits(2);
  return feature(topology, topology.objects.countries).features.map(
    (country) => path(country) ?? '',
  );
}

export function cityLabel(city: Pick<MapCity, 'names'>, language: Language, t: Translate): string {
  return nameText(shownName(city.names, language), 'partnerCity', t);
}

/** "Ulaanbaatar, Mongolia, sister city, 3 projects". */
export function cityAccessibleName(city: MapCity, language: Language, t: Translate): string {
  const values = {
    name: cityLabel(city, language, t),
    country: countryName(city.country, language) ?? city.country,
    relation: t(`worldMapRelation.${city.relation}`),
    projects: t('worldMapProjects', { count: city.projects }),
  };
  return t(values.country ? 'worldMapCity' : 'worldMapCityNoCountry', values);
}

/**
 * Markers in the order the keyboard and screen readers visit them: west to east as the map is
 * drawn (around the home city), north to south where two stand in one line.
 */
export function markersWestToEast(markers: readonly SceneMarker[]): SceneMarker[] {
  return [...markers].sort((a, b) => a.x - b.x || a.y - b.y);
}

/**
 * The projection a strategy's map is drawn in: around its home city, where it has one, cut
 * where no continent is (see mapCentreLongitude).
 */
export function projectionFor(places: Pick<MapPlaces, 'home'>): GeoProjection {
  return worldProjection(mapCentreLongitude(places.home?.lonLat[0] ?? 0), MAP_WIDTH, MAP_HEIGHT);
}

/**
 * Everything the map draws, in the map's own units: the screen, the printed page and the
 * exported pictures all start from this.
 */
export function mapScene(
  places: MapPlaces,
  countries: string[],
  language: Language,
  t: Translate,
  projection: GeoProjection = projectionFor(places),
): MapScene {
  const markers: SceneMarker[] = [];
  const arcs: SceneArc[] = [];
  const home = places.home;
  for (const city of places.placed) {
    const point = projection(city.lonLat!);
    if (!point) continue;
    const colours = RELATION_COLOURS[city.relation];
    markers.push({
      id: city.id,
      x: point[0],
      y: point[1],
      r: markerRadius(city.projects),
      fill: colours.fill,
      stroke: colours.stroke,
      ring: colours.ring,
      label: cityLabel(city, language, t),
      accessibleName: cityAccessibleName(city, language, t),
      projects: city.projects,
    });
    if (home)
      arcs.push({
        id: city.id,
        d: arcPath(projection, home.lonLat, city.lonLat!),
        colour: colours.fill,
      });
  }
  // Bigger markers underneath, so a small one beside a large one can still be clicked.
  markers.sort((a, b) => b.r - a.r);
  const homePoint = home ? projection(home.lonLat) : null;
  const homeLabel = home ? nameText(shownName(home.names, language), 'partnerCity', t) : '';
  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    sphere: spherePath(projection),
    countries,
    arcs,
    markers,
    home: homePoint
      ? {
          x: homePoint[0],
          y: homePoint[1],
          label: homeLabel,
          accessibleName: t('worldMapHome', { name: homeLabel }),
        }
      : null,
    unplaced: places.unplaced.map((city) => ({ id: city.id, label: cityLabel(city, language, t) })),
    shown: places.placed.length + places.unplaced.length,
    total: places.total,
  };
}
