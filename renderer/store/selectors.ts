import type { AppState } from './types';
import { indexById } from './flow';

/** Selectors live here, once, so components subscribe to exactly what they show. */
export const selectLanguage = (s: AppState) => s.language;
export const selectStrategies = (s: AppState) => s.strategies;
export const selectOpenMeta = (s: AppState) => s.openMeta;
export const selectNodes = (s: AppState) => s.nodes;
const NO_NODES: AppState['nodes'] = [];
const NO_EDGES: AppState['edges'] = [];
/** For components that follow the graph only some of the time. */
export const selectNoNodes = () => NO_NODES;
export const selectNoEdges = () => NO_EDGES;
export const selectEdges = (s: AppState) => s.edges;
export const selectCanUndo = (s: AppState) => (s.live ? s.live.canUndo : s.past.length > 0);
export const selectCanRedo = (s: AppState) => (s.live ? s.live.canRedo : s.future.length > 0);
export const selectNotice = (s: AppState) => s.notice;
export const selectNoticeInDialog = (s: AppState) => s.noticeInDialog;
export const selectSaveState = (s: AppState) => s.saveState;
export const selectChangesRefused = (s: AppState) => s.changesRefused;
// Whether saving failed, not the state: each edit's save goes from saving to saved, and what
// shows only a failure has nothing to render for either.
export const selectSaveFailed = (s: AppState) => s.saveState === 'failed';
export const selectStrategyOpen = (s: AppState) => s.openMeta !== null;
export const selectReadOnly = (s: AppState) => s.readOnly;
export const selectSaveError = (s: AppState) => s.saveError;
export const selectPendingConnection = (s: AppState) => s.pendingConnection;
export const selectAboutOpen = (s: AppState) => s.aboutOpen;
export const selectViewport = (s: AppState) => s.viewport;

const selectedIdsCache = new WeakMap<readonly { id: string }[], string[]>();

/** The selected items' ids, worked out once per list: an edit to a node leaves the edges be. */
function selectedIdsOf(list: readonly { id: string; selected?: boolean }[]): string[] {
  let ids = selectedIdsCache.get(list);
  if (!ids) {
    ids = list.filter((item) => item.selected).map((item) => item.id);
    selectedIdsCache.set(list, ids);
  }
  return ids;
}

export const selectSelectedNodeIds = (s: AppState) => selectedIdsOf(s.nodes);
export const selectSelectedEdgeIds = (s: AppState) => selectedIdsOf(s.edges);
export const selectHasSelection = (s: AppState) =>
  selectedIdsOf(s.nodes).length > 0 || selectedIdsOf(s.edges).length > 0;

export const selectNodeById = (id: string | undefined) => (s: AppState) =>
  id === undefined ? undefined : indexById(s.nodes).get(id);
/** A node's kind and data, which keep their identity while the node only moves. */
export const selectNodeKindById = (id: string) => (s: AppState) => indexById(s.nodes).get(id)?.type;
export const selectNodeDataById = (id: string) => (s: AppState) => indexById(s.nodes).get(id)?.data;
export const selectEdgeById = (id: string | undefined) => (s: AppState) =>
  id === undefined ? undefined : indexById(s.edges).get(id);

export const selectEditorView = (s: AppState) => s.editorView;
export const selectLivePanelOpen = (s: AppState) => s.live?.panelOpen ?? false;
export const selectPendingStageMove = (s: AppState) => s.pendingStageMove;
export const selectPendingFocus = (s: AppState) => s.pendingFocus;
export const selectPipelineSettings = (s: AppState) => s.openMeta?.pipeline;
export const selectBoardFilter = (s: AppState) => s.boardFilter;
export const selectBoardSort = (s: AppState) => s.boardSort;
export const selectToday = (s: AppState) => s.today;
export const selectStalledAfterDays = (s: AppState) => s.openMeta?.pipeline.stalledAfterDays ?? 180;
export const selectExportActions = (s: AppState) => ({
  exportCsv: s.exportCsv,
  exportJsonCanvas: s.exportJsonCanvas,
  exportGraphml: s.exportGraphml,
  exportImage: s.exportImage,
});
export const selectLayoutStyle = (s: AppState) => s.layoutStyle;
export const selectLayoutRunning = (s: AppState) => s.layoutRunning;

/** Others' ideas in a live session's private round, not to be shown until revealed. */
export const selectHiddenIdeas = (s: AppState) => s.liveWorkshop?.hiddenIdeas;
