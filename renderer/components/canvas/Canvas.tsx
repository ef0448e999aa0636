import {
  Background,
  ConnectionMode,
  MiniMap,
  ReactFlow,
  type IsValidConnection,
} from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { connectionOptions } from '../../../shared/model/edgeRules';
import { useT } from '../../i18n';
import { indexById, type FlowEdge, type FlowNode } from '../../store/flow';
import { selectEdges, selectNodes } from '../../store/selectors';
import { useApp, useAppStore } from '../../store/StoreContext';
import { NODE_TYPES } from './NodeCard';
import { EDGE_TYPES } from './RelationEdge';

const KIND_COLOURS: Record<FlowNode['type'], string> = {
  goal: '#d97706',
  partnerCity: '#2563eb',
  network: '#7c3aed',
  actor: '#475569',
  project: '#059669',
};
const minimapColour = (node: FlowNode) => KIND_COLOURS[node.type];

export const CANVAS_ID = 'strategy-canvas';
/** Fitting never magnifies past 100%, so one or two nodes do not fill the screen. */
export const FIT_VIEW_OPTIONS = { maxZoom: 1, padding: 0.08 };

export function Canvas() {
  const t = useT();
  const store = useAppStore();
  const nodes = useApp(selectNodes);
  const edges = useApp(selectEdges);
  const onNodesChange = useApp((s) => s.onNodesChange);
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

  const ariaLabelConfig = useMemo(
    () => ({ 'minimap.ariaLabel': t('minimap'), 'controls.ariaLabel': t('canvas') }),
    [t],
  );

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
        fitViewOptions={FIT_VIEW_OPTIONS}
        onInit={setViewport}
        ariaLabelConfig={ariaLabelConfig}
      >
        <Background gap={24} />
        <MiniMap pannable zoomable nodeColor={minimapColour} ariaLabel={t('minimap')} />
      </ReactFlow>
    </section>
  );
}
