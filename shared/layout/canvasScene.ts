import type { Position } from '../model/graph';
import type { EdgeKind } from '../model/vocabulary';
import type { EdgeBundle } from './edgeBundles';
import { bundledCurve, cardCentre, edgeCurve, slightBend, type Point } from './edgeGeometry';

/** An edge as the zoomed-out canvas draws it: one quadratic curve, and a trunk when bundled. */
export interface SceneEdge {
  id: string;
  kind: EdgeKind;
  from: Point;
  control: Point;
  /** A bundled edge runs on from here to `to` along its goal's trunk. */
  junction?: Point;
  to: Point;
  /** A point before `to` on the line, giving the arrowhead its direction. */
  before: Point;
}

/** A bundle's count, drawn once where its trunk starts. */
export interface BundleMark {
  at: Point;
  count: number;
}

interface SceneEdgeInput {
  id: string;
  source: string;
  target: string;
}

/**
 * The line of one edge between cards placed at `source` and `target`: slightly bowed, as on
 * the cards' canvas when nothing is in the way, or into its goal's trunk when bundled. Routing
 * round cards is left out: at this distance a line under a card cannot be told from one round it.
 */
export function sceneEdge(
  id: string,
  kind: EdgeKind,
  source: Position,
  target: Position,
  junction?: Point,
): SceneEdge {
  const from = cardCentre(source);
  const to = cardCentre(target);
  if (junction) {
    const curve = bundledCurve(from, junction, to);
    return {
      id,
      kind,
      from: curve.from,
      control: curve.control,
      junction,
      to: curve.to,
      before: junction,
    };
  }
  const curve = edgeCurve(from, to, slightBend(from, to));
  return {
    id,
    kind,
    from: curve.from,
    control: curve.control,
    to: curve.to,
    before: curve.control,
  };
}

/**
 * Every edge whose two nodes are placed, with "serves goal" edges into their goal's trunk
 * where `bundles` has them (see bundleServesGoal), and the count of each trunk. Edges touching
 * a node in `leftOut` are left out: those move with a drag and are drawn on their own.
 */
export function sceneEdges<E extends SceneEdgeInput>(
  positions: ReadonlyMap<string, Position>,
  edges: readonly E[],
  kindOf: (edge: E) => EdgeKind,
  bundles: ReadonlyMap<string, EdgeBundle> | null,
  leftOut: ReadonlySet<string> = new Set(),
): { edges: SceneEdge[]; marks: BundleMark[] } {
  const drawn: SceneEdge[] = [];
  const marks: BundleMark[] = [];
  for (const edge of edges) {
    if (leftOut.has(edge.source) || leftOut.has(edge.target)) continue;
    const source = positions.get(edge.source);
    const target = positions.get(edge.target);
    if (!source || !target) continue;
    const bundle = bundles?.get(edge.id);
    drawn.push(sceneEdge(edge.id, kindOf(edge), source, target, bundle?.junction));
    if (bundle?.leader) marks.push({ at: bundle.junction, count: bundle.count });
  }
  return { edges: drawn, marks };
}
