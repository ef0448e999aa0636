import type { StrategyEdge, StrategyGraph, StrategyNode } from '../model/graph';
import {
  CITY_STATUSES,
  EDGE_KINDS,
  FUNDING_SOURCES,
  NODE_KINDS,
  PROJECT_DOMAINS,
  REGIONS,
  RELATIONS,
  STAGES,
} from '../model/vocabulary';
import { effectiveFunding } from '../pipeline/funding';
import { projectContexts } from '../pipeline/projects';

/** What the map can be filtered by: node and relationship kinds, and choices of cities and projects. */
export const FILTER_FACETS = [
  'kind',
  'edgeKind',
  'region',
  'relation',
  'status',
  'stage',
  'domain',
  'fundingSource',
] as const;
export type FilterFacet = (typeof FILTER_FACETS)[number];

/** The values of each facet, in the order they are listed; '' ("Not set") is a value of its own. */
export const FACET_VALUES: Record<FilterFacet, readonly string[]> = {
  kind: NODE_KINDS,
  edgeKind: EDGE_KINDS,
  region: REGIONS,
  relation: RELATIONS,
  status: CITY_STATUSES,
  stage: STAGES,
  domain: PROJECT_DOMAINS,
  fundingSource: FUNDING_SOURCES,
};

/**
 * A strategy's map filter, as the values it hides. Kept as what is hidden rather than what is
 * shown, so a value the vocabulary gains later is shown until someone hides it.
 */
export interface MapFilter {
  hide: Record<FilterFacet, string[]>;
}

export const SHOW_EVERYTHING: MapFilter = {
  hide: {
    kind: [],
    edgeKind: [],
    region: [],
    relation: [],
    status: [],
    stage: [],
    domain: [],
    fundingSource: [],
  },
};

/** Whether the filter hides anything in `facets` (all of them unless told). */
export function hidesAnything(
  filter: MapFilter,
  facets: readonly FilterFacet[] = FILTER_FACETS,
): boolean {
  return facets.some((facet) => filter.hide[facet].length > 0);
}

/** The filter with every value of `facets` shown, and the other facets as they were. */
export function withFacetsShown(filter: MapFilter, facets: readonly FilterFacet[]): MapFilter {
  return { hide: { ...filter.hide, ...Object.fromEntries(facets.map((facet) => [facet, []])) } };
}

/** Whether two filters hide the same values, listed in the same order. */
export function sameFilter(a: MapFilter, b: MapFilter): boolean {
  return FILTER_FACETS.every(
    (facet) =>
      a.hide[facet].length === b.hide[facet].length &&
      a.hide[facet].every((value, i) => b.hide[facet][i] === value),
  );
}

export function isShown(filter: MapFilter, facet: FilterFacet, value: string): boolean {
  return !filter.hide[facet].includes(value);
}

/** The filter with one value of a facet shown or hidden. */
export function withValueShown(
  filter: MapFilter,
  facet: FilterFacet,
  value: string,
  shown: boolean,
): MapFilter {
  const others = filter.hide[facet].filter((hidden) => hidden !== value);
  return { hide: { ...filter.hide, [facet]: shown ? others : [...others, value] } };
}

/** The filter with every value of a facet shown, or every one hidden. */
export function withFacetShown(filter: MapFilter, facet: FilterFacet, shown: boolean): MapFilter {
  return { hide: { ...filter.hide, [facet]: shown ? [] : [...FACET_VALUES[facet]] } };
}

/**
 * Which nodes a filter lets through. A facet judges only the nodes that have it: region partner
 * cities and projects (a project by its partner city, or else its country, as the pipeline
 * does), relation and status partner cities, stage, domain and funding source projects. A
 * project passes the funding facet when any of its sources is shown.
 */
export function nodeFilter(
  graph: StrategyGraph,
  filter: MapFilter,
): (node: StrategyNode) => boolean {
  const { hide } = filter;
  const hidden = (facet: FilterFacet) => new Set(hide[facet]);
  const kinds = hidden('kind');
  const regions = hidden('region');
  const relations = hidden('relation');
  const statuses = hidden('status');
  const stages = hidden('stage');
  const domains = hidden('domain');
  const funding = hidden('fundingSource');
  const projectRegion = new Map<string, string>();
  if (regions.size > 0 && !kinds.has('project'))
    for (const project of projectContexts(graph)) projectRegion.set(project.id, project.region);
  return (node) => {
    if (kinds.has(node.kind)) return false;
    switch (node.kind) {
      case 'partnerCity':
        return (
          !regions.has(node.data.region) &&
          !relations.has(node.data.relation) &&
          !statuses.has(node.data.status)
        );
      case 'project': {
        if (stages.has(node.data.stage) || domains.has(node.data.domain)) return false;
        if (regions.size > 0 && regions.has(projectRegion.get(node.id) ?? '')) return false;
        if (funding.size === 0) return true;
        const sources = effectiveFunding(node.data).map((line) => line.source as string);
        return (sources.length > 0 ? sources : ['']).some((source) => !funding.has(source));
      }
      default:
        return true;
    }
  };
}

/** Whether a filter lets an edge's kind through; its ends are judged as nodes. */
export function edgeFilter(filter: MapFilter): (edge: StrategyEdge) => boolean {
  const kinds = new Set(filter.hide.edgeKind);
  return (edge) => !kinds.has(edge.kind);
}
