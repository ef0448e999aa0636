import {
  FILTER_FACETS,
  nodeFilter,
  withFacetsShown,
  type FilterFacet,
  type MapFilter,
} from '../map/filters';
import type { StrategyGraph } from '../model/graph';
import type { Names } from '../model/names';
import { nodeNames } from '../model/nodes';
import type { HomeCity } from '../model/strategyDetails';
import type { Relation } from '../model/vocabulary';

/** A partner city as the world map knows it. */
export interface MapCity {
  id: string;
  names: Names;
  /** ISO 3166-1 alpha-2, or ''. */
  country: string;
  relation: Relation;
  /** Longitude and latitude in degrees, or null when the city has none. */
  lonLat: [number, number] | null;
  /** Projects located in the city that the filters let through. */
  projects: number;
}

export interface MapPlaces {
  home: { names: Names; country: string; lonLat: [number, number] } | null;
  /** Shown partner cities with coordinates, in strategy order. */
  placed: MapCity[];
  /** Shown partner cities without usable coordinates. */
  unplaced: MapCity[];
  /** Every partner city of the strategy, shown or not. */
  total: number;
}

/** Degrees as a map point, or null unless both are finite and in range. */
export function lonLatOf(
  latitude: number | null | undefined,
  longitude: number | null | undefined,
): [number, number] | null {
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return [longitude, latitude];
}

const FACETS_OFF_MAP: readonly FilterFacet[] = ['kind', 'edgeKind'];

/**
 * The canvas filter as the map applies it. The map shows only partner cities and the projects
 * located in them, so the node- and relationship-kind facets are left out: a canvas narrowed to
 * its goal tree still has a world of partners to show.
 */
export function mapFilterOf(filter: MapFilter): MapFilter {
  return withFacetsShown(filter, FACETS_OFF_MAP);
}

/** The facets the map filters by, which its filter panel lists. */
export const MAP_FILTER_FACETS = FILTER_FACETS.filter((facet) => !FACETS_OFF_MAP.includes(facet));

/** The partner cities the map shows under a filter, each with its projects counted. */
export function mapPlaces(
  graph: StrategyGraph,
  home: HomeCity | null | undefined,
  filter: MapFilter,
): MapPlaces {
  const passes = nodeFilter(graph, mapFilterOf(filter));
  const kindOf = new Map(graph.nodes.map((node) => [node.id, node.kind]));
  const shownProjects = new Set(
    graph.nodes.filter((node) => node.kind === 'project' && passes(node)).map((node) => node.id),
  );
  // A project sits at the first partner city it is located in, as the pipeline places it.
  const cityOfProject = new Map<string, string>();
  for (const edge of graph.edges)
    if (
      edge.kind === 'locatedIn' &&
      !cityOfProject.has(edge.source) &&
      kindOf.get(edge.source) === 'project' &&
      kindOf.get(edge.target) === 'partnerCity'
    )
      cityOfProject.set(edge.source, edge.target);
  const projects = new Map<string, number>();
  for (const [project, city] of cityOfProject)
    if (shownProjects.has(project)) projects.set(city, (projects.get(city) ?? 0) + 1);

  const placed: MapCity[] = [];
  const unplaced: MapCity[] = [];
  let total = 0;
  for (const node of graph.nodes) {
    if (node.kind !== 'partnerCity') continue;
    total++;
    if (!passes(node)) continue;
    const city: MapCity = {
      id: node.id,
      names: nodeNames(node),
      country: node.data.country,
      relation: node.data.relation,
      lonLat: lonLatOf(node.data.latitude, node.data.longitude),
      projects: projects.get(node.id) ?? 0,
    };
    (city.lonLat ? placed : unplaced).push(city);
  }
  const homeLonLat = home ? lonLatOf(home.latitude, home.longitude) : null;
  return {
    home:
      home && homeLonLat
        ? { names: { en: home.name, ko: home.nameKo }, country: home.country, lonLat: homeLonLat }
        : null,
    placed,
    unplaced,
    total,
  };
}
