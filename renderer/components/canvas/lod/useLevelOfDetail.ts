import { useStore as useFlowStore, type ReactFlowState } from '@xyflow/react';
import { useState } from 'react';
import { drawsOnCanvas, zoomBand } from '../../../../shared/layout/levelOfDetail';

const selectBand = (state: ReactFlowState) => zoomBand(state.transform[2]);

/**
 * Whether the map is drawn on the canvas layer rather than as cards (see drawsOnCanvas). It
 * follows the zoom's band, not the zoom, so a pan or a zoom within a band renders nothing.
 */
export function useLevelOfDetail(shownNodes: number): boolean {
  const band = useFlowStore(selectBand);
  const [drawing, setDrawing] = useState(false);
  const wanted = drawsOnCanvas(band, shownNodes, drawing);
  if (wanted !== drawing) setDrawing(wanted);
  return wanted;
}
