import { useStore as useFlowStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { READING_ZOOM } from '../../../../shared/layout/edgeBundles';
import { drawsOnCanvas, ZOOM_REST_MS, zoomBand } from '../../../../shared/layout/levelOfDetail';

const selectBand = (state: ReactFlowState) => zoomBand(state.transform[2]);
const isReading = (state: ReactFlowState) => state.transform[2] >= READING_ZOOM;

/**
 * Whether the view is zooming, watched only while `watch`: each change renders the canvas, which
 * a zoom of the cards themselves has no use for.
 */
function useZooming(watch: boolean): boolean {
  const flowStore = useStoreApi();
  const [zooming, setZooming] = useState(false);
  useEffect(() => {
    if (!watch) return;
    let rest: ReturnType<typeof setTimeout> | undefined;
    const stop = flowStore.subscribe((state, before) => {
      if (state.transform[2] === before.transform[2]) return;
      setZooming(true);
      clearTimeout(rest);
      rest = setTimeout(() => setZooming(false), ZOOM_REST_MS);
    });
    return () => {
      stop();
      clearTimeout(rest);
      setZooming(false);
    };
  }, [watch, flowStore]);
  return watch && zooming;
}

/**
 * Whether the map is drawn on the canvas layer rather than as cards (see drawsOnCanvas). It
 * follows the zoom's band, not the zoom, so a pan or a zoom within a band renders nothing.
 */
export function useLevelOfDetail(shownNodes: number): boolean {
  const band = useFlowStore(selectBand);
  const [drawing, setDrawing] = useState(false);
  const zooming = useZooming(drawing);
  const wanted = drawsOnCanvas(band, shownNodes, drawing, zooming);
  if (wanted !== drawing) setDrawing(wanted);
  return wanted;
}

/**
 * Whether the view is at reading zoom, where every edge is named and none bundled. A zoom that
 * starts from rest (opening, a jump to a node, a restored view) is followed at once; one that
 * goes on crosses over only once it rests: the crossing routes every edge in view again, and
 * mid-gesture it took a frame of its own, twice in a zoom in and back out that ends where it
 * began. Meanwhile the zoom's own edge layer names the edges by the zoom it draws at.
 */
export function useReadingZoom(): boolean {
  const flowStore = useStoreApi();
  const [reading, setReading] = useState(() => isReading(flowStore.getState()));
  useEffect(() => {
    let rest: ReturnType<typeof setTimeout> | undefined;
    let lastChange = -Infinity;
    const follow = () => setReading(isReading(flowStore.getState()));
    follow();
    const stop = flowStore.subscribe((state, before) => {
      if (state.transform[2] === before.transform[2]) return;
      const now = performance.now();
      if (now - lastChange > ZOOM_REST_MS) follow();
      lastChange = now;
      clearTimeout(rest);
      rest = setTimeout(follow, ZOOM_REST_MS);
    });
    return () => {
      stop();
      clearTimeout(rest);
    };
  }, [flowStore]);
  return reading;
}
