import { EMPTY_CHANGE, type GraphChange } from '../model/change';
import type { StrategyEdge, StrategyGraph, StrategyNode } from '../model/graph';
import { withFieldValue } from '../model/nodes';
import { normaliseName } from './normalise';
import type { Place } from './place';
import { partnerCityFieldsOf } from './placeFields';

function withFields(node: StrategyNode, values: Record<string, unknown>): StrategyNode {
  let data = node.data as object;
  for (const [key, value] of Object.entries(values))
    data = withFieldValue(node.kind, data, key, value);
  return { ...node, data } as StrategyNode;
}

/** A partner city placed where a gazetteer city is: its name, country, region and coordinates. */
export function placePartnerCity(node: StrategyNode, place: Place): GraphChange {
  return { ...EMPTY_CHANGE, putNodes: [withFields(node, partnerCityFieldsOf(place))] };
}

/** What a project's city can be chosen as: a partner city of the strategy or any city. */
export type ProjectCityChoice = { partnerId: string } | { place: Place };

/** The strategy's partner city that is this place, by name and country. */
function partnerAt(graph: StrategyGraph, place: Place): StrategyNode | undefined {
  const name = normaliseName(place.name);
  return graph.nodes.find((node) => {
    if (node.kind !== 'partnerCity') return false;
    const data = node.data as { name: string; nameKo: string; country: string };
    return (
      data.country === place.country &&
      (normaliseName(data.name) === name || (!!place.nameKo && data.nameKo === place.nameKo))
    );
  });
}

/**
 * A project's city, and the "located in" relationship that says the same: one fact, so one
 * change. A project is in one city: a tie to another partner city goes. A city that is none
 * of the strategy's partners leaves the project tied to none.
 */
export function setProjectCity(
  graph: StrategyGraph,
  project: StrategyNode,
  choice: ProjectCityChoice,
  newEdgeId: string,
): GraphChange {
  const partner =
    'partnerId' in choice
      ? graph.nodes.find((node) => node.id === choice.partnerId && node.kind === 'partnerCity')
      : partnerAt(graph, choice.place);
  const partnerData = partner?.data as
    { name: string; nameKo: string; country: string } | undefined;
  const city =
    'place' in choice ? choice.place.name : partnerData?.name || partnerData?.nameKo || '';
  const country = 'place' in choice ? choice.place.country : (partnerData?.country ?? '');
  const updated = withFields(project, { city, ...(country ? { country } : {}) });

  const ties = graph.edges.filter(
    (edge) => edge.kind === 'locatedIn' && edge.source === project.id,
  );
  const kept = partner && ties.find((edge) => edge.target === partner.id);
  const removeEdgeIds = ties.filter((edge) => edge !== kept).map((edge) => edge.id);
  const putEdges: StrategyEdge[] =
    partner && !kept
      ? [{ id: newEdgeId, kind: 'locatedIn', source: project.id, target: partner.id }]
      : [];
  return { ...EMPTY_CHANGE, putNodes: [updated], putEdges, removeEdgeIds };
}
