import { useEffect, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { bundleServesGoal, type EdgeBundle } from '../../../shared/layout/edgeBundles';
import {
  cardCentre,
  cardIndex,
  routeEdge,
  slightBend,
  type CardIndex,
  type EdgeShape,
  type Point,
} from '../../../shared/layout/edgeGeometry';
import {
  placedNames,
  placeNames,
  type EdgeToName,
  type NameSize,
} from '../../../shared/layout/edgeNames';
import type { Translate } from '../../../shared/i18n/translate';
import { textWidth } from '../../../shared/places/mapLabels';
import type { Position } from '../../../shared/model/graph';
import type { EdgeKind } from '../../../shared/model/vocabulary';
import { indexById, type EdgeRoute, type FlowEdge, type FlowNode } from '../../store/flow';
import { keepArrayWhileSame } from '../../store/keepArray';

/** How long one task works routes out before it lets the page draw and answer input. */
const SETTLE_SLICE_MS = 30;
/** Routes worked out between two looks at the clock. */
const ROUTES_PER_CLOCK_READ = 32;

type SettleProgress = 'none' | 'more' | 'done';

/** The size of the name of an edge of each kind, in the language shown. */
export type NameSizes = (kind: EdgeKind) => NameSize;

/**
 * The box a name keeps clear of cards and other names: its 12px text and 2px round it. Its
 * halo (see .edge-name) is wider, to close the gaps between words, and may pass under a card:
 * names are drawn under the cards.
 */
const NAME_FONT_SIZE = 12;
const NAME_HALO = 4;

export function edgeNameSizes(t: Translate): NameSizes {
  const sizes = new Map<EdgeKind, NameSize>();
  return (kind) => {
    let size = sizes.get(kind);
    if (!size) {
      const width = textWidth(t(`edge.${kind}`), NAME_FONT_SIZE) + NAME_HALO;
      size = { width, height: NAME_FONT_SIZE * 1.25 + NAME_HALO };
      sizes.set(kind, size);
    }
    return size;
  };
}

/** An edge's shape, and where its two cards were when it was worked out. */
interface Shaped {
  shape: EdgeShape & { name?: Point };
  from: Position;
  to: Position;
  /** The arrangement it was worked out in: from an older one it may miss cards moved since. */
  arrangement: number;
  /** The relationship it was worked out for: another takes another name, and maybe steps. */
  kind: EdgeKind;
  /** Whether its name has a place among the names of that arrangement (see placeNames). */
  named: boolean;
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

const samePlace = (a: Position, b: Position) => a.x === b.x && a.y === b.y;

const sameRoute = (a: EdgeRoute | undefined, b: EdgeRoute) =>
  !!a &&
  a.bend === b.bend &&
  a.stepY === b.stepY &&
  a.count === b.count &&
  a.junction?.[0] === b.junction?.[0] &&
  a.junction?.[1] === b.junction?.[1] &&
  a.name?.[0] === b.name?.[0] &&
  a.name?.[1] === b.name?.[1];

/**
 * Gives edges their routes: round the cards in their way, and, when `bundled` (zoomed out), the
 * many "serves goal" edges into a goal joined into one trunk. Working routes out is left for
 * just after the canvas has drawn (`settle`), so a change shows at once: until then an edge
 * keeps the route it had while its cards stay put, or else runs straight, slightly bowed. Routes
 * follow the app's positions, so a drag (drawn by DraggedEdges) works out nothing until it ends,
 * and a selection nothing at all. An edge keeps its routed copy while its route stays the same,
 * so only the edges whose route changed are drawn again. At reading zoom, once the edges near
 * the view are routed, their names are placed clear of the cards and of each other (placeNames).
 */
export function createEdgeRouter() {
  let nodes: readonly FlowNode[] = [];
  let arrangement = 0;
  const shapes = new Map<string, Shaped>();
  const waiting = new Map<string, FlowEdge>();
  let bundles: Map<string, EdgeBundle> | null = null;
  /** What the bundles were worked out from: the arrangement, edges and each goal's place. */
  let bundledFrom: { arrangement: number; edges: readonly FlowEdge[] } | null = null;
  let goalsAt = new Map<string, Position>();
  let index: CardIndex | null = null;
  let indexedArrangement = -1;
  /** The cards' places, gathered for the index in a slice of their own. */
  let positionsOf: { arrangement: number; positions: Map<string, Position> } | null = null;
  let bundlesWanted: readonly FlowEdge[] | null = null;
  /** The names placed in the current arrangement, which the next ones keep clear of. */
  let names = placedNames();
  let namedArrangement = -1;
  let namesSized: NameSizes | null = null;
  /** Edges of the last call whose names are to be placed once they are routed. */
  const unnamed = new Map<string, FlowEdge>();
  const routed = new WeakMap<FlowEdge, FlowEdge>();
  const stable = keepArrayWhileSame<FlowEdge>();
  /** Counts the calls that left work for settle: one may leave the edges as they were. */
  let calls = 0;

  const positionOf = (id: string) => indexById(nodes).get(id)?.position;

  function route(
    edges: FlowEdge[],
    latest: FlowNode[],
    allEdges: FlowEdge[],
    bundled: boolean,
    nameSizes: NameSizes,
  ): FlowEdge[] {
    if (!sameArrangement(nodes, latest)) arrangement++;
    // Names of another length (another language) may fit elsewhere: every name is placed again.
    if (nameSizes !== namesSized) {
      namesSized = nameSizes;
      names = placedNames();
      for (const shaped of shapes.values()) {
        shaped.named = false;
        shaped.shape = { bend: shaped.shape.bend, stepY: shaped.shape.stepY };
      }
    }
    nodes = latest;
    waiting.clear();
    unnamed.clear();
    bundlesWanted = null;
    let usable: Map<string, EdgeBundle> | null = null;
    if (bundled) {
      const current = bundledFrom?.arrangement === arrangement && bundledFrom.edges === allEdges;
      if (!current) bundlesWanted = allEdges;
      usable = bundles;
    }
    const shown = stable(
      edges.map((edge) => {
        const from = positionOf(edge.source);
        const to = positionOf(edge.target);
        const bundle = usable?.get(edge.id);
        const goalAt = bundle && goalsAt.get(bundle.goal);
        let route: EdgeRoute;
        // A bundle from before a change still serves while its goal has not moved.
        if (bundle && goalAt && to && samePlace(goalAt, to))
          route = {
            bend: 0,
            junction: bundle.junction,
            count: bundle.leader ? bundle.count : undefined,
          };
        else {
          const shaped = shapes.get(edge.id);
          const kind = edge.data?.kind ?? 'partnersWith';
          if (
            shaped &&
            shaped.kind === kind &&
            from &&
            to &&
            samePlace(shaped.from, from) &&
            samePlace(shaped.to, to)
          ) {
            route = shaped.shape;
            if (shaped.arrangement !== arrangement) waiting.set(edge.id, edge);
          } else if (from && to) {
            route = { bend: slightBend(cardCentre(from), cardCentre(to)) };
            waiting.set(edge.id, edge);
          } else {
            // A card it joins is not on the map: there is nothing to route, now or later.
            route = { bend: 0 };
          }
          // Names show at reading zoom, and are placed there; zoomed out, only a hovered or
          // selected edge's shows, where it was placed last or at its line's middle.
          const named = shaped?.named && !waiting.has(edge.id);
          if (!bundled && from && to && !named) unnamed.set(edge.id, edge);
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
    if (waiting.size > 0 || unnamed.size > 0 || bundlesWanted) calls++;
    return shown;
  }

  /**
   * Works out the routes the last call could not wait for, for about `sliceMs`: `more` when some
   * are left for another call, `done` when the last were worked out, `none` when none waited.
   */
  function settle(sliceMs: number): SettleProgress {
    if (waiting.size === 0 && !bundlesWanted && unnamed.size === 0) return 'none';
    const sliceEnd = performance.now() + sliceMs;
    if (!index || indexedArrangement !== arrangement) {
      // Each step of indexing a large strategy's cards can fill a slice: the next waits for
      // the next slice.
      if (positionsOf?.arrangement !== arrangement) {
        const positions = new Map<string, Position>();
        for (const node of nodes) positions.set(node.id, node.position);
        positionsOf = { arrangement, positions };
        if (performance.now() > sliceEnd) return 'more';
      }
      index = cardIndex(positionsOf.positions);
      indexedArrangement = arrangement;
      positionsOf = null;
      if (performance.now() > sliceEnd) return 'more';
    }
    let routedInSlice = 0;
    for (const [id, edge] of waiting) {
      // The clock is read now and then: reading it per edge would cost more than some routes.
      if (++routedInSlice % ROUTES_PER_CLOCK_READ === 0 && performance.now() > sliceEnd)
        return 'more';
      waiting.delete(id);
      const from = index.positions.get(edge.source);
      const to = index.positions.get(edge.target);
      if (!from || !to) continue;
      const kind = edge.data?.kind ?? 'partnersWith';
      shapes.set(edge.id, {
        shape: routeEdge(index, edge.source, edge.target, kind === 'subgoalOf'),
        from,
        to,
        arrangement,
        kind,
        named: false,
      });
    }
    nameRouted();
    if (bundlesWanted) {
      bundles = bundleServesGoal(index.positions, bundlesWanted, (edge) => edge.data?.kind);
      goalsAt = new Map();
      for (const bundle of bundles.values())
        goalsAt.set(bundle.goal, index.positions.get(bundle.goal)!);
      bundledFrom = { arrangement, edges: bundlesWanted };
      bundlesWanted = null;
    }
    return 'done';
  }

  /** Places the names of the edges the last call wanted named, once all are routed. */
  function nameRouted(): void {
    if (unnamed.size === 0 || !namesSized || !index) return;
    if (namedArrangement !== arrangement) {
      names = placedNames();
      namedArrangement = arrangement;
    }
    const toName: (EdgeToName & { shaped: Shaped })[] = [];
    for (const [id, edge] of unnamed) {
      const shaped = shapes.get(id);
      if (!shaped || shaped.arrangement !== arrangement || shaped.named) continue;
      const size = namesSized(shaped.kind);
      toName.push({
        id,
        source: edge.source,
        target: edge.target,
        shape: shaped.shape,
        size,
        shaped,
      });
    }
    unnamed.clear();
    const moved = placeNames(index, names, toName);
    toName.forEach(({ shaped }, i) => {
      const name = moved[i];
      shaped.named = true;
      if (name) shaped.shape = { ...shaped.shape, name };
    });
  }

  return { route, settle, calls: () => calls };
}

/** The edges near the view with their routes (see createEdgeRouter). */
export function useEdgeRoutes(
  edges: FlowEdge[],
  nodes: FlowNode[],
  allEdges: FlowEdge[],
  bundled: boolean,
  nameSizes: NameSizes,
): FlowEdge[] {
  const [router] = useState(createEdgeRouter);
  // Counts the routes worked out after drawing, to draw them in turn.
  const [settled, setSettled] = useState(0);
  const routedEdges = useMemo(
    () => router.route(edges, nodes, allEdges, bundled, nameSizes),
    // `settled` is listed so the routes worked out after drawing are taken up.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [router, edges, nodes, allEdges, bundled, nameSizes, settled],
  );
  useSettleAfterDrawing(router, router.calls(), setSettled);
  return routedEdges;
}

/**
 * Works out, after each drawing that left work (`calls`, see createEdgeRouter), the routes and
 * names that drawing could not wait for, and counts them done in `setSettled`. Zooming in to
 * reading zoom leaves names to place and may leave every route as it was. A hook of its own:
 * its clean-up outlives the render that made it, and a closure made in useEdgeRoutes' body
 * would keep that render's nodes and edges (and every cache keyed by them) alive with it.
 */
function useSettleAfterDrawing(
  router: ReturnType<typeof createEdgeRouter>,
  calls: number,
  setSettled: Dispatch<SetStateAction<number>>,
) {
  useEffect(() => {
    // In slices, each a task of its own: a large strategy's routes worked out in one would
    // hold the page still. They are drawn together once the last is worked out.
    const settleSlice = () => {
      const progress = router.settle(SETTLE_SLICE_MS);
      if (progress === 'more') timer = setTimeout(settleSlice, 0);
      else if (progress === 'done') setSettled((count) => count + 1);
    };
    let timer = setTimeout(settleSlice, 0);
    return () => clearTimeout(timer);
  }, [router, calls, setSettled]);
}
