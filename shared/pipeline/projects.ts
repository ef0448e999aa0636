import type { PartnerCityData, ProjectData } from '../model/fields';
import type { StrategyGraph, StrategyNode } from '../model/graph';
import { regionOfCountry } from '../model/regions';
import type { Region } from '../model/vocabulary';
import { effectiveFunding } from './funding';

/** A project with what the board and the analyses need to know about its ties. */
export interface ProjectContext {
  id: string;
  data: ProjectData;
  /** The partner city it is located in or with, if any. */
  partnerCity: { id: string; data: PartnerCityData } | null;
  /** The partner city's region, or else the region of the project's country. */
  region: Region;
}

export function projectContexts(graph: StrategyGraph): ProjectContext[] {
  const nodes = new Map<string, StrategyNode>(graph.nodes.map((n) => [n.id, n]));
  const cityOf = new Map<string, string>();
  for (const edge of graph.edges)
    if (edge.kind === 'locatedIn' && !cityOf.has(edge.source)) cityOf.set(edge.source, edge.target);
  const contexts: ProjectContext[] = [];
  for (const node of graph.nodes) {
    if (node.kind !== 'project') continue;
    const city = nodes.get(cityOf.get(node.id) ?? '');
    const partnerCity = city?.kind === 'partnerCity' ? { id: city.id, data: city.data } : null;
    const region = partnerCity?.data.region || regionOfCountry(node.data.country);
    contexts.push({ id: node.id, data: node.data, partnerCity, region });
  }
  return contexts;
}

export interface BoardFilter {
  domain: string;
  region: string;
  partnerCityId: string;
  fundingSource: string;
}

export const NO_FILTER: BoardFilter = {
  domain: '',
  region: '',
  partnerCityId: '',
  fundingSource: '',
};

/** An empty criterion lets everything through. */
export function matchesFilter(project: ProjectContext, filter: BoardFilter): boolean {
  return (
    (filter.domain === '' || project.data.domain === filter.domain) &&
    (filter.region === '' || project.region === filter.region) &&
    (filter.partnerCityId === '' || project.partnerCity?.id === filter.partnerCityId) &&
    (filter.fundingSource === '' ||
      effectiveFunding(project.data).some((line) => line.source === filter.fundingSource))
  );
}
