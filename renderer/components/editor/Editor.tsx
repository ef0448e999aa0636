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
import { useEditorShortcuts } from './useEditorShortcuts';

export function Editor() {
  useEditorShortcuts();
  const view = useApp(selectEditorView);
  return (
    <ReactFlowProvider>
      <main className="editor">
        <EditorToolbar />
        <div className={`editor-body view-${view}`}>
          <EditorSidebar />
          {view === 'canvas' ? <Canvas /> : <PipelineView />}
          <Inspector />
        </div>
        <EdgeKindDialog />
        <StageMoveDialog />
      </main>
    </ReactFlowProvider>
  );
}
