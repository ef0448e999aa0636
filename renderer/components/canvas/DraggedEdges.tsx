import {
  useStore as useFlowStore,
  ViewportPortal,
  type InternalNode,
  type ReactFlowState,
} from '@xyflow/react';
import { useCallback } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { curvePath, edgeCurve, slightBend, type Point } from '../../../shared/layout/edgeGeometry';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/layoutByKind';
import type { FlowEdge } from '../../store/flow';
import { CANVAS_MARKERS, markerId } from './edgeStyles';

/** The edges of the nodes being dragged, while a drag lasts (see useNodeChanges). */
export type DragLayer = StoreApi<{ edges: FlowEdge[] }>;

export const createDragLayer = (): DragLayer => createStore(() => ({ edges: [] as FlowEdge[] }));

const centreOf = (node: InternalNode): Point => [
  node.internals.positionAbsolute.x + NODE_WIDTH / 2,
  node.internals.positionAbsolute.y + NODE_HEIGHT / 2,
];

/**
 * The line React Flow's edge would draw, without its detour: a drag moves cards past one
 * another faster than detours are worth working out; the edge gets its route back on release.
 */
function pathOf(edge: FlowEdge, state: ReactFlowState): string {
  const source = state.nodeLookup.get(edge.source);
  const target = state.nodeLookup.get(edge.target);
  if (!source || !target) return '';
  const from = centreOf(source);
  const to = centreOf(target);
  return curvePath(edgeCurve(from, to, slightBend(from, to)));
}

const samePaths = (a: string[], b: string[]) =>
  a.length === b.length && a.every((path, i) => path === b[i]);

/**
 * Draws the edges of the nodes being dragged, all in one component: each frame of a drag
 * re-renders the moved cards and this layer, rather than two components for every edge. The
 * lines float from border to border like React Flow's own edges, under the cards like them.
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
        {edges.map((edge, i) => (
          <g key={edge.id} className={`react-flow__edge${edge.selected ? ' selected' : ''}`}>
            <path
              d={paths[i]}
              className={`react-flow__edge-path edge-${edge.data?.kind ?? 'partnersWith'}`}
              markerEnd={`url(#${markerId(CANVAS_MARKERS, edge.data?.kind ?? 'partnersWith')})`}
            />
          </g>
        ))}
      </svg>
    </ViewportPortal>
  );
}
