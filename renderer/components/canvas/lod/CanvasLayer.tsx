import { useStoreApi } from '@xyflow/react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { sceneEdge, sceneEdges } from '../../../../shared/layout/canvasScene';
import { bundleServesGoal } from '../../../../shared/layout/edgeBundles';
import { titleRoom } from '../../../../shared/layout/levelOfDetail';
import { boundsOf } from '../../../../shared/layout/overview';
import { visibleRect } from '../../../../shared/layout/viewport';
import type { FlowEdge, FlowNode } from '../../../store/flow';
import { measureSince } from '../../../timing';
import { keepArrayWhileSame } from '../../../store/keepArray';
import type { GestureStore } from './canvasGesture';
import { createPainter, type StillScene } from './layerPainter';
import {
  clearForView,
  drawCards,
  drawLines,
  drawOutline,
  drawTitles,
  edgeShapes,
  nodeShapes,
  outlinePath,
} from './sceneDrawing';
import { useTitles } from './useTitles';
import { useHandOver } from './useHandOver';

const NOBODY: ReadonlySet<string> = new Set();
/** Where a node is and what kind: all the layer's shapes need, so selecting rebuilds none. */
const samePlacement = (a: FlowNode, b: FlowNode) => a.position === b.position && a.type === b.type;
const kindOf = (edge: FlowEdge) => edge.data?.kind ?? 'partnersWith';
const canDraw = () => typeof Path2D !== 'undefined' && typeof DOMMatrix !== 'undefined';

interface Props {
  /** The nodes and edges the map shows, all of them. */
  nodes: FlowNode[];
  edges: FlowEdge[];
  active: boolean;
  gesture: GestureStore;
}

function positionsOf(nodes: readonly FlowNode[]): Map<string, FlowNode['position']> {
  const positions = new Map<string, FlowNode['position']>();
  for (const node of nodes) positions.set(node.id, node.position);
  return positions;
}

/** The static picture: built once per change of the graph or at the start and end of a drag. */
function useScene(
  nodes: FlowNode[],
  edges: FlowEdge[],
  drawing: boolean,
  moving: ReadonlySet<string> | null,
) {
  const [keep] = useState(() => keepArrayWhileSame(samePlacement));
  const placed = useMemo(() => keep(nodes), [keep, nodes]);
  // Only while the layer draws: a strategy just opened at reading zoom shows cards instead, and
  // its first drawing then has tens of thousands of cards' work to do already.
  const positions = useMemo(() => (drawing ? positionsOf(placed) : null), [drawing, placed]);
  const bundles = useMemo(
    () => (positions ? bundleServesGoal(positions, edges, kindOf) : null),
    [positions, edges],
  );
  return useMemo(() => {
    if (!positions || !canDraw()) return null;
    const leftOut = moving ?? NOBODY;
    const lines = sceneEdges(positions, edges, kindOf, bundles, leftOut);
    const still = leftOut.size > 0 ? placed.filter((n) => !leftOut.has(n.id)) : placed;
    const moved = leftOut.size > 0 ? placed.filter((n) => leftOut.has(n.id)) : [];
    const scene: StillScene = {
      placed: still,
      cards: nodeShapes(still),
      lines: edgeShapes(lines.edges),
      marks: lines.marks,
      bounds: boundsOf(positions.values()),
    };
    return {
      still: scene,
      positions,
      moved,
      movedCards: nodeShapes(moved),
      movedEdges:
        moved.length > 0 ? edges.filter((e) => leftOut.has(e.source) || leftOut.has(e.target)) : [],
    };
  }, [placed, positions, edges, bundles, moving]);
}

/**
 * The layer's painter, disposed with the layer. Kept in a hook of its own: the clean-up lives as
 * long as the layer, and a closure made in CanvasLayer's body would keep that first render's
 * nodes and edges (and every cache keyed by them) alive with it.
 */
function usePainter() {
  const [painter] = useState(createPainter);
  useEffect(() => () => painter.dispose(), [painter]);
  return painter;
}

/**
 * The map zoomed out past reading, drawn on one canvas under React Flow's pane: cards as
 * blocks of their kind's colour (pale cards with short titles when there is room), the
 * selection, and edges with "serves goal" bundled into trunks. The shapes are built once per
 * change of the graph and drawn into a picture (see createPainter); a pan or zoom frame places
 * that picture and draws the selection and what a drag moves over it.
 */
export function CanvasLayer({ nodes, edges, active, gesture }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const drawing = useHandOver(active);
  const moving = useStore(gesture, (s) => s.moving);
  const scene = useScene(nodes, edges, drawing, moving);
  const selected = useMemo(
    () => (scene ? outlinePath(nodes.filter((n) => n.selected && !moving?.has(n.id))) : null),
    [scene, nodes, moving],
  );
  const movedOutline = useMemo(
    () =>
      scene && moving ? outlinePath(nodes.filter((n) => n.selected && moving.has(n.id))) : null,
    [scene, nodes, moving],
  );
  const titleOf = useTitles();
  const draw = useRef(() => {});
  const painter = usePainter();

  useLayoutEffect(() => {
    // Read once, not per frame: mid-gesture, reading a style makes the page work out its styles.
    // Nor while cards are shown instead: every edit would make the page do so at once.
    const font = scene && canvas.current ? getComputedStyle(canvas.current).fontFamily : '';
    draw.current = () => {
      const element = canvas.current;
      const ctx = element?.getContext('2d');
      if (!element || !ctx || !scene || !selected) return;
      const started = performance.now();
      const { transform, width, height } = flowStore.getState();
      const ratio = clearForView(element, ctx, transform, width, height);
      const [x, y, zoom] = transform;
      const view = { transform, width, height, ratio, font };
      painter.place(ctx, scene.still, view, titleOf, () => draw.current());
      drawOutline(ctx, selected, zoom);
      const { dx, dy, boxed } = gesture.getState();
      if (boxed && boxed.size > 0)
        drawOutline(ctx, outlinePath(nodes.filter((n) => boxed.has(n.id))), zoom, true);
      if (scene.moved.length > 0) {
        const at = (id: string) => {
          const p = scene.positions.get(id)!;
          return moving?.has(id) ? { x: p.x + dx, y: p.y + dy } : p;
        };
        const lines = scene.movedEdges
          .filter((edge) => scene.positions.has(edge.source) && scene.positions.has(edge.target))
          .map((edge) => sceneEdge(edge.id, kindOf(edge), at(edge.source), at(edge.target)));
        drawLines(ctx, edgeShapes(lines), zoom);
        const room = titleRoom(zoom);
        ctx.translate(dx, dy);
        drawCards(ctx, scene.movedCards, zoom, room > 0);
        if (movedOutline) drawOutline(ctx, movedOutline, zoom);
        if (room > 0) {
          const seen = visibleRect([x + dx * zoom, y + dy * zoom, zoom], width, height, 0);
          drawTitles(ctx, scene.moved, seen, zoom, font, (node) => titleOf(node, room));
        }
        ctx.translate(-dx, -dy);
      }
      measureSince('canvas-layer:draw', started);
    };
    draw.current();
  }, [scene, selected, movedOutline, moving, nodes, gesture, flowStore, titleOf, painter]);

  useLayoutEffect(() => {
    if (!drawing) return;
    let frame = 0;
    const schedule = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          draw.current();
        });
    };
    const stopFlow = flowStore.subscribe((state, before) => {
      if (
        state.transform !== before.transform ||
        state.width !== before.width ||
        state.height !== before.height
      )
        schedule();
    });
    const stopGesture = gesture.subscribe(schedule);
    return () => {
      stopFlow();
      stopGesture();
      cancelAnimationFrame(frame);
    };
  }, [drawing, flowStore, gesture]);

  return <canvas ref={canvas} className="canvas-layer" hidden={!drawing} aria-hidden="true" />;
}
