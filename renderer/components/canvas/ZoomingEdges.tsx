import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { READING_ZOOM } from '../../../shared/layout/edgeBundles';
import { cardCentre, pathBounds, routedLine } from '../../../shared/layout/edgeGeometry';
import {
  PICTURE_MARGIN,
  placedPicture,
  ZOOM_REST_MS,
  type ScaledPicture,
} from '../../../shared/layout/levelOfDetail';
import { grownRect, rectsOverlap, visibleRect, type Rect } from '../../../shared/layout/viewport';
import { useT } from '../../i18n';
import type { FlowEdge, FlowNode } from '../../store/flow';
import {
  clearForView,
  drawEdgeNames,
  drawLines,
  drawMarks,
  routedEdgeShapes,
  type EdgeName,
  type RoutedEdge,
} from './lod/sceneDrawing';
import type { BundleMark } from '../../../shared/layout/canvasScene';

/** On React Flow's wrapper while a zoom goes on: its SVG edges are hidden, this layer draws them. */
export const EDGES_DRAWN_ATTRIBUTE = 'data-edges-drawn';

type FlowState = ReactFlowState<FlowNode, FlowEdge>;

/** How far a line's stroke or arrowhead may reach past its path's points, in graph units. */
const LINE_REACH = 24;

interface Drawn {
  from: { nodes: FlowState['nodes']; edges: FlowState['edges'] };
  lines: (RoutedEdge & { bounds: Rect })[];
  marks: BundleMark[];
  names: EdgeName[];
  /** The names shown below reading zoom too: of the edges selected, pointed at or focused. */
  namesAtAnyZoom: EdgeName[];
}

/** Ids of the edges whose names the names layer shows whatever the zoom, besides selected ones. */
function markedNameIds(state: FlowState): Set<string> {
  const marked = state.domNode?.querySelectorAll(
    '.edge-name[data-pointed], .edge-name[data-focused]',
  );
  return new Set([...(marked ?? [])].map((name) => name.getAttribute('data-edge-id') ?? ''));
}

/**
 * The edges React Flow draws, in the shapes RelationEdge gives them. `marked`: the edges whose
 * names the names layer showed when the zoom started.
 */
function drawnEdges(
  state: FlowState,
  nameOf: (edge: FlowEdge) => string,
  marked: ReadonlySet<string>,
): Drawn {
  const routed = [];
  const marks: BundleMark[] = [];
  const names: EdgeName[] = [];
  const namesAtAnyZoom: EdgeName[] = [];
  for (const edge of state.edges) {
    const source = state.nodeLookup.get(edge.source);
    const target = state.nodeLookup.get(edge.target);
    if (edge.hidden || !source || !target) continue;
    const route = edge.data?.route;
    const line = routedLine(
      cardCentre(source.internals.positionAbsolute),
      cardCentre(target.internals.positionAbsolute),
      route,
    );
    routed.push({
      kind: edge.data?.kind ?? 'partnersWith',
      line,
      selected: !!edge.selected,
      bounds: pathBounds(line.path),
    });
    const name = { text: nameOf(edge), at: route?.name ?? line.middle };
    names.push(name);
    if (edge.selected || marked.has(edge.id)) namesAtAnyZoom.push(name);
    if (route?.junction && route.count !== undefined)
      marks.push({ at: route.junction, count: route.count });
  }
  return {
    from: { nodes: state.nodes, edges: state.edges },
    lines: routed,
    marks,
    names,
    namesAtAnyZoom,
  };
}

/**
 * While a zoom goes on with the cards shown, their edges are drawn on one canvas under the
 * cards and React Flow's SVG edges are hidden: every zoom step would otherwise rasterise each
 * edge path again at the new scale, which measured as most of a zoom frame's work without a
 * graphics card. The canvas is drawn once, a little past the pane, and each zoom step moves
 * and scales it with a CSS transform, which the compositor applies without drawing anything
 * again; it is drawn anew only when it no longer covers the pane or is magnified too far.
 * Once the zoom rests the SVG edges, which take the pointer and the keyboard, come back. A pan
 * alone moves the SVG edges as they are, and is left to them.
 */
export function ZoomingEdges({ active }: { active: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const t = useT();

  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!active || !element || !ctx || typeof Path2D === 'undefined') return;
    // Read once: mid-gesture, reading a style makes the page work out its styles.
    const font = getComputedStyle(element).fontFamily;
    let drawn: Drawn | null = null;
    // Read as the zoom starts: its edges are hidden meanwhile, and the pointer leaves them.
    let marked: ReadonlySet<string> = new Set();
    let picture: ScaledPicture | null = null;
    let frame = 0;
    let rest: ReturnType<typeof setTimeout> | undefined;
    const nameOf = (edge: FlowEdge) => t(`edge.${edge.data?.kind ?? 'partnersWith'}`);

    const paint = (state: FlowState) => {
      if (!drawn || drawn.from.nodes !== state.nodes || drawn.from.edges !== state.edges)
        drawn = drawnEdges(state, nameOf, marked);
      const { transform, width, height } = state;
      const margin = Math.round(Math.max(width, height) * PICTURE_MARGIN);
      clearForView(element, ctx, transform, width, height, margin);
      const zoom = transform[2];
      const reading = zoom >= READING_ZOOM;
      const seen = visibleRect(transform, width, height, margin / Math.min(width, height));
      // Only what crosses the canvas: of a large strategy most lines and bundle marks lie off
      // it, and building, stroking and laying out their numbers was work for nothing.
      const onCanvas = grownRect(seen, LINE_REACH);
      drawLines(
        ctx,
        routedEdgeShapes(drawn.lines.filter((line) => rectsOverlap(line.bounds, onCanvas))),
        zoom,
        reading,
      );
      drawMarks(ctx, drawn.marks, zoom, font, seen);
      drawEdgeNames(ctx, reading ? drawn.names : drawn.namesAtAnyZoom, seen, font);
      Object.assign(element.style, {
        left: `${-margin}px`,
        top: `${-margin}px`,
        width: `${width + 2 * margin}px`,
        height: `${height + 2 * margin}px`,
      });
      picture = { transform, margin, width, height };
    };

    const draw = () => {
      frame = 0;
      const state = flowStore.getState();
      const changed = drawn?.from.nodes !== state.nodes || drawn?.from.edges !== state.edges;
      let placed = !changed && picture && placedPicture(picture, state.transform);
      if (!placed) {
        paint(state);
        placed = placedPicture(picture!, state.transform)!;
      }
      // The canvas's box already starts `margin` up and left of the pane.
      const { left, top, scale } = placed;
      const margin = picture!.margin;
      element.style.transform = `translate(${left + margin}px, ${top + margin}px) scale(${scale})`;
      // The rest counts from the frame that shows the last step: on a busy machine a step can
      // wait longer than the rest for its frame, and must not find the SVG edges back.
      restart();
    };

    const stop = () => {
      drawn = null;
      picture = null;
      cancelAnimationFrame(frame);
      frame = 0;
      flowStore.getState().domNode?.removeAttribute(EDGES_DRAWN_ATTRIBUTE);
      // The SVG edges are painted in the next frame: until then this layer keeps showing them.
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          frame = 0;
          element.hidden = true;
        });
      });
    };

    const restart = () => {
      clearTimeout(rest);
      rest = setTimeout(stop, ZOOM_REST_MS);
    };

    const unsubscribe = flowStore.subscribe((state, before) => {
      if (state.transform === before.transform) return;
      if (!drawn && state.transform[2] === before.transform[2]) return;
      if (!drawn) {
        cancelAnimationFrame(frame);
        frame = 0;
        marked = markedNameIds(state);
        drawn = drawnEdges(state, nameOf, marked);
        element.hidden = false;
        state.domNode?.setAttribute(EDGES_DRAWN_ATTRIBUTE, '');
      }
      if (frame === 0) frame = requestAnimationFrame(draw);
      restart();
    });

    return () => {
      unsubscribe();
      clearTimeout(rest);
      cancelAnimationFrame(frame);
      flowStore.getState().domNode?.removeAttribute(EDGES_DRAWN_ATTRIBUTE);
      element.hidden = true;
    };
  }, [active, flowStore, t]);

  return <canvas ref={canvas} className="zooming-edges" hidden aria-hidden="true" />;
}
