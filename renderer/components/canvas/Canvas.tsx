import {
  Background,
  ConnectionMode,
  Panel,
  ReactFlow,
  useStoreApi,
  type ReactFlowInstance,
  type IsValidConnection,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  FIT_VIEW_OPTIONS,
  MAX_ZOOM,
  MIN_ZOOM,
  openingFocus,
} from '../../../shared/layout/viewport';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/layoutByKind';
import { connectionOptions } from '../../../shared/model/edgeRules';
import { useT } from '../../i18n';
import { indexById, toStrategyNode, type FlowEdge, type FlowNode } from '../../store/flow';
import {
  selectEdges,
  selectLanguage,
  selectNodes,
  selectPendingFocus,
  selectStalledAfterDays,
  selectToday,
  selectViewport,
} from '../../store/selectors';
import { useApp, useAppStore } from '../../store/StoreContext';
import { NODE_TYPES } from './NodeCard';
import { EDGE_TYPES } from './RelationEdge';
import { OverviewMap } from './OverviewMap';
import { AutoLayoutControls } from './AutoLayoutControls';
import { useNodeChanges } from './useNodeChanges';
import { createCanvasView } from './canvasView';
import { useGraphNearView } from './useGraphNearView';
import { createDragLayer, DraggedEdges } from './DraggedEdges';
import { CardSettingsContext, type CardSettings } from './cardSettings';
import type { Translate } from '../../../shared/i18n/translate';

export const CANVAS_ID = 'strategy-canvas';

function ViewControls() {
  const t = useT();
  const view = useApp(selectViewport);
  return (
    <>
      <button onClick={() => view?.fit(null, 200)}>{t('fitView')}</button>
      <button onClick={() => view?.zoomIn()} aria-label={t('zoomIn')}>
        +
      </button>
      <button onClick={() => view?.zoomOut()} aria-label={t('zoomOut')}>
        −
      </button>
      <AutoLayoutControls />
    </>
  );
}

function useCardSettingsOf(t: Translate): CardSettings {
  const language = useApp(selectLanguage);
  const stalledAfterDays = useApp(selectStalledAfterDays);
  const today = useApp(selectToday);
  return useMemo(
    () => ({ t, language, stalledAfterDays, today }),
    [t, language, stalledAfterDays, today],
  );
}

export function Canvas() {
  const t = useT();
  const store = useAppStore();
  const { nodes, edges } = useGraphNearView(useApp(selectNodes), useApp(selectEdges));
  const [dragLayer] = useState(createDragLayer);
  const onNodesChange = useNodeChanges(edges, dragLayer);
  const onEdgesChange = useApp((s) => s.onEdgesChange);
  const cardSettings = useCardSettingsOf(t);
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
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const onInit = useCallback(
    (flow: ReactFlowInstance<FlowNode, FlowEdge>) =>
      setViewport(
        createCanvasView(
          flow,
          () => flowStore.getState(),
          () => store.getState().nodes,
        ),
      ),
    [setViewport, flowStore, store],
  );

  // Decided once, when the canvas opens; later edits do not move the view. A strategy opens
  // where it was last looked at, or else fitted (see openingFocus).
  const [opening] = useState(() => {
    const { openView, nodes } = store.getState();
    if (openView) return { view: openView, fit: undefined };
    const focus = openingFocus(nodes.map(toStrategyNode));
    return {
      view: undefined,
      fit: focus ? { ...FIT_VIEW_OPTIONS, nodes: focus.map((id) => ({ id })) } : FIT_VIEW_OPTIONS,
    };
  });
  const rememberView = useApp((s) => s.rememberView);

  // A node chosen elsewhere (a follow-through gap) is centred once the canvas has its viewport.
  const pendingFocus = useApp(selectPendingFocus);
  const viewport = useApp(selectViewport);
  const clearPendingFocus = useApp((s) => s.clearPendingFocus);
  useEffect(() => {
    if (!pendingFocus || !viewport) return;
    const node = indexById(store.getState().nodes).get(pendingFocus);
    if (node)
      viewport.centreOn(
        { x: node.position.x + NODE_WIDTH / 2, y: node.position.y + NODE_HEIGHT / 2 },
        1,
        300,
      );
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
      <CardSettingsContext.Provider value={cardSettings}>
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
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          fitView={!opening.view}
          fitViewOptions={opening.fit}
          defaultViewport={opening.view}
          onMoveEnd={(_, view) => rememberView(view)}
          onInit={onInit}
          ariaLabelConfig={ariaLabelConfig}
        >
          {viewPanel}
          <Background gap={24} />
          <OverviewMap />
          <DraggedEdges layer={dragLayer} />
        </ReactFlow>
      </CardSettingsContext.Provider>
    </section>
  );
}
