import { useMemo, useState } from 'react';
import { bundleServesGoal, type EdgeBundle } from '../../../shared/layout/edgeBundles';
import {
  cardIndex,
  routeEdge,
  type CardIndex,
  type EdgeShape,
} from '../../../shared/layout/edgeGeometry';
import type { Position } from '../../../shared/model/graph';
import type { EdgeRoute, FlowEdge, FlowNode } from '../../store/flow';
import { keepArrayWhileSame } from './keepArray';

/** What is worked out once per arrangement of the cards, for whichever edges come into view. */
interface Routing {
  nodes: readonly FlowNode[] | null;
  index: CardIndex | null;
  shapes: Map<string, EdgeShape>;
  bundles: Map<string, EdgeBundle> | null;
  bundledEdges: readonly FlowEdge[] | null;
}

/** True when no card was added, removed or moved between the two lists. */
function sameArrangement(before: readonly FlowNode[] | null, after: readonly FlowNode[]): boolean {
  if (!before || before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (a.id !== b.id || a.position.x !== b.position.x || a.position.y !== b.position.y)
      return false;
  }
  return true;
}

const sameRoute = (a: EdgeRoute | undefined, b: EdgeRoute) =>
  !!a &&
  a.bend === b.bend &&
  a.stepY === b.stepY &&
  a.count === b.count &&
  a.junction?.[0] === b.junction?.[0] &&
  a.junction?.[1] === b.junction?.[1];

/**
 * Gives edges their routes: round the cards in their way, and, when `bundled` (zoomed out), the
 * many "serves goal" edges into a goal joined into one trunk. Routes are worked out from the
 * app's positions when the cards are arranged differently, not during a drag (its edges are
 * drawn by DraggedEdges) nor when only the selection changes; an edge keeps its routed copy
 * while its route stays the same, so only the edges whose route changed are drawn again.
 */
function createEdgeRouter() {
  const routing: Routing = {
    nodes: null,
    index: null,
    shapes: new Map(),
    bundles: null,
    bundledEdges: null,
  };
  const routed = new WeakMap<FlowEdge, FlowEdge>();
  const stable = keepArrayWhileSame<FlowEdge>();
  return (
    edges: FlowEdge[],
    nodes: FlowNode[],
    allEdges: FlowEdge[],
    bundled: boolean,
  ): FlowEdge[] => {
    if (!sameArrangement(routing.nodes, nodes)) {
      routing.index = null;
      routing.shapes.clear();
      routing.bundles = null;
    }
    routing.nodes = nodes;
    const index = () =>
      (routing.index ??= cardIndex(
        new Map<string, Position>(nodes.map((node) => [node.id, node.position])),
      ));
    let bundles: Map<string, EdgeBundle> | null = null;
    if (bundled) {
      if (!routing.bundles || routing.bundledEdges !== allEdges) {
        routing.bundles = bundleServesGoal(index().positions, allEdges, (edge) => edge.data?.kind);
        routing.bundledEdges = allEdges;
      }
      bundles = routing.bundles;
    }
    return stable(
      edges.map((edge) => {
        const bundle = bundles?.get(edge.id);
        let route: EdgeRoute;
        if (bundle)
          route = {
            bend: 0,
            junction: bundle.junction,
            count: bundle.leader ? bundle.count : undefined,
          };
        else {
          let shape = routing.shapes.get(edge.id);
          if (!shape) {
            const steps = edge.data?.kind === 'subgoalOf';
            shape = routeEdge(index(), edge.source, edge.target, steps);
            routing.shapes.set(edge.id, shape);
          }
          route = shape;
        }
        const previous = routed.get(edge);
        if (sameRoute(previous?.data?.route, route)) return previous!;
        const copy: FlowEdge = {
          ...edge,
          data: { kind: edge.data?.kind ?? 'partnersWith', route },
        };
        routed.set(edge, copy);
        return copy;
      }),
    );
  };
}

/** The edges near the view with their routes (see createEdgeRouter). */
export function useEdgeRoutes(
  edges: FlowEdge[],
  nodes: FlowNode[],
  allEdges: FlowEdge[],
  bundled: boolean,
): FlowEdge[] {
  const [route] = useState(createEdgeRouter);
  return useMemo(
    () => route(edges, nodes, allEdges, bundled),
    [route, edges, nodes, allEdges, bundled],
  );
}
