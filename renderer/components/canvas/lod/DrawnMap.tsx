import { useState } from 'react';
import type { FlowEdge, FlowNode } from '../../../store/flow';
import { createGestureStore } from './canvasGesture';
import { CanvasLayer } from './CanvasLayer';
import { useCanvasBox } from './useCanvasBox';
import { useCanvasPointer } from './useCanvasPointer';

/** On React Flow's wrapper while the map is drawn on the canvas layer (see .canvas-drawn). */
export const CANVAS_DRAWN_CLASS = 'canvas-drawn';

/**
 * The map drawn on one canvas while zoomed out past reading, with the pointer gestures that
 * act on what it draws. `nodes` and `edges` are all the map shows, not only React Flow's part.
 */
export function DrawnMap({
  active,
  nodes,
  edges,
}: {
  active: boolean;
  nodes: FlowNode[];
  edges: FlowEdge[];
}) {
  const [gesture] = useState(createGestureStore);
  useCanvasPointer(active, nodes, gesture);
  useCanvasBox(active, nodes, gesture);
  return <CanvasLayer active={active} nodes={nodes} edges={edges} gesture={gesture} />;
}
