import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/layoutByKind';
import {
  boundsOf,
  fitArea,
  graphToPicture,
  overviewArea,
  pictureToGraph,
  type OverviewFrame,
} from '../../../shared/layout/overview';
import { visibleRect } from '../../../shared/layout/viewport';
import { KIND_COLOURS } from '../../../shared/report/drawingModel';
import { useT } from '../../i18n';
import type { FlowNode } from '../../store/flow';
import type { AppState } from '../../store/types';
import { selectShownGraph } from '../../store/shownGraph';
import { useApp } from '../../store/StoreContext';
import { keepArrayWhileSame } from './keepArray';

const selectShownNodes = (state: AppState) => selectShownGraph(state).nodes;

const WIDTH = 200;
const HEIGHT = 140;
const selectTransform = (state: ReactFlowState) => state.transform;
const selectPaneWidth = (state: ReactFlowState) => state.width;
const selectPaneHeight = (state: ReactFlowState) => state.height;

/** A 2D context scaled to the screen's pixel ratio and cleared, or null where there is none. */
function cleared(canvas: HTMLCanvasElement | null): CanvasRenderingContext2D | null {
  const context = canvas?.getContext('2d');
  if (!context) return null;
  const ratio = window.devicePixelRatio || 1;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, WIDTH, HEIGHT);
  return context;
}

function drawNodes(
  context: CanvasRenderingContext2D,
  nodes: readonly FlowNode[],
  frame: OverviewFrame,
  colourOf: (node: FlowNode) => string,
) {
  const w = Math.max(NODE_WIDTH * frame.scale, 1);
  const h = Math.max(NODE_HEIGHT * frame.scale, 1);
  for (const node of nodes) {
    const { x, y } = graphToPicture(frame, node.position);
    context.fillStyle = colourOf(node);
    context.fillRect(x, y, w, h);
  }
}

const kindColour = (node: FlowNode) => KIND_COLOURS[node.type].stroke;
const SELECTED_COLOUR = '#1d4ed8';

/** Where a node is and what kind: all the lower layer shows, so selecting does not redraw it. */
const samePlacement = (a: FlowNode, b: FlowNode) => a.position === b.position && a.type === b.type;

/** The same frame object while its values stay the same, so the nodes are not redrawn. */
function useStableFrame({ scale, offsetX, offsetY }: OverviewFrame): OverviewFrame {
  return useMemo(() => ({ scale, offsetX, offsetY }), [scale, offsetX, offsetY]);
}

/**
 * The whole strategy in small, with the visible part outlined; pressing or dragging on it moves
 * the view there. The nodes are drawn on one canvas, redrawn only when they move or the picture's
 * scale changes; the selection and the outline of the view are drawn on a second canvas above
 * it, on every pan or zoom frame. It costs the same at five thousand nodes as at fifty.
 */
export function OverviewMap() {
  const t = useT();
  // The overview shows the map as its focus and filters leave it.
  const nodes = useApp(selectShownNodes);
  const transform = useStore(selectTransform);
  const paneWidth = useStore(selectPaneWidth);
  const paneHeight = useStore(selectPaneHeight);
  const flow = useReactFlow();
  const nodesLayer = useRef<HTMLCanvasElement>(null);
  const viewLayer = useRef<HTMLCanvasElement>(null);

  const view = useMemo(
    () => visibleRect(transform, paneWidth, paneHeight, 0),
    [transform, paneWidth, paneHeight],
  );
  const bounds = useMemo(() => boundsOf(nodes.map((n) => n.position)), [nodes]);
  const frame = useStableFrame(fitArea(overviewArea(bounds, view), WIDTH, HEIGHT));

  const [keep] = useState(() => keepArrayWhileSame(samePlacement));
  const placement = useMemo(() => keep(nodes), [keep, nodes]);
  const selected = useMemo(() => nodes.filter((n) => n.selected), [nodes]);

  useEffect(() => {
    const context = cleared(nodesLayer.current);
    if (context) drawNodes(context, placement, frame, kindColour);
  }, [placement, frame]);

  useEffect(() => {
    const context = cleared(viewLayer.current);
    if (!context) return;
    drawNodes(context, selected, frame, () => SELECTED_COLOUR);
    const corner = graphToPicture(frame, { x: view.left, y: view.top });
    context.strokeStyle = '#0f172a';
    context.lineWidth = 1.5;
    context.strokeRect(
      corner.x,
      corner.y,
      (view.right - view.left) * frame.scale,
      (view.bottom - view.top) * frame.scale,
    );
  }, [frame, view, selected]);

  const centreOn = (event: PointerEvent<HTMLElement>) => {
    const bounds = event.currentTarget.getBoundingClientRect();
    const point = pictureToGraph(frame, event.clientX - bounds.left, event.clientY - bounds.top);
    void flow.setCenter(point.x, point.y, { zoom: transform[2] });
  };

  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const layer = { width: WIDTH * ratio, height: HEIGHT * ratio };
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
