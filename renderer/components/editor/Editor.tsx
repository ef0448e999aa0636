import { lazy, Suspense } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { selectEditorView, selectLivePanelOpen } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { Canvas } from '../canvas/Canvas';
import { PipelineView } from '../pipeline/PipelineView';
import { ActivityView } from '../activity/ActivityView';
import { VIEW_NAMES } from './viewNames';
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
import { LiveKeeper } from '../../live/LiveKeeper';
import { TimerOverlay } from '../workshop/TimerOverlay';

// The map brings its projection code with it only when first shown.
const WorldMapView = lazy(() =>
  import('../worldMap/WorldMapView').then((module) => ({ default: module.WorldMapView })),
);

export function Editor() {
  const view = useApp(selectEditorView);
  const livePanelOpen = useApp(selectLivePanelOpen);
  const t = useT();
  return (
    <ReactFlowProvider>
      {/* What the layout depends on, as attributes rather than :has() rules: with those, every
          element added anywhere in the editor (a card coming into view, a search result) had
          the style of every card worked out again. */}
      <main className="editor" data-view={view} data-live-panel={livePanelOpen || undefined}>
        <SkipToInspector />
        <EditorShortcuts />
        <LiveKeeper />
        <EditorToolbar />
        <ReadOnlyBar />
        <div className={`editor-body view-${view}`}>
          <EditorSidebar />
          <ViewErrorBoundary key={view} area={t(VIEW_NAMES[view])}>
            {view === 'canvas' ? (
              <Canvas />
            ) : view === 'pipeline' ? (
              <PipelineView />
            ) : view === 'activity' ? (
              <ActivityView />
            ) : (
              <Suspense fallback={null}>
                <WorldMapView />
              </Suspense>
            )}
          </ViewErrorBoundary>
          <ViewErrorBoundary area={t('inspector')}>
            <Inspector />
          </ViewErrorBoundary>
        </div>
        {/* On the canvas the timer is part of its workshop layer. */}
        {view !== 'canvas' && <TimerOverlay docked />}
        <EdgeKindDialog />
        <StageMoveDialog />
      </main>
    </ReactFlowProvider>
  );
}
