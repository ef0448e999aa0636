import type { Position } from '../model/graph';
import type { EdgeKind } from '../model/vocabulary';
import { cardBorderPoint, cardCentre, type Point } from './edgeGeometry';

/**
 * From this zoom up, edge names can be read and every edge is drawn on its own, named; below
 * it, edges into a goal are bundled.
 */
export const READING_ZOOM = 0.9;

/** A goal served by at least this many nodes from one side gets their edges as one trunk. */
export const BUNDLE_MIN = 4;
/** The trunk's length beyond the goal card, at most. */
const TRUNK = 90;

export interface EdgeBundle {
  goal: string;
  /** Where the branches from the serving nodes meet and the trunk to the goal starts. */
  junction: Point;
  /** How many edges the trunk carries. */
  count: number;
  /** The one edge of the bundle that draws its count, so the count is drawn once. */
  leader: boolean;
}

/**
 * Bundles the "serves goal" edges into each goal served by many nodes, as seen from far away:
 * one trunk leaves the goal towards where those nodes lie on average, and each edge joins it
 * at the junction. Nodes on the far side of the goal keep edges of their own, since a branch
 * would have to double back past the goal to reach the trunk.
 */
export function bundleServesGoal<E extends { id: string; source: string; target: string }>(
  positions: ReadonlyMap<string, Position>,
  edges: readonly E[],
  kindOf: (edge: E) => EdgeKind | undefined = (edge) => (edge as { kind?: EdgeKind }).kind,
): Map<string, EdgeBundle> {
  const into = new Map<string, E[]>();
  for (const edge of edges) {
    if (kindOf(edge) !== 'servesGoal' || edge.source === edge.target) continue;
    if (!positions.has(edge.source) || !positions.has(edge.target)) continue;
    const list = into.get(edge.target);
    if (list) list.push(edge);
    else into.set(edge.target, [edge]);
  }
  const bundles = new Map<string, EdgeBundle>();
  for (const [goal, serving] of into) {
    if (serving.length < BUNDLE_MIN) continue;
    const centre = cardCentre(positions.get(goal)!);
    const sources = serving.map((edge) => cardCentre(positions.get(edge.source)!));
    let mx = 0;
    let my = 0;
    for (const [x, y] of sources) {
      mx += x - centre[0];
      my += y - centre[1];
    }
    const spread = Math.hypot(mx, my);
    // Serving nodes all round the goal: no side to send one trunk to.
    if (spread < 1) continue;
    const ux = mx / spread;
    const uy = my / spread;
    const members = serving.filter(
      (_, i) => (sources[i]![0] - centre[0]) * ux + (sources[i]![1] - centre[1]) * uy > 0,
    );
    if (members.length < BUNDLE_MIN) continue;
    const distance = spread / sources.length;
    const exit = cardBorderPoint(centre, [centre[0] + ux, centre[1] + uy]);
    const trunk = Math.max(20, Math.min(TRUNK, distance * 0.3));
    const junction: Point = [exit[0] + ux * trunk, exit[1] + uy * trunk];
    const leader = members.reduce((first, edge) => (edge.id < first.id ? edge : first));
    for (const edge of members)
      bundles.set(edge.id, {
        goal,
        junction,
        count: members.length,
        leader: edge === leader,
      });
  }
  return bundles;
}
