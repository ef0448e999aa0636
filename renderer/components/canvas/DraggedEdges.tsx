import {
  getBezierPath,
  Position,
  useStore as useFlowStore,
  ViewportPortal,
  type InternalNode,
  type ReactFlowState,
} from '@xyflow/react';
import { useCallback } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/layoutByKind';
import type { FlowEdge } from '../../store/flow';

/** The edges of the nodes being dragged, while a drag lasts (see useNodeChanges). */
export type DragLayer = StoreApi<{ edges: FlowEdge[] }>;

export const createDragLayer = (): DragLayer => createStore(() => ({ edges: [] as FlowEdge[] }));

/** Where an edge meets a card: its source handle at the bottom, its target handle at the top. */
function endOf(node: InternalNode, end: 'source' | 'target') {
  const { x, y } = node.internals.positionAbsolute;
  const handle = node.internals.handleBounds?.[end]?.[0];
  if (!handle) return { x: x + NODE_WIDTH / 2, y: end === 'source' ? y + NODE_HEIGHT : y };
  return {
    x: x + handle.x + handle.width / 2,
    y: end === 'source' ? y + handle.y + handle.height : y + handle.y,
  };
}

function pathOf(edge: FlowEdge, state: ReactFlowState): string {
  const source = state.nodeLookup.get(edge.source);
  const target = state.nodeLookup.get(edge.target);
  if (!source || !target) return '';
  const from = endOf(source, 'source');
  const to = endOf(target, 'target');
  return getBezierPath({
    sourceX: from.x,
    sourceY: from.y,
    sourcePosition: Position.Bottom,
    targetX: to.x,
    targetY: to.y,
    targetPosition: Position.Top,
  })[0];
}

const samePaths = (a: string[], b: string[]) =>
  a.length === b.length && a.every((path, i) => path === b[i]);

/**
 * Draws the edges of the nodes being dragged, all in one component: each frame of a drag
 * re-renders the moved cards and this layer, rather than two components for every edge. The
 * paths are those React Flow would draw, under the cards like its own edges.
 */
export function DraggedEdges({ layer }: { layer: DragLayer }) {
  const edges = useStore(layer, (state) => state.edges);
  const paths = useFlowStore(
    useCallback((state: ReactFlowState) => edges.map((edge) => pathOf(edge, state)), [edges]),
    samePaths,
  );
  if (edges.length === 0) return null;
  return (
    <ViewportPortal>
      <svg className="dragged-edges" aria-hidden="true">
        <defs>
          <marker
            id="dragged-edge-arrow"
            viewBox="-10 -10 20 20"
            markerWidth={16}
            markerHeight={16}
            markerUnits="strokeWidth"
            orient="auto-start-reverse"
          >
            <polyline className="arrowclosed" points="-5,-4 0,0 -5,4 -5,-4" />
          </marker>
        </defs>
        {edges.map((edge, i) => (
          <g key={edge.id} className={`react-flow__edge${edge.selected ? ' selected' : ''}`}>
            <path
              d={paths[i]}
              className={`react-flow__edge-path edge-${edge.data?.kind ?? 'partnersWith'}`}
              markerEnd="url(#dragged-edge-arrow)"
            />
          </g>
        ))}
      </svg>
    </ViewportPortal>
  );
}
