import type { GraphChange } from '../model/change';
import type { StrategyGraph } from '../model/graph';
import { sameJson } from './liveDoc';

/**
 * The change that turns `from` into `to`, naming only records that differ, so that a copy
 * brought up to date with a shared document redraws only what is new in it.
 */
export function diffGraphs(from: StrategyGraph, to: StrategyGraph): GraphChange {
  const fromNodes = new Map(from.nodes.map((node) => [node.id, node]));
  const fromEdges = new Map(from.edges.map((edge) => [edge.id, edge]));
  const toNodeIds = new Set(to.nodes.map((node) => node.id));
  const toEdgeIds = new Set(to.edges.map((edge) => edge.id));
  return {
    putNodes: to.nodes.filter((node) => !sameJson(fromNodes.get(node.id), node)),
    removeNodeIds: from.nodes.filter((node) => !toNodeIds.has(node.id)).map((node) => node.id),
    putEdges: to.edges.filter((edge) => !sameJson(fromEdges.get(edge.id), edge)),
    removeEdgeIds: from.edges.filter((edge) => !toEdgeIds.has(edge.id)).map((edge) => edge.id),
  };
}
