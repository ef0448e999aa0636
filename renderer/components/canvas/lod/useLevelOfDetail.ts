import { useStore as useFlowStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { drawsOnCanvas, ZOOM_REST_MS, zoomBand } from '../../../../shared/layout/levelOfDetail';

const selectBand = (state: ReactFlowState) => zoomBand(state.transform[2]);

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
