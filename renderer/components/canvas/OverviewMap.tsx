import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/layoutByKind';
import {
  fitArea,
  graphToPicture,
  overviewArea,
  pictureToGraph,
} from '../../../shared/layout/overview';
import { visibleRect } from '../../../shared/layout/viewport';
import { KIND_COLOURS } from '../../../shared/report/drawingModel';
import { useT } from '../../i18n';
import { selectNodes } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';

const WIDTH = 200;
const HEIGHT = 140;
const selectTransform = (state: ReactFlowState) => state.transform;
const selectPaneWidth = (state: ReactFlowState) => state.width;
const selectPaneHeight = (state: ReactFlowState) => state.height;

/**
 * The whole strategy in small, with the visible part outlined; pressing or dragging on it moves
 * the view there. Drawn on one canvas rather than as an element per node, so it costs the same
 * at five thousand nodes as at fifty.
 */
export function OverviewMap() {
  const t = useT();
  const nodes = useApp(selectNodes);
  const transform = useStore(selectTransform);
  const paneWidth = useStore(selectPaneWidth);
  const paneHeight = useStore(selectPaneHeight);
  const flow = useReactFlow();
  const canvasRef = useRef<HTMLCanvasElement>(null);

  const view = useMemo(
    () => visibleRect(transform, paneWidth, paneHeight, 0),
    [transform, paneWidth, paneHeight],
  );
  const frame = useMemo(
    () =>
      fitArea(
        overviewArea(
          nodes.map((n) => n.position),
          view,
        ),
        WIDTH,
        HEIGHT,
      ),
    [nodes, view],
  );

  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context) return;
    const ratio = window.devicePixelRatio || 1;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, WIDTH, HEIGHT);
    const w = Math.max(NODE_WIDTH * frame.scale, 1);
    const h = Math.max(NODE_HEIGHT * frame.scale, 1);
    for (const node of nodes) {
      const { x, y } = graphToPicture(frame, node.position);
      context.fillStyle = node.selected ? '#1d4ed8' : KIND_COLOURS[node.type].stroke;
      context.fillRect(x, y, w, h);
    }
    const corner = graphToPicture(frame, { x: view.left, y: view.top });
    context.strokeStyle = '#0f172a';
    context.lineWidth = 1.5;
    context.strokeRect(
      corner.x,
      corner.y,
      (view.right - view.left) * frame.scale,
      (view.bottom - view.top) * frame.scale,
    );
  }, [nodes, frame, view]);

  const centreOn = (event: PointerEvent<HTMLCanvasElement>) => {
    const bounds = event.currentTarget.getBoundingClientRect();
    const point = pictureToGraph(frame, event.clientX - bounds.left, event.clientY - bounds.top);
    void flow.setCenter(point.x, point.y, { zoom: transform[2] });
  };

  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return (
    <Panel position="bottom-right" className="overview-map">
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={t('minimap')}
        width={WIDTH * ratio}
        height={HEIGHT * ratio}
        style={{ width: WIDTH, height: HEIGHT }}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          centreOn(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) centreOn(event);
        }}
      />
    </Panel>
  );
}
