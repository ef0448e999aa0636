import type { ReactFlowInstance } from '@xyflow/react';
import { boundsOf } from '../../../shared/layout/overview';
import { placeToFit, visibleRect } from '../../../shared/layout/viewport';
import type { FlowEdge, FlowNode } from '../../store/flow';
import type { CanvasView } from '../../store/types';

export interface PaneSize {
  width: number;
  height: number;
  minZoom: number;
}

/**
 * The canvas's view, for commands. Fitting works from the app's nodes rather than React Flow's:
 * in a large strategy React Flow holds only the part near the view (see graphNearView).
 */
export function createCanvasView(
  flow: ReactFlowInstance<FlowNode, FlowEdge>,
  pane: () => PaneSize,
  nodes: () => readonly FlowNode[],
): CanvasView {
  return {
    fit(nodeIds, duration = 0) {
      const wanted = nodeIds ? new Set(nodeIds) : null;
      const chosen = wanted ? nodes().filter((node) => wanted.has(node.id)) : nodes();
      const positions = chosen.map((node) => node.position);
      const bounds = boundsOf(positions);
      const { width, height, minZoom } = pane();
      if (!bounds || width === 0 || height === 0) return;
      // Each card is kept clear of the overview map, not only the box around them all.
      const viewport = placeToFit(bounds, width, height, minZoom, positions);
      void flow.setViewport(viewport, { duration });
    },
    centreOn(point, zoom, duration) {
      void flow.setCenter(point.x, point.y, { zoom: zoom ?? flow.getZoom(), duration });
    },
    visibleArea() {
      const { width, height } = pane();
      if (width === 0 || height === 0) return null;
      const { x, y, zoom } = flow.getViewport();
      return visibleRect([x, y, zoom], width, height, 0);
    },
    centre() {
      const { width, height } = pane();
      if (width === 0 || height === 0) return null;
      const { x, y, zoom } = flow.getViewport();
      return { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom, zoom };
    },
    zoomIn() {
      void flow.zoomIn({ duration: 150 });
    },
    zoomOut() {
      void flow.zoomOut({ duration: 150 });
    },
  };
}
