import {
  ConnectionMode,
  Panel,
  ReactFlow,
  useStoreApi,
  type ReactFlowInstance,
  type IsValidConnection,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MAX_ZOOM, MIN_ZOOM } from '../../../shared/layout/viewport';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout/layoutByKind';
import { connectionOptions } from '../../../shared/model/edgeRules';
import { useT } from '../../i18n';
import { indexById, type FlowEdge, type FlowNode } from '../../store/flow';
import {
  selectLanguage,
  selectReadOnly,
  selectPendingFocus,
  selectStalledAfterDays,
  selectViewport,
} from '../../store/selectors';
import { selectAsOfClock } from '../../store/activitySelectors';
import { useApp, useAppStore } from '../../store/StoreContext';
import { NODE_TYPES } from './NodeCard';
import { EDGE_TYPES } from './RelationEdge';
import { OverviewMap } from './OverviewMap';
import { AutoLayoutControls } from './AutoLayoutControls';
import { useNodeChanges } from './useNodeChanges';
import { useCanvasHandlers } from './useCanvasHandlers';
import { createCanvasView, overlaysOn } from './canvasView';
import { useGraphNearView } from './useGraphNearView';
import { createDragLayer, DraggedEdges } from './DraggedEdges';
import { DotGrid } from './DotGrid';
import { ZoomingEdges } from './ZoomingEdges';
import { CardSettingsContext, type CardSettings } from './cardSettings';
import { useNamedEdges } from './useNamedEdges';
import { useDescribedNodes } from './useDescribedNodes';
import { flowAriaLabels } from './flowAriaLabels';
import { NameEditor } from './NameEditor';
import { MapTools } from './MapTools';
import { selectMapGraph } from '../../store/shownGraph';
import { selectMapNodes } from '../../store/mapNodes';
import {
  FLOW_CLASS,
  keepKeyboardOnCanvas,
  keepKeyboardOnEscape,
  tabIntoCards,
} from './canvasFocus';
import { tabInReadingOrder } from './cardTabOrder';
import { edgeNameSizes, useEdgeRoutes } from './useEdgeRoutes';
import { CanvasEdgeStyles } from './edgeStyles';
import { CanvasLegend } from './CanvasLegend';
import { FocusGatheredNote } from './FocusGatheredNote';
import type { Translate } from '../../../shared/i18n/translate';
import { WorkshopLayer } from '../workshop/WorkshopLayer';
import { CANVAS_DRAWN_CLASS, DrawnMap } from './lod/DrawnMap';
import { RowHeadingsLayer } from './RowHeadingsLayer';
import { EmptyCanvasHint } from './EmptyCanvasHint';
import { useLevelOfDetail, useReadingZoom } from './lod/useLevelOfDetail';
import { useCardRelations } from './lod/useCardRelations';
import { CardRelationsContext, createCardRelationsStore } from './lod/cardRelations';
import { createEdgeNamesGroup, EdgeNamesContext, EdgeNamesLayer } from './EdgeNamesLayer';

export const CANVAS_ID = 'strategy-canvas';

const MULTI_SELECTION_KEYS = ['Meta', 'Control', 'Shift'];

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
  const today = useApp(selectAsOfClock);
  return useMemo(
    () => ({ t, language, stalledAfterDays, today }),
    [t, language, stalledAfterDays, today],
  );
}

const HIDE_ATTRIBUTION = { hideAttribution: true };

export function Canvas() {
  const t = useT();
  const readOnly = useApp(selectReadOnly);
  const store = useAppStore();
  const allNodes = useApp(selectMapNodes);
  const shown = useApp(selectMapGraph);
  // Zoomed out past reading, a large strategy is drawn on the canvas layer (see DrawnMap).
  const onCanvas = useLevelOfDetail(shown.nodes.length);
  // Decided once, when the canvas opens; later edits do not move the view. A strategy opens
  // where it was last looked at, or else as openingPlace says, once the pane has its size.
  const [opening] = useState(() => store.getState().openView ?? undefined);
  // Until then (see onInit) a large strategy's part near the view is not worked out, for a view
  // about to be left; and it is worked out in a task after the placing, not in the same one.
  const [placed, setPlaced] = useState(opening !== undefined);
  // A strategy joined in a live session opens before its nodes come: it is placed when they do.
  const placeWhenFilled = useRef(false);
  // Which card has the keyboard, and the relationships the cards list (see useCardRelations).
  const [relationsStore] = useState(createCardRelationsStore);
  const nearView = useGraphNearView(shown.nodes, shown.edges, onCanvas, placed, relationsStore);
  const nodes = useDescribedNodes(nearView.nodes, t);
  const language = useApp(selectLanguage);
  const named = useNamedEdges(nearView.edges, allNodes, t, language);
  // The edges the canvas layer draws, named on the kept cards for the keyboard; on the cards'
  // canvas, the edges to far nodes React Flow is not given.
  const relations = useCardRelations(
    relationsStore,
    onCanvas,
    shown.edges,
    allNodes,
    t,
    language,
    nearView.edges,
    nearView.leftOut,
  );
  const readingZoom = useReadingZoom();
  const nameSizes = useMemo(() => edgeNameSizes(t), [t]);
  const edges = useEdgeRoutes(named, shown.nodes, shown.edges, !readingZoom, nameSizes);
  const [dragLayer] = useState(createDragLayer);
  const [namesLayer] = useState(createEdgeNamesGroup);
  const onNodesChange = useNodeChanges(edges, dragLayer);
  const onEdgesChange = useApp((s) => s.onEdgesChange);
  const cardSettings = useCardSettingsOf(t);
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
  useEffect(keepKeyboardOnCanvas, []);
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const onInit = useCallback(
    (flow: ReactFlowInstance<FlowNode, FlowEdge>) => {
      // Fitting and the rest work on what the map shows under its focus and filters.
      const view = createCanvasView(
        flow,
        () => flowStore.getState(),
        () => selectMapGraph(store.getState()).nodes,
        () => overlaysOn(flowStore.getState().domNode),
      );
      setViewport(view);
      // Opened where it was last left, unless that shows none of the cards shown now: left on a
      // goal found past the filters, which reopening no longer selects, the strategy would open
      // on empty canvas, found only on the overview map.
      if (opening) {
        const restored = view.centre();
        if (restored && !view.wouldShowAny(restored)) view.showOpening();
        return;
      }
      const state = store.getState();
      if (state.live && selectMapGraph(state).nodes.length === 0) {
        placeWhenFilled.current = true;
        return;
      }
      view.showOpening();
      setTimeout(() => setPlaced(true), 0);
    },
    [setViewport, flowStore, store, opening],
  );

  // A node chosen elsewhere (a follow-through gap) is centred once the canvas has its viewport.
  const pendingFocus = useApp(selectPendingFocus);
  const viewport = useApp(selectViewport);
  const shownCount = shown.nodes.length;
  useEffect(() => {
    if (!placeWhenFilled.current || !viewport || shownCount === 0) return;
    placeWhenFilled.current = false;
    viewport.showOpening();
    setTimeout(() => setPlaced(true), 0);
  }, [viewport, shownCount]);
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

  const mapPanel = useMemo(
    () => (
      <Panel position="top-right" className="map-tools-panel">
        <MapTools />
      </Panel>
    ),
    [],
  );

  const ariaLabelConfig = useMemo(() => flowAriaLabels(t), [t]);

  // Each follows the stores on its own: an edit that renders the canvas need not render them.
  const overlays = useMemo(
    () => (
      <>
        <EdgeNamesLayer group={namesLayer} />
        <NameEditor />
        <OverviewMap />
        <DraggedEdges layer={dragLayer} />
        <CanvasEdgeStyles />
        <CanvasLegend />
        <FocusGatheredNote />
        <EmptyCanvasHint />
        <WorkshopLayer />
      </>
    ),
    [dragLayer, namesLayer],
  );

  const handlers = useCanvasHandlers();

  return (
    <section
      className="canvas"
      id={CANVAS_ID}
      aria-label={t('canvas')}
      onFocus={relations.onFocus}
      onBlur={relations.onBlur}
      onKeyDown={(event) => {
        if (tabIntoCards(event) || tabInReadingOrder(event)) event.preventDefault();
        keepKeyboardOnEscape(event);
      }}
    >
      <CardSettingsContext.Provider value={cardSettings}>
        <CardRelationsContext.Provider value={relationsStore}>
          <EdgeNamesContext.Provider value={namesLayer}>
            <ReactFlow<FlowNode, FlowEdge>
              nodes={nodes}
              edges={edges}
              nodeTypes={NODE_TYPES}
              edgeTypes={EDGE_TYPES}
              onNodesChange={onNodesChange}
              onEdgesChange={onEdgesChange}
              nodesDraggable={!readOnly}
              nodesConnectable={!readOnly}
              onConnect={handlers.onConnect}
              onConnectEnd={handlers.onConnectEnd}
              isValidConnection={isValidConnection}
              connectionMode={ConnectionMode.Loose}
              deleteKeyCode={null}
              multiSelectionKeyCode={MULTI_SELECTION_KEYS}
              // Under the canvas layer the few kept cards are all rendered, the one with the
              // keyboard too when the view has moved off it (see keptCards).
              onlyRenderVisibleElements={!onCanvas}
              minZoom={MIN_ZOOM}
              maxZoom={MAX_ZOOM}
              defaultViewport={opening}
              onMoveEnd={handlers.onMoveEnd}
              onInit={onInit}
              ariaLabelConfig={ariaLabelConfig}
              // An offline app links to no website from its canvas: React Flow is credited in
              // About, in the app's language.
              proOptions={HIDE_ATTRIBUTION}
              onNodeDoubleClick={handlers.onNodeDoubleClick}
              onNodeContextMenu={handlers.onNodeContextMenu}
              onPaneContextMenu={handlers.onPaneContextMenu}
              // The canvas itself takes focus, so keys work on it with no card focused (or none left).
              // At reading zoom every edge shows its name (see .edge-name).
              className={[FLOW_CLASS, readingZoom && 'reading-zoom', onCanvas && CANVAS_DRAWN_CLASS]
                .filter(Boolean)
                .join(' ')}
              tabIndex={0}
              aria-label={t('canvas')}
            >
              {viewPanel}
              {mapPanel}
              {/* Zoomed out that far its dots are a haze, costly to draw on every frame. */}
              {!onCanvas && <DotGrid />}
              <ZoomingEdges active={!onCanvas} />
              <DrawnMap active={onCanvas} nodes={shown.nodes} edges={shown.edges} />
              <RowHeadingsLayer nodes={shown.nodes} />
              {overlays}
            </ReactFlow>
          </EdgeNamesContext.Provider>
        </CardRelationsContext.Provider>
      </CardSettingsContext.Provider>
    </section>
  );
}
