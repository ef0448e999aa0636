import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas';
import { Inspector } from '../inspector/Inspector';
import { EdgeKindDialog } from './EdgeKindDialog';
import { EditorToolbar } from './EditorToolbar';
import { Palette } from './Palette';
import { useEditorShortcuts } from './useEditorShortcuts';

export function Editor() {
  useEditorShortcuts();
  return (
    <ReactFlowProvider>
      <main className="editor">
        <EditorToolbar />
        <div className="editor-body">
          <Palette />
          <Canvas />
          <Inspector />
        </div>
        <EdgeKindDialog />
      </main>
    </ReactFlowProvider>
  );
}
