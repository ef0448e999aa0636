import {
  Background,
  ConnectionMode,
  Panel,
  ReactFlow,
  useReactFlow,
  useStore,
  type ReactFlowState,
  type IsValidConnection,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  cullingRect,
  EDGE_CULLING_THRESHOLD,
  edgesNearView,
  FIT_VIEW_OPTIONS,
  openingFocus,
  sameRect,
} from '../../../shared/layout/viewport';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/layoutByKind';
import { connectionOptions } from '../../../shared/model/edgeRules';
import { useT } from '../../i18n';
import { indexById, toStrategyNode, type FlowEdge, type FlowNode } from '../../store/flow';
import {
  selectEdges,
  selectNodes,
  selectPendingFocus,
  selectViewport,
} from '../../store/selectors';
import { useApp, useAppStore } from '../../store/StoreContext';
import { NODE_TYPES } from './NodeCard';
import { EDGE_TYPES } from './RelationEdge';
import { OverviewMap } from './OverviewMap';
import { AutoLayoutControls } from './AutoLayoutControls';
import { useNodeChanges } from './useNodeChanges';

export const CANVAS_ID = 'strategy-canvas';

function ViewControls() {
  const t = useT();
  const flow = useReactFlow();
  return (
    <>
      <button onClick={() => void flow.fitView({ ...FIT_VIEW_OPTIONS, duration: 200 })}>
        {t('fitView')}
      </button>
      <button onClick={() => void flow.zoomIn({ duration: 150 })} aria-label={t('zoomIn')}>
        +
      </button>
      <button onClick={() => void flow.zoomOut({ duration: 150 })} aria-label={t('zoomOut')}>
        −
      </button>
      <AutoLayoutControls />
    </>
  );
}

const selectCullingRect = (state: ReactFlowState) =>
  cullingRect(state.transform, state.width, state.height);
const selectPaneWidth = (state: ReactFlowState) => state.width;

/** The same array as last time when the items are the same, so React Flow has nothing to redo. */
function keepIdentityWhenEqual<T>() {
  let previous: T[] = [];
  return (next: T[]): T[] => {
    if (next.length === previous.length && next.every((item, i) => item === previous[i]))
      return previous;
    previous = next;
    return next;
  };
}

/**
 * In a large strategy, the edges worth drawing for the current view (see edgesNearView). The
 * canvas re-renders only when the culling area moves on, not on every pan or zoom frame.
 */
function useEdgesToDraw(nodes: FlowNode[], edges: FlowEdge[]): FlowEdge[] {
  const rect = useStore(selectCullingRect, sameRect);
  const width = useStore(selectPaneWidth);
  const [stable] = useState(keepIdentityWhenEqual<FlowEdge>);
  return useMemo(() => {
    if (edges.length < EDGE_CULLING_THRESHOLD || width === 0) return edges;
    const index = indexById(nodes);
    return stable(edgesNearView(edges, (id) => index.get(id)?.position, rect));
  }, [nodes, edges, rect, width, stable]);
}

export function Canvas() {
  const t = useT();
  const store = useAppStore();
  const nodes = useApp(selectNodes);
  const edges = useEdgesToDraw(nodes, useApp(selectEdges));
  const onNodesChange = useNodeChanges();
  const onEdgesChange = useApp((s) => s.onEdgesChange);
  const connect = useApp((s) => s.connect);
  const setViewport = useApp((s) => s.setViewport);

  const isValidConnection = useCallback<IsValidConnection<FlowEdge>>(
    ({ source, target }) => {
      const index = indexById(store.getState().nodes);
      const from = index.get(source);
      const to = index.get(target);
      return (
        !!from && !!to && source !== target && connectionOptions(from.type, to.type).length > 0
      );
    },
    [store],
  );

  useEffect(() => () => setViewport(null), [setViewport]);

  // Decided once, when the canvas opens; later edits do not move the view.
  const [openingView] = useState(() => {
    const focus = openingFocus(store.getState().nodes.map(toStrategyNode));
    return focus ? { ...FIT_VIEW_OPTIONS, nodes: focus.map((id) => ({ id })) } : FIT_VIEW_OPTIONS;
  });

  // A node chosen elsewhere (a follow-through gap) is centred once the canvas has its viewport.
  const pendingFocus = useApp(selectPendingFocus);
  const viewport = useApp(selectViewport);
  const clearPendingFocus = useApp((s) => s.clearPendingFocus);
  useEffect(() => {
    if (!pendingFocus || !viewport) return;
    const node = indexById(store.getState().nodes).get(pendingFocus);
    if (node)
      void viewport.setCenter(node.position.x + NODE_WIDTH / 2, node.position.y + NODE_HEIGHT / 2, {
        zoom: 1,
        duration: 300,
      });
    clearPendingFocus();
  }, [pendingFocus, viewport, store, clearPendingFocus]);

  // Made once per language: the canvas re-renders on every drag frame, its controls need not.
  const viewPanel = useMemo(
    () => (
      <Panel position="top-left" className="view-controls" aria-label={t('menu.view')}>
        <ViewControls />
      </Panel>
    ),
    [t],
  );

  const ariaLabelConfig = useMemo(() => ({ 'controls.ariaLabel': t('canvas') }), [t]);

  return (
    <section className="canvas" id={CANVAS_ID} aria-label={t('canvas')}>
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={({ source, target }) => connect(source, target)}
        isValidConnection={isValidConnection}
        connectionMode={ConnectionMode.Loose}
        deleteKeyCode={null}
        multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
        onlyRenderVisibleElements
        minZoom={0.05}
        maxZoom={2.5}
        fitView
        fitViewOptions={openingView}
        onInit={setViewport}
        ariaLabelConfig={ariaLabelConfig}
      >
        {viewPanel}
        <Background gap={24} />
        <OverviewMap />
      </ReactFlow>
    </section>
  );
}
