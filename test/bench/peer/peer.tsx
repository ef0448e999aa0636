import {
  applyEdgeChanges,
  applyNodeChanges,
  ReactFlow,
  useReactFlow,
  type Edge,
  type Node,
  type OnEdgesChange,
  type OnNodesChange,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MAX_ZOOM, MIN_ZOOM } from '../../../shared/layout/viewport';

/** What the bench drives the page through: the graph to show, and the view to look from. */
export interface PeerControls {
  /** Shows the graph in a pane of the app's canvas size, so both show as much of it at a zoom. */
  show(nodes: Node[], edges: Edge[], pane: { width: number; height: number }): Promise<void>;
  setViewport(viewport: Viewport): Promise<void>;
}

declare global {
  interface Window {
    peer?: PeerControls;
  }
}

/**
 * React Flow as its documentation sets it up: default nodes and edges, changes applied with
 * its own helpers. Only the zoom range is the app's, so both can be looked at from the same view.
 */
function Peer({ initialNodes, initialEdges }: { initialNodes: Node[]; initialEdges: Edge[] }) {
  const [nodes, setNodes] = useState(initialNodes);
  const [edges, setEdges] = useState(initialEdges);
  const onNodesChange = useCallback<OnNodesChange>(
    (changes) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  const onEdgesChange = useCallback<OnEdgesChange>(
    (changes) => setEdges((current) => applyEdgeChanges(changes, current)),
    [],
  );
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      fitView
    >
      <ViewportControl />
    </ReactFlow>
  );
}

let viewportReady: (set: (viewport: Viewport) => Promise<boolean>) => void = () => {};

function ViewportControl() {
  const flow = useReactFlow();
  useEffect(() => viewportReady((viewport) => flow.setViewport(viewport)), [flow]);
  return null;
}

const root = createRoot(document.getElementById('root')!);
let setView: ((viewport: Viewport) => Promise<boolean>) | null = null;

window.peer = {
  show(nodes, edges, pane) {
    return new Promise((resolve) => {
      viewportReady = (set) => {
        setView = set;
        resolve();
      };
      root.render(
        <div style={{ width: pane.width, height: pane.height }}>
          <Peer initialNodes={nodes} initialEdges={edges} />
        </div>,
      );
    });
  },
  async setViewport(viewport) {
    await setView?.(viewport);
  },
};
