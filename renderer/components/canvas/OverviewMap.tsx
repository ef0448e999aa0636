import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type PointerEvent,
} from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/layoutByKind';
import {
  boundsOf,
  fitArea,
  graphToPicture,
  overviewArea,
  pictureToGraph,
  type OverviewFrame,
} from '../../../shared/layout/overview';
import {
  LARGE_STRATEGY_NODES,
  OVERVIEW_SIZE,
  visibleRect,
  type Rect,
} from '../../../shared/layout/viewport';
import { KIND_COLOURS } from '../../../shared/report/drawingModel';
import { useT } from '../../i18n';
import type { FlowEdge, FlowNode } from '../../store/flow';
import type { AppState } from '../../store/types';
import { selectMapGraph } from '../../store/shownGraph';
import { useApp } from '../../store/StoreContext';
import { keepArrayWhileSame } from '../../store/keepArray';

const selectShownNodes = (state: AppState) => selectMapGraph(state).nodes;

const { width: WIDTH, height: HEIGHT } = OVERVIEW_SIZE;

const pixelRatio = () => (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1);

/** A 2D context scaled to the screen's pixel ratio and cleared, or null where there is none. */
function cleared(canvas: HTMLCanvasElement | null): CanvasRenderingContext2D | null {
  const context = canvas?.getContext('2d');
  if (!context) return null;
  context.setTransform(pixelRatio(), 0, 0, pixelRatio(), 0, 0);
  context.clearRect(0, 0, WIDTH, HEIGHT);
  return context;
}

/** Quarter pixels across and down the picture: a node on one already drawn is not drawn again. */
const SPOTS_ACROSS = WIDTH * 4 + 1;
const SPOTS_DOWN = HEIGHT * 4 + 1;

function drawNodes(
  context: CanvasRenderingContext2D,
  nodes: readonly FlowNode[],
  frame: OverviewFrame,
  colourOf: (node: FlowNode) => string,
) {
  const w = Math.max(NODE_WIDTH * frame.scale, 1);
  const h = Math.max(NODE_HEIGHT * frame.scale, 1);
  // One path filled per colour rather than one fill per node, and a node landing on the same
  // quarter pixel as one drawn before in its colour is not drawn again: fifty thousand fills
  // held the page for a fifth of a second on opening a large strategy. Which colours each
  // quarter pixel has is kept as bits, one per colour (the first eight), in one array: a set of
  // spots per colour made garbage enough to hold the page again.
  const drawnAt = new Uint8Array(SPOTS_ACROSS * SPOTS_DOWN);
  const byColour = new Map<string, { bit: number; corners: number[] }>();
  const { offsetX, offsetY, scale } = frame;
  for (const node of nodes) {
    // graphToPicture worked out in place: an object per node is garbage to collect after.
    const x = (node.position.x - offsetX) * scale;
    const y = (node.position.y - offsetY) * scale;
    const colour = colourOf(node);
    let layer = byColour.get(colour);
    if (!layer) byColour.set(colour, (layer = { bit: 1 << byColour.size, corners: [] }));
    const across = Math.round(x * 4);
    const down = Math.round(y * 4);
    if (across >= 0 && across < SPOTS_ACROSS && down >= 0 && down < SPOTS_DOWN && layer.bit < 256) {
      const spot = down * SPOTS_ACROSS + across;
      if (drawnAt[spot]! & layer.bit) continue;
      drawnAt[spot]! |= layer.bit;
    }
    layer.corners.push(x, y);
  }
  for (const [colour, { corners }] of byColour) {
    context.fillStyle = colour;
    context.beginPath();
    for (let i = 0; i < corners.length; i += 2) context.rect(corners[i]!, corners[i + 1]!, w, h);
    context.fill();
  }
}

const kindColour = (node: FlowNode) => KIND_COLOURS[node.type].stroke;
const SELECTED_COLOUR = '#1d4ed8';

/** Where a node is and what kind: all the lower layer shows, so selecting does not redraw it. */
const samePlacement = (a: FlowNode, b: FlowNode) => a.position === b.position && a.type === b.type;

/** After the view has rested this long, the nodes are drawn again sharp rather than scaled. */
const SETTLE_MS = 150;

const sameFrame = (a: OverviewFrame, b: OverviewFrame) =>
  a.scale === b.scale && a.offsetX === b.offsetX && a.offsetY === b.offsetY;

/** The nodes drawn once, framed on their own bounds: what the lower layer shows at any view. */
interface NodesPicture {
  canvas: HTMLCanvasElement;
  frame: OverviewFrame;
}

function paintNodes(nodes: readonly FlowNode[], bounds: Rect | null): NodesPicture | null {
  if (!bounds || typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH * pixelRatio();
  canvas.height = HEIGHT * pixelRatio();
  const context = cleared(canvas);
  if (!context) return null;
  const frame = fitArea(bounds, WIDTH, HEIGHT);
  drawNodes(context, nodes, frame, kindColour);
  return { canvas, frame };
}

/** Puts the nodes' picture where `frame` has their bounds: a copy, or one scaled bitmap. */
function placeNodes(
  context: CanvasRenderingContext2D,
  picture: NodesPicture,
  frame: OverviewFrame,
) {
  const { canvas, frame: own } = picture;
  const scale = frame.scale / own.scale;
  const corner = graphToPicture(frame, { x: own.offsetX, y: own.offsetY });
  context.drawImage(canvas, corner.x, corner.y, WIDTH * scale, HEIGHT * scale);
}

/**
 * The whole strategy in small, with the visible part outlined; pressing or dragging on it moves
 * the view there. The nodes are drawn once per change into a picture, and a pan or zoom that
 * reframes the overview places that picture again, scaled, instead of drawing every node on each
 * frame; they are drawn sharp at the new frame once the view rests. The selection
 * and the outline of the view are drawn on a second canvas above it. Pan and zoom frames draw
 * straight from React Flow's store, rendering no component, so it costs the same at five
 * thousand nodes as at fifty.
 */
export function OverviewMap() {
  const t = useT();
  // The overview shows the map as its focus and filters leave it.
  const nodes = useApp(selectShownNodes);
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const flow = useReactFlow();
  const nodesLayer = useRef<HTMLCanvasElement>(null);
  const viewLayer = useRef<HTMLCanvasElement>(null);

  const [keep] = useState(() => keepArrayWhileSame(samePlacement));
  const placement = useMemo(() => keep(nodes), [keep, nodes]);
  const bounds = useMemo(() => boundsOf(placement.map((n) => n.position)), [placement]);
  // Painted in a task of its own: drawing tens of thousands of nodes would otherwise lengthen
  // the render that opens a large strategy.
  const [picture, setPicture] = useState<NodesPicture | null>(null);
  useEffect(() => {
    const paint = setTimeout(() => setPicture(paintNodes(placement, bounds)));
    return () => clearTimeout(paint);
  }, [placement, bounds]);
  // Kept while the selected nodes stay where they are: an edit of a name or a field, here or
  // from a peer in a live session, then redraws neither layer.
  const [keepSelected] = useState(() => keepArrayWhileSame(samePlacement));
  const selected = useMemo(
    () => keepSelected(nodes.filter((n) => n.selected)),
    [keepSelected, nodes],
  );

  // The overview holds the nodes' bounds and the view, so both always show.
  const frameNow = useCallback(() => {
    const { transform, width, height } = flowStore.getState();
    const view = visibleRect(transform, width, height, 0);
    return { view, frame: fitArea(overviewArea(bounds, view), WIDTH, HEIGHT) };
  }, [flowStore, bounds]);

  // What the lower layer shows, kept across selections, which leave it as it is.
  const shownBelow = useRef<{
    picture: NodesPicture | null;
    frame: OverviewFrame;
    sharp: boolean;
  } | null>(null);

  useLayoutEffect(() => {
    let scheduled = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const drawBelow = (frame: OverviewFrame) => {
      let shown = shownBelow.current;
      if (!shown || shown.picture !== picture || !sameFrame(shown.frame, frame)) {
        const below = cleared(nodesLayer.current);
        const exact = !picture || sameFrame(picture.frame, frame);
        // Reframed by a pan or zoom, a large strategy's picture is scaled until the view rests.
        const sharp = exact || placement.length <= LARGE_STRATEGY_NODES;
        if (below && picture) {
          if (sharp && !exact) drawNodes(below, placement, frame, kindColour);
          else placeNodes(below, picture, frame);
        }
        shown = { picture, frame, sharp };
        shownBelow.current = shown;
      }
      clearTimeout(settle);
      if (shown.sharp) return;
      const waiting = shown;
      settle = setTimeout(() => {
        if (shownBelow.current !== waiting) return;
        const again = cleared(nodesLayer.current);
        if (again) drawNodes(again, placement, frame, kindColour);
        waiting.sharp = true;
      }, SETTLE_MS);
    };
    const draw = () => {
      scheduled = 0;
      const { view, frame } = frameNow();
      drawBelow(frame);
      const above = cleared(viewLayer.current);
      if (!above) return;
      drawNodes(above, selected, frame, () => SELECTED_COLOUR);
      const corner = graphToPicture(frame, { x: view.left, y: view.top });
      above.strokeStyle = '#0f172a';
      above.lineWidth = 1.5;
      above.strokeRect(
        corner.x,
        corner.y,
        (view.right - view.left) * frame.scale,
        (view.bottom - view.top) * frame.scale,
      );
    };
    draw();
    const stop = flowStore.subscribe((state, before) => {
      const moved =
        state.transform !== before.transform ||
        state.width !== before.width ||
        state.height !== before.height;
      if (moved && scheduled === 0) scheduled = requestAnimationFrame(draw);
    });
    return () => {
      stop();
      cancelAnimationFrame(scheduled);
      clearTimeout(settle);
    };
  }, [flowStore, frameNow, picture, placement, selected]);

  const centreOn = (event: PointerEvent<HTMLElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const { frame } = frameNow();
    const point = pictureToGraph(frame, event.clientX - box.left, event.clientY - box.top);
    void flow.setCenter(point.x, point.y, { zoom: flowStore.getState().transform[2] });
  };

  const layer = { width: WIDTH * pixelRatio(), height: HEIGHT * pixelRatio() };
  return (
    <Panel position="bottom-right" className="overview-map">
      <div
        role="img"
        aria-label={t('minimap')}
        className="overview-picture"
        style={{ width: WIDTH, height: HEIGHT }}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          centreOn(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) centreOn(event);
        }}
      >
        <canvas ref={nodesLayer} {...layer} />
        <canvas ref={viewLayer} {...layer} />
      </div>
    </Panel>
  );
}
