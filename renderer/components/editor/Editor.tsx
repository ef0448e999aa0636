import { ReactFlowProvider } from '@xyflow/react';
import { selectEditorView } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { Canvas } from '../canvas/Canvas';
import { PipelineView } from '../pipeline/PipelineView';
import { StageMoveDialog } from '../pipeline/StageMoveDialog';
import { Inspector } from '../inspector/Inspector';
import { EdgeKindDialog } from './EdgeKindDialog';
import { EditorToolbar } from './EditorToolbar';
import { EditorSidebar } from './EditorSidebar';
import { EditorShortcuts } from './useEditorShortcuts';
import { SkipToInspector } from './SkipToInspector';
import { useT } from '../../i18n';
import { ReadOnlyBar } from '../safety/ReadOnlyBar';
import { ViewErrorBoundary } from '../safety/ViewErrorBoundary';

export function Editor() {
  const view = useApp(selectEditorView);
  const t = useT();
  return (
    <ReactFlowProvider>
      <main className="editor">
        <SkipToInspector />
        <EditorShortcuts />
        <EditorToolbar />
        <ReadOnlyBar />
        <div className={`editor-body view-${view}`}>
          <EditorSidebar />
          <ViewErrorBoundary key={view} area={t(view === 'canvas' ? 'canvasView' : 'pipelineView')}>
            {view === 'canvas' ? <Canvas /> : <PipelineView />}
          </ViewErrorBoundary>
          <ViewErrorBoundary area={t('inspector')}>
            <Inspector />
          </ViewErrorBoundary>
        </div>
        <EdgeKindDialog />
        <StageMoveDialog />
      </main>
    </ReactFlowProvider>
  );
}
