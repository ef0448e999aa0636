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
import type { LayoutStyle } from '../../shared/layout/autoLayout';
import type { ViewPlace } from '../../shared/layout/viewport';
import type { EdgeKind, NodeKind, Stage } from '../../shared/model/vocabulary';
import type { FundingLine, GateItem, PipelineSettings } from '../../shared/pipeline/types';
import type { BoardFilter } from '../../shared/pipeline/projects';
import type { SortKey } from '../../shared/pipeline/sorting';
import type { ReportOptions } from '../../shared/report/reportData';
import type { CsvTable, ImportPlan } from '../../shared/exchange/csvImport';
import type { ImportedStrategy } from '../../shared/format/strategyFile';
import type { HostBridge } from '../../shared/host/bridge';
import type { MessageKey } from '../../shared/i18n/translate';
import type { StrategySummary, WorkbenchDatabase } from '../persistence/database';
import type { SaveState, WriteQueue } from '../persistence/writeQueue';
import type { FlowEdge, FlowNode } from './flow';

export interface StoreDeps {
  db: WorkbenchDatabase;
  bridge: HostBridge;
  loadSample: () => Promise<ImportedStrategy>;
  now: () => Date;
  newStrategyId: () => string;
  /** Computes new positions; in the app, in a worker. */
  layout: (graph: StrategyGraph, style: LayoutStyle) => Promise<Map<string, Position>>;
  /** Calls `step` with progress from 0 to 1 over a short animation (at once when motion is reduced). */
  animate: (step: (progress: number) => void) => Promise<void>;
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
  createStrategy(title: string): Promise<string>;
  renameStrategy(id: string, title: string): Promise<void>;
  duplicateStrategy(id: string, title: string): Promise<void>;
  deleteStrategy(id: string): Promise<void>;
  restoreSample(): Promise<void>;
  importStrategyFile(): Promise<void>;
  /** A strategy as stored, without opening it (for the print view). */
  readStrategy(id: string): Promise<Strategy | undefined>;
}

export interface PendingConnection {
  sourceId: string;
  targetId: string;
  options: ConnectionOption[];
}

/** What commands outside the canvas may do to its view. */
export interface CanvasView {
  /** Fits the given nodes, or every node, into the view. */
  fit(nodeIds?: readonly string[] | null, duration?: number): void;
  /** Centres the view on a point of the graph. */
  centreOn(point: Position, zoom: number, duration?: number): void;
  zoomIn(): void;
  zoomOut(): void;
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
  openStrategy(id: string): Promise<boolean>;
  closeStrategy(): Promise<void>;
  setStrategyTitle(title: string): Promise<void>;
  onNodesChange(changes: NodeChange<FlowNode>[]): void;
  onEdgesChange(changes: EdgeChange<FlowEdge>[]): void;
  addNode(kind: NodeKind, near: Position): string;
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
}

export type EditorView = 'canvas' | 'pipeline';

export interface PendingStageMove {
  projectId: string;
  to: Stage;
  unmet: GateItem[];
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
  /** Today as YYYY-MM-DD, from the store's clock. */
  today(): string;
  setEditorView(view: EditorView): void;
  /** Moves a project, or asks first when gate items are unchecked. */
  requestStageChange(projectId: string, to: Stage): void;
  confirmStageMove(reason: string): void;
  cancelStageMove(): void;
  toggleGateCheck(projectId: string, itemId: string): void;
  setFundingLines(projectId: string, lines: FundingLine[], coalesceKey?: string): void;
  updatePipelineSettings(settings: PipelineSettings): Promise<void>;
  /** Selects a node and shows it on the canvas. */
  revealNode(nodeId: string): void;
  clearPendingFocus(): void;
}

export interface HistoryEntry {
  forward: GraphChange;
  backward: GraphChange;
  coalesceKey?: string;
  at: number;
}

export interface HistorySlice {
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Applies a change to the open strategy as one undoable, saved user action. */
  commit(change: GraphChange, coalesceKey?: string): void;
  /** Records an action whose effect is already on screen (a finished drag). */
  record(forward: GraphChange, backward: GraphChange): void;
  undo(): void;
  redo(): void;
}

export interface UiSlice {
  /** The host the app runs in (desktop shell or browser). */
  host: HostBridge;
  language: Language;
  notice: Notice | null;
  saveState: SaveState;
  aboutOpen: boolean;
  pdfDialogOpen: boolean;
  setPdfDialogOpen(open: boolean): void;
  setLanguage(language: Language): void;
  toggleLanguage(): void;
  showNotice(notice: Notice): void;
  dismissNotice(): void;
  setAboutOpen(open: boolean): void;
}

export interface ExchangeSlice {
  exportJsonCanvas(): Promise<void>;
  exportGraphml(): Promise<void>;
  /** The partner-city and project tables, one CSV file each. */
  exportCsv(): Promise<void>;
  /** The strategy picture as SVG and as PNG. */
  exportImage(): Promise<void>;
  /** Asks for a CSV file and reads it, or says why it cannot be read. */
  openCsvFile(): Promise<{ name: string; table: CsvTable } | null>;
  /** Adds the plan's new rows (and updates matches when asked) as one undoable action. */
  applyCsvImport(plan: ImportPlan, updateExisting: boolean): void;
}

export interface LayoutSlice {
  layoutStyle: LayoutStyle;
  layoutRunning: boolean;
  setLayoutStyle(style: LayoutStyle): void;
  /** Arranges the whole graph in the chosen style, animated, as one undoable action. */
  autoLayout(): Promise<void>;
}

export type AppState = LibrarySlice &
  EditorSlice &
  HistorySlice &
  UiSlice &
  PipelineSlice &
  ExchangeSlice &
  LayoutSlice;

export interface SliceContext {
  deps: StoreDeps;
  writes: WriteQueue;
}
