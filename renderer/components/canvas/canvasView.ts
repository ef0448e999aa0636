import type { ReactFlowInstance } from '@xyflow/react';
import { boundsOf } from '../../../shared/layout/overview';
import {
  openingFocus,
  openingPlace,
  panToShow,
  placeToFit,
  visibleRect,
  type Rect,
} from '../../../shared/layout/viewport';
import { ROW_HEADING_WIDTH, rowHeadings, type RowHeading } from '../../../shared/map/rowHeadings';
import { placeShowsAny } from '../../../shared/map/savedViews';
import { toStrategyNode, type FlowEdge, type FlowNode } from '../../store/flow';
import type { CanvasView } from '../../store/types';

const ZOOM_STEP_MS = 150;

/** The names of the regions or stages beside the rows the nodes are in (see rowHeadings). */
export function rowHeadingsOf(nodes: readonly FlowNode[]): RowHeading[] {
  return rowHeadings(
    nodes.map((node) => ({ kind: node.type, data: node.data, position: node.position })),
  );
}

export interface PaneSize {
  width: number;
  height: number;
  minZoom: number;
}

/**
 * The boxes, in pixels from the pane's top left, of what lies over the pane: React Flow's panels
 * (the view controls, the map tools and their open panel, the overview map, the legend) and the
 * workshop's (timer, vote).
 */
export function overlaysOn(pane: HTMLElement | null): Rect[] {
  if (!pane) return [];
  const origin = pane.getBoundingClientRect();
  const boxes: Rect[] = [];
  for (const element of pane.querySelectorAll(
    '.react-flow__panel > *, .map-tools > *, .workshop-layer > *',
  )) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    boxes.push({
      left: box.left - origin.left,
      top: box.top - origin.top,
      right: box.right - origin.left,
      bottom: box.bottom - origin.top,
    });
  }
  return boxes;
}

/**
 * The canvas's view, for commands. Fitting works from the app's nodes rather than React Flow's:
 * in a large strategy React Flow holds only the part near the view (see graphNearView).
 */
export function createCanvasView(
  flow: ReactFlowInstance<FlowNode, FlowEdge>,
  pane: () => PaneSize,
  nodes: () => readonly FlowNode[],
  overlays: () => readonly Rect[] = () => [],
): CanvasView {
  // An animated move the user interrupts (a wheel, a drag) never resolves: its end time bounds
  // the wait for it.
  let lastMove: { done: Promise<unknown>; endsAt: number } | null = null;
  const moving = (done: Promise<unknown>, duration: number) => {
    lastMove = { done, endsAt: performance.now() + duration };
  };

  const view: CanvasView = {
    fit(nodeIds, duration = 0, coveredRight = 0) {
      const wanted = nodeIds ? new Set(nodeIds) : null;
      const chosen = wanted ? nodes().filter((node) => wanted.has(node.id)) : nodes();
      const cards = chosen.map((node) => node.position);
      // Headings left of grouped rows are kept in sight too.
      const headings = rowHeadingsOf(chosen).map((heading) => ({
        x: heading.right - ROW_HEADING_WIDTH,
        y: heading.top,
      }));
      const positions = [...cards, ...headings];
      const bounds = boundsOf(positions);
      const { width, height, minZoom } = pane();
      if (!bounds || width === 0 || height === 0) return;
      // Each card is kept clear of the overview map, not only the box around them all.
      const viewport = placeToFit(bounds, width, height, minZoom, positions, coveredRight);
      moving(flow.setViewport(viewport, { duration }), duration);
    },
    showOpening() {
      const shown = nodes().map(toStrategyNode);
      const { width, height } = pane();
      const place = openingPlace(shown, width, height);
      if (place) void flow.setViewport(place);
      else view.fit(openingFocus(shown));
    },
    centreOn(point, zoom, duration) {
      const zoomTo = zoom ?? flow.getZoom();
      moving(flow.setCenter(point.x, point.y, { zoom: zoomTo, duration }), duration ?? 0);
    },
    wouldShowAny(place) {
      const { width, height } = pane();
      return placeShowsAny(
        place,
        width,
        height,
        nodes().map((node) => node.position),
      );
    },
    keepInView(box) {
      const { width, height } = pane();
      if (width === 0 || height === 0) return;
      const { x, y, zoom } = flow.getViewport();
      const to = panToShow([x, y, zoom], width, height, box);
      if (to) moving(flow.setViewport({ ...to, zoom }), 0);
    },
    shows(box, coveredRight = 0) {
      const { width, height } = pane();
      if (width === 0 || height === 0) return false;
      const { x, y, zoom } = flow.getViewport();
      const insets = { top: 0, right: coveredRight, bottom: 0, left: 0 };
      return panToShow([x, y, zoom], width, height, box, insets) === null;
    },
    visibleArea(coveredBelow = 0) {
      const { width, height } = pane();
      if (width === 0 || height === 0) return null;
      const { x, y, zoom } = flow.getViewport();
      return visibleRect([x, y, zoom], width, Math.max(1, height - coveredBelow), 0);
    },
    coveredAreas() {
      const { x, y, zoom } = flow.getViewport();
      return overlays().map((box) => ({
        left: (box.left - x) / zoom,
        top: (box.top - y) / zoom,
        right: (box.right - x) / zoom,
        bottom: (box.bottom - y) / zoom,
      }));
    },
    centre() {
      const { width, height } = pane();
      if (width === 0 || height === 0) return null;
      const { x, y, zoom } = flow.getViewport();
      return { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom, zoom };
    },
    zoomIn() {
      moving(flow.zoomIn({ duration: ZOOM_STEP_MS }), ZOOM_STEP_MS);
    },
    zoomOut() {
      moving(flow.zoomOut({ duration: ZOOM_STEP_MS }), ZOOM_STEP_MS);
    },
    async settled() {
      for (let seen = lastMove; seen; seen = seen === lastMove ? null : lastMove) {
        const grace = Math.max(0, seen.endsAt - performance.now()) + 100;
        await Promise.race([seen.done, new Promise((resolve) => setTimeout(resolve, grace))]);
      }
    },
  };
  return view;
}
