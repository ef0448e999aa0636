import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { GraphChange } from '../../shared/model/change';
import type { ConnectionOption } from '../../shared/model/edgeRules';
import type {
  Language,
  Position,
  Strategy,
  StrategyGraph,
  StrategyMeta,
} from '../../shared/model/graph';
import type { LayoutOptions, LayoutStyle } from '../../shared/layout/autoLayout';
import type { Rect, ViewPlace } from '../../shared/layout/viewport';
import type { GraphFragment } from '../../shared/model/fragment';
import type { MapFilter } from '../../shared/map/filters';
import type { FocusDepth, MapFocus } from '../../shared/map/focus';
import type { ViewCentre } from '../../shared/map/savedViews';
import type { EdgeKind, NodeKind, Stage } from '../../shared/model/vocabulary';
import type { FundingLine, GateItem, PipelineSettings } from '../../shared/pipeline/types';
import type { BoardFilter } from '../../shared/pipeline/projects';
import type { SortKey } from '../../shared/pipeline/sorting';
import type { ReportOptions } from '../../shared/report/reportData';
import type { StrategyDetailsInput, StrategyDetailsResult } from '../../shared/model/detailsInput';
import type { CsvTable, ImportPlan } from '../../shared/exchange/csvImport';
import type { ImportedStrategy } from '../../shared/format/strategyFile';
import type { HostBridge } from '../../shared/host/bridge';
import type { MessageKey } from '../../shared/i18n/translate';
import type {
  DamagedStrategyError,
  StrategySummary,
  WorkbenchDatabase,
} from '../persistence/database';
import type { SaveState, WriteQueue } from '../persistence/writeQueue';
import type { StrategyOwnership } from '../persistence/strategyOwnership';
import type { FlowEdge, FlowNode } from './flow';
import type { FileParser } from '../exchange/fileParser';
import type { WorkshopSlice } from './workshopSlice';
import type { ActivitySlice } from './activitySlice';
import type { LiveSlice } from '../live/liveSlice';
import type { LiveWorkshopSlice } from '../live/liveWorkshopSlice';
import type { LiveOutlet } from '../live/liveOutlet';

export interface StoreDeps {
  db: WorkbenchDatabase;
  bridge: HostBridge;
  /** The sample strategy, its notes written in `language`. */
  loadSample: (language: Language) => Promise<ImportedStrategy>;
  now: () => Date;
  newStrategyId: () => string;
  /** Computes new positions; in the app, in a worker. */
  layout: (
    graph: StrategyGraph,
    style: LayoutStyle,
    options?: LayoutOptions,
  ) => Promise<Map<string, Position>>;
  /** Calls `step` with progress from 0 to 1 over a short animation (at once when motion is reduced). */
  animate: (step: (progress: number) => void) => Promise<void>;
  /** Resolves when a save may start; in the app, once the frame showing the change is drawn. */
  beforeWrite: () => Promise<void>;
  /** Reads opened strategy and CSV files; in the app, in a worker. */
  parseFiles: FileParser;
  /** Which window edits which strategy. */
  ownership: StrategyOwnership;
}

/** A text to show, kept as a key so it follows a language switch; values may be keys too. */
export interface Message {
  key: MessageKey;
  values?: Record<string, string | number | Message>;
}

export interface Notice extends Message {
  tone: 'info' | 'error';
}

export interface LibrarySlice {
  /** Null until the library has been read. */
  strategies: StrategySummary[] | null;
  refreshLibrary(): Promise<void>;
  /**
   * The new strategy's id, or null when it could not be stored (the user is told). Its titles
   * are left empty unless given: the library shows "Untitled strategy" meanwhile.
   */
  createStrategy(title?: string, titleKo?: string): Promise<string | null>;
  /** Sets a strategy's title in one language (English unless said); other titles stay. */
  renameStrategy(id: string, title: string, language?: Language): Promise<void>;
  /** Copies a strategy, each of its titles marked as a copy in its own language. */
  duplicateStrategy(id: string): Promise<void>;
  deleteStrategy(id: string): Promise<void>;
  restoreSample(): Promise<void>;
  importStrategyFile(): Promise<void>;
  /** A strategy as stored, without opening it (for the print view). */
  readStrategy(id: string): Promise<Strategy | undefined>;
  /** Which stored records of a strategy are damaged, if any (see WorkbenchDatabase.readChecked). */
  damageIn(id: string): Promise<DamagedStrategyError | null>;
}

export interface PendingConnection {
  sourceId: string;
  targetId: string;
  options: ConnectionOption[];
}

/** What commands outside the canvas may do to its view. */
export interface CanvasView {
  /**
   * Fits the given nodes, or every node, into the view; clear of a panel over the pane's right
   * side `coveredRight` pixels wide.
   */
  fit(nodeIds?: readonly string[] | null, duration?: number, coveredRight?: number): void;
  /**
   * Shows what the map shows as a strategy opens: all of it when its cards can be read that
   * way, otherwise the top of its goal tree at a readable zoom (see openingPlace).
   */
  showOpening(): void;
  /** Centres the view on a point of the graph, at the given zoom or the current one. */
  centreOn(point: Position, zoom?: number, duration?: number): void;
  /** Whether the view centred there would show any of the cards the map shows. */
  wouldShowAny(place: ViewCentre): boolean;
  /** Pans, at once and no further than needed, to show a part of the graph (see panToShow). */
  keepInView(box: Rect): void;
  /** Whether the view shows a part of the graph whole, clear of `coveredRight` pixels at its right. */
  shows(box: Rect, coveredRight?: number): boolean;
  /**
   * The part of the graph the view shows, or null before the canvas has a size; less the strip
   * of `coveredBelow` pixels at its foot, where a panel covers it.
   */
  visibleArea(coveredBelow?: number): Rect | null;
  /** The parts of the graph the canvas's own panels lie over: its tools, overview map, legend. */
  coveredAreas(): Rect[];
  /** The graph point in the middle of the view and the zoom, or null before the canvas has a size. */
  centre(): ViewCentre | null;
  zoomIn(): void;
  zoomOut(): void;
  /** Resolves once the last animated move (a zoom step, a fit) has reached where it was heading. */
  settled(): Promise<void>;
}

export interface EditorSlice {
  openMeta: StrategyMeta | null;
  nodes: FlowNode[];
  edges: FlowEdge[];
  pendingConnection: PendingConnection | null;
  /** Set by the canvas while it is shown, for commands that move the viewport. */
  viewport: CanvasView | null;
  /** Where the canvas last looked at the open strategy, to open it there again. */
  openView: ViewPlace | null;
  /** Another window edits the open strategy; this one shows it as stored and changes nothing. */
  readOnly: boolean;
  /** Asks the window editing the open strategy to hand it over, then edits it here. */
  editHere(): Promise<void>;
  /** Writes refused because the stored copy is newer: reported, and the strategy shown as stored. */
  refusedAsStale(strategyIds: string[], error: unknown): void;
  /**
   * Opens a stored strategy; false when it is not stored or could not be read. Why it could not
   * be read is told in a notice, unless `failure` is 'throw': then a caller that tells it its own
   * way gets the error (a damaged strategy is told in a notice either way).
   */
  openStrategy(id: string, failure?: 'notice' | 'throw'): Promise<boolean>;
  closeStrategy(): Promise<void>;
  /** Sets the open strategy's title in one language (English unless said). */
  setStrategyTitle(title: string, language?: Language): Promise<void>;
  /**
   * Saves what "Strategy details" holds as one undoable action, or changes nothing and says which
   * field is wrong and why.
   */
  saveStrategyDetails(input: StrategyDetailsInput): StrategyDetailsResult;
  onNodesChange(changes: NodeChange<FlowNode>[]): void;
  onEdgesChange(changes: EdgeChange<FlowEdge>[]): void;
  /**
   * Adds a node and selects it: near `near`, or else in view next to the selected node (joined
   * to it when one relationship fits) or in the middle of the view. Returns its id, or null when
   * nothing was added (a window that only shows the strategy, or a file limit reached).
   */
  addNode(kind: NodeKind, near?: Position): string | null;
  updateNodeField(id: string, key: string, value: unknown): void;
  connect(sourceId: string, targetId: string): void;
  choosePendingConnection(option: ConnectionOption): void;
  cancelPendingConnection(): void;
  setEdgeKind(edgeId: string, kind: EdgeKind): void;
  deleteSelection(): void;
  selectOnly(nodeId: string): void;
  exportStrategyFile(): Promise<void>;
  /** Makes the plan PDF (desktop) or opens it for the print dialog (browser). */
  exportPdf(options: ReportOptions): Promise<void>;
  setViewport(view: CanvasView | null): void;
  /** Keeps where the canvas looks, once a pan or zoom ends. */
  rememberView(view: ViewPlace): void;
  /** A node whose name field the inspector should focus when it shows it (a node just added). */
  nameFocusRequest: string | null;
  clearNameFocusRequest(): void;
  /** A field of a node the inspector should focus when it shows that node. */
  fieldFocusRequest: { nodeId: string; field: string } | null;
  clearFieldFocusRequest(): void;
  /**
   * Selects and centres the next node, in reading order, whose name is written in one language
   * only, and asks the inspector to focus the name field of the language it lacks.
   */
  goToNextUntranslated(): void;
  /** The node whose name is being typed over its card. */
  renamingNodeId: string | null;
  startRename(nodeId: string): void;
  /** Stops typing over a card, keeping `name` (Enter) or, when null, dropping it (Escape). */
  finishRename(name: string | null): void;
  /** Joins a node to another by a chosen relationship (the inspector's "Link to…"). */
  link(fromId: string, otherId: string, option: ConnectionOption): void;
  removeEdge(edgeId: string): void;
  /** Moves the selected nodes; moves sharing a `coalesceKey` (a held key) undo as one step. */
  moveSelection(dx: number, dy: number, coalesceKey?: string): void;
  selectAllNodes(): void;
  /** The nodes last copied with the edges among them, kept when another strategy is opened. */
  clipboard: GraphFragment | null;
  copySelection(): void;
  paste(): void;
  duplicateSelection(): void;
}

export type EditorView = 'canvas' | 'pipeline' | 'activity' | 'map';

export interface PendingStageMove {
  projectId: string;
  to: Stage;
  unmet: GateItem[];
  /** Asked for on the board, whose card for the project then takes the keyboard. */
  fromBoard?: boolean;
}

export interface PipelineSlice {
  editorView: EditorView;
  boardFilter: BoardFilter;
  boardSort: SortKey;
  setBoardFilter(filter: BoardFilter): void;
  setBoardSort(sort: SortKey): void;
  /** A forward move waiting for the user to confirm unchecked gate items. */
  pendingStageMove: PendingStageMove | null;
  /** A node the canvas should centre on once it is shown. */
  pendingFocus: string | null;
  /**
   * A project just moved on the board (by its card's buttons or a drop): its card in the new
   * column takes the keyboard, which would otherwise fall to the page with the old card.
   */
  boardFocusRequest: string | null;
  clearBoardFocusRequest(): void;
  /**
   * Undo or redo with the keyboard on a project's board card: a step that takes the project to
   * another column draws a new card there, and that card takes the keyboard.
   */
  stepFromBoardCard(step: 'undo' | 'redo', projectId: string): void;
  /** Today as YYYY-MM-DD, from the store's clock. */
  today(): string;
  setEditorView(view: EditorView): void;
  /** Moves a project, or asks first when gate items are unchecked. */
  requestStageChange(projectId: string, to: Stage, options?: { fromBoard?: boolean }): void;
  confirmStageMove(reason: string): void;
  cancelStageMove(): void;
  toggleGateCheck(projectId: string, itemId: string): void;
  setFundingLines(projectId: string, lines: FundingLine[], coalesceKey?: string): void;
  /** False, with the user told why, when the settings were not kept. */
  updatePipelineSettings(settings: PipelineSettings): boolean;
  /** Selects a node and shows it on the canvas. */
  revealNode(nodeId: string): void;
  /**
   * Selects a project and gives its board card the keyboard; when the board's filters hide it,
   * they are cleared, and the user told so.
   */
  showOnBoard(projectId: string): void;
  clearPendingFocus(): void;
}

export interface HistoryEntry {
  forward: GraphChange;
  backward: GraphChange;
  /** The strategy record's fields the action changed (its saved views), as they were and became. */
  meta?: { before: MetaPatch; after: MetaPatch };
  coalesceKey?: string;
  at: number;
}

export interface HistorySlice {
  past: HistoryEntry[];
  future: HistoryEntry[];
  /**
   * Applies a change to the open strategy as one undoable, saved user action. False when the
   * window refused it (it only shows the strategy) or the change would pass a limit of the
   * strategy file, which the user is then told.
   */
  commit(change: GraphChange, coalesceKey?: string): boolean;
  /** Records an action whose effect is already on screen (a finished drag). */
  record(forward: GraphChange, backward: GraphChange): void;
  /**
   * Changes fields of the open strategy's record as one undoable, saved user action. False when
   * refused, as `commit` is.
   */
  commitMeta(patch: MetaPatch, coalesceKey?: string): boolean;
  undo(): void;
  redo(): void;
}

export interface UiSlice {
  /** The host the app runs in (desktop shell or browser). */
  host: HostBridge;
  language: Language;
  notice: Notice | null;
  /**
   * The notice an open dialog says inside it, where the keyboard is: the notice bar, under the
   * dialog's backdrop, leaves it to the dialog rather than say it twice.
   */
  noticeInDialog: Notice | null;
  setNoticeInDialog(notice: Notice | null): void;
  saveState: SaveState;
  /** Why the last write failed, while it is being retried. */
  saveError: string | null;
  /**
   * The open strategy's latest changes were refused, as it was changed or deleted in another
   * window: it is shown as stored, and they are not saved, whatever the queue says.
   */
  changesRefused: boolean;
  aboutOpen: boolean;
  pdfDialogOpen: boolean;
  setPdfDialogOpen(open: boolean): void;
  /** The Word copy's dialog, which offers the same chapters as the PDF's. */
  wordDialogOpen: boolean;
  setWordDialogOpen(open: boolean): void;
  setLanguage(language: Language): void;
  toggleLanguage(): void;
  showNotice(notice: Notice): void;
  /** Tries the waiting writes now instead of at the next scheduled retry. */
  retrySaving(): Promise<void>;
  /** Writes what is waiting; true when nothing is left unsaved. */
  flushSaves(): Promise<boolean>;
  hasUnsavedChanges(): boolean;
  dismissNotice(): void;
  setAboutOpen(open: boolean): void;
}

export interface ExchangeSlice {
  /** How far reading an opened file has got, in whole percent; null when none is being read. */
  fileProgress: number | null;
  exportJsonCanvas(): Promise<void>;
  exportGraphml(): Promise<void>;
  /** The partner-city and project tables and the exchange log, one CSV file each. */
  exportCsv(): Promise<void>;
  /** The strategy picture as SVG and as PNG. */
  exportImage(): Promise<void>;
  /** The plan as an editable Word document (.docx): the chosen chapters, tables and drawings. */
  exportWord(options: ReportOptions): Promise<void>;
  /** Asks for a CSV file and reads it, or says why it cannot be read. */
  openCsvFile(): Promise<{ name: string; table: CsvTable } | null>;
  /**
   * Adds the plan's new rows (and updates matches when asked) as one undoable action. False
   * when nothing was imported: the window refused the edit, or the rows would pass a limit of
   * the strategy file; the user is told which.
   */
  applyCsvImport(plan: ImportPlan, updateExisting: boolean): boolean;
}

export interface LayoutSlice {
  layoutStyle: LayoutStyle;
  layoutRunning: boolean;
  setLayoutStyle(style: LayoutStyle): void;
  /** Arranges the whole graph in the chosen style, animated, as one undoable action. */
  autoLayout(): Promise<void>;
}

/** Fields of a strategy's record an undoable action may change. */
export type MetaPatch = Partial<
  Pick<
    StrategyMeta,
    | 'views'
    | 'votes'
    | 'title'
    | 'titleKo'
    | 'organization'
    | 'author'
    | 'details'
    | 'home'
    | 'asOf'
    | 'activity'
    | 'pipeline'
  >
>;

/**
 * Cards the user added that the map's filter or focus would hide: shown until the user changes
 * the filter or the focus, as a spreadsheet keeps a new row in sight until its filter is applied
 * again. The app showing more of its own accord (ideas, as one is added) keeps them.
 */
export interface AddedInSight {
  strategyId: string;
  /** The filter and focus the cards were added under. */
  filter: MapFilter;
  focus: MapFocus | null;
  ids: readonly string[];
}

export interface MapSlice {
  /** What the map is narrowed to; not stored, except in a saved view. */
  mapFocus: MapFocus | null;
  addedInSight: AddedInSight | null;
  /** Keeps cards just added in sight, whatever the filter or focus hides. */
  keepInSight(ids: readonly string[]): void;
  /** The depth the next focus takes. */
  focusDepth: FocusDepth;
  /** Focuses on the one selected node; with several or none selected, does nothing. */
  focusOnSelection(): void;
  setFocusDepth(depth: FocusDepth): void;
  clearFocus(): void;
  /** Sets what the open strategy's map hides; stored with the strategy but not undone. */
  setMapFilter(filter: MapFilter): void;
  /** Shows a kind of node the filter hides: ideas, which the room sees land as they are added. */
  showNodeKind(kind: NodeKind): void;
  /**
   * Keeps the viewport, focus and filters under a name in the UI language. False when nothing
   * was saved: the name is blank, the window refused the edit, or the strategy holds as many
   * views as a file allows or the name is one a file cannot hold (the user is told).
   */
  saveView(name: string): boolean;
  /** Moves the canvas to a saved view and sets its focus and filters. */
  restoreView(viewId: string): void;
  /** Renames a view in the UI language; false, as for `saveView`, when the name was not kept. */
  renameView(viewId: string, name: string): boolean;
  /** Sets what the presenter sees beside this view when it is a slide. */
  setViewNotes(viewId: string, notes: string): void;
  moveView(viewId: string, by: -1 | 1): void;
  deleteView(viewId: string): void;
}

export type AppState = LibrarySlice &
  EditorSlice &
  HistorySlice &
  UiSlice &
  PipelineSlice &
  ExchangeSlice &
  LayoutSlice &
  MapSlice &
  LiveSlice &
  LiveWorkshopSlice &
  WorkshopSlice &
  ActivitySlice;

export interface SliceContext {
  deps: StoreDeps;
  writes: WriteQueue;
  /** The shared document of the open strategy, when it is shared. */
  live?: LiveOutlet;
}
