import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { Relation } from '../model/vocabulary';

/** The map's own drawing size; the screen and the page scale it. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;
const MAP_PAD = 4;

/**
 * Meridians where a world map may be cut without cutting a continent in two: the middle of
 * the Atlantic (between Brazil's eastern tip and West Africa; only Greenland is crossed) and
 * the date line in the Pacific.
 */
const SEAMS = [-30, 180];

/**
 * The meridian a map around `homeLongitude` is centred on: the home city's own, turned as
 * little as it takes for the map's edge to fall on a seam. A map around Seoul (127°E) cut at
 * its own antimeridian (53°W) would split South America, São Paulo at the left edge beside
 * Africa, Bogotá at the right; centred at 150°E, the cut runs through the Atlantic.
 */
export function mapCentreLongitude(homeLongitude: number): number {
  const apart = (a: number, b: number) => Math.abs(((((a - b) % 360) + 540) % 360) - 180);
  const edge = homeLongitude - 180;
  const seam = SEAMS.reduce((best, next) => (apart(next, edge) < apart(best, edge) ? next : best));
  return seam <= 0 ? seam + 180 : seam - 180;
}

/**
 * Natural Earth, turned so the home city's meridian is the middle of the map: its ties then
 * run to both sides without breaking at the map's edge.
 */
export function worldProjection(
  centreLongitude = 0,
  width = MAP_WIDTH,
  height = MAP_HEIGHT,
): GeoProjection {
  return geoNaturalEarth1()
    .rotate([-centreLongitude, 0])
    .fitExtent(
      [
        [MAP_PAD, MAP_PAD],
        [width - MAP_PAD, height - MAP_PAD],
      ],
      { type: 'Sphere' },
    )
    .precision(0.5);
}

/** Marker radius in screen units: by area, so four times the projects is twice as wide. */
export function markerRadius(projects: number): number {
  return 4 + 2.4 * Math.sqrt(Math.min(Math.max(projects, 0), 50));
}

/**
 * Relation colours: sister the strongest tie, friendship the next, an MOU lighter still. Each
 * also has its own outline width, so the kinds stay apart for readers who cannot tell colours.
 */
export const RELATION_COLOURS: Readonly<
  Record<Relation, { fill: string; stroke: string; ring: number }>
> = {
  sister: { fill: '#b91c1c', stroke: '#ffffff', ring: 1.5 },
  friendship: { fill: '#0e7490', stroke: '#ffffff', ring: 1.5 },
  mou: { fill: '#d97706', stroke: '#78350f', ring: 2 },
  none: { fill: '#9ca3af', stroke: '#374151', ring: 1 },
  unknown: { fill: '#9ca3af', stroke: '#374151', ring: 1 },
  '': { fill: '#9ca3af', stroke: '#374151', ring: 1 },
};

/** Relations the legend names one by one; the rest share one entry. */
export const LEGEND_RELATIONS = ['sister', 'friendship', 'mou'] as const;

export const HOME_COLOUR = '#111827';
export const LAND_COLOUR = '#e5e7eb';
export const BORDER_COLOUR = '#ffffff';
export const SEA_COLOUR = '#f0f6fb';

/** The great-circle path from home to a city as SVG path data, in the projection's units. */
export function arcPath(
  projection: GeoProjection,
  from: [number, number],
  to: [number, number],
): string {
  return geoPath(projection).digits(2)({ type: 'LineString', coordinates: [from, to] }) ?? '';
}

/** The outline of the whole globe, the sea behind the countries. */
export function spherePath(projection: GeoProjection): string {
  return geoPath(projection)({ type: 'Sphere' }) ?? '';
}
