import type { Language } from '../model/graph';
import type {
  AssignableRole,
  LiveAddress,
  LiveParticipant,
  LiveServerInfo,
  LiveSessionInfo,
} from './liveSchemas';

/**
 * The one way the renderer talks to its host. The desktop app implements it in the preload
 * script over IPC; the browser build implements it with downloads and file inputs.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  /** Text is written as UTF-8; bytes as they are (images). */
  content: string | Uint8Array;
  mimeType?: string;
  filters: FileFilter[];
}

export type SaveFileResult = { status: 'saved'; name: string } | { status: 'cancelled' };

export interface OpenFileRequest {
  filters: FileFilter[];
  maxBytes: number;
  /** 'bytes' for files whose encoding the app works out itself (spreadsheets). */
  as?: 'text' | 'bytes';
}

export type OpenFileResult =
  | { status: 'opened'; name: string; content: string }
  | { status: 'openedBytes'; name: string; bytes: Uint8Array }
  | { status: 'tooLarge'; name: string }
  | { status: 'cancelled' };

/** Print the plan at `route` (a print-view address of the renderer) to a PDF file. */
export interface ExportPdfRequest {
  route: string;
  suggestedName: string;
}

/** A presentation on another display: `route` is the app's `#/present/ID` address. */
export interface OpenProjectorRequest {
  route: string;
}

/** Where the projector window went: a second display, or, with only one, a window of its own. */
export type OpenProjectorResult = { status: 'opened'; screen: 'second' | 'same' };

/** The browser build cannot write a PDF itself; it opens the print dialog instead. */
export type ExportPdfResult = SaveFileResult | { status: 'printDialog' };

export const MENU_COMMANDS = [
  'newStrategy',
  'importFile',
  'exportFile',
  'exportPdf',
  'exportWord',
  'undo',
  'redo',
  'deleteSelected',
  'fitView',
  'zoomIn',
  'zoomOut',
  'autoLayout',
  'toggleLanguage',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** What the desktop preload exposes to the page, one function per action. */
export interface DesktopApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  exportPdf(request: ExportPdfRequest): Promise<ExportPdfResult>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  setMenuLanguage(language: Language): void;
  /**
   * The desktop window is about to close. The listener flushes pending saves and says whether
   * anything is still unsaved; the window closes without asking only when nothing is.
   */
  onCloseRequested(listener: () => Promise<{ unsaved: boolean }>): () => void;
  /** "Present on second screen"; only the desktop app manages windows. */
  openProjector?(request: OpenProjectorRequest): Promise<OpenProjectorResult>;
  closeProjector?(): Promise<void>;
  /** Only in the desktop app: a browser hosts through `npm run serve` instead. */
  live?: DesktopLiveApi;
}

/** Hosting live sessions from the desktop app: the server runs in its main process. */
export interface DesktopLiveApi {
  addresses(): Promise<LiveAddress[]>;
  start(host: string, port?: number): Promise<LiveServerInfo>;
  stop(): Promise<void>;
  openSession(strategyId: string): Promise<LiveSessionInfo>;
  closeSession(strategyId: string): Promise<void>;
  setRole(strategyId: string, participantId: string, role: AssignableRole): Promise<void>;
  removeParticipant(strategyId: string, participantId: string): Promise<void>;
  participants(strategyId: string): Promise<LiveParticipant[]>;
  /**
   * Lets the page connect to a live server it joins (main refuses anything but one ws:// or
   * wss:// origin). It applies from the page's next load, whose policy names that server.
   */
  allowServer(syncUrl: string): Promise<void>;
}

export interface HostBridge extends DesktopApi {
  readonly kind: 'desktop' | 'web';
}

/** The name under which the preload puts DesktopApi on `window`. */
export const DESKTOP_API_KEY = 'cityDiplomacyDesktop';

export const IPC_CHANNELS = {
  saveFile: 'file:save',
  openFile: 'file:open',
  exportPdf: 'pdf:export',
  menuCommand: 'menu:command',
  setMenuLanguage: 'menu:set-language',
  closeRequested: 'app:close-requested',
  closeReadiness: 'app:close-readiness',
  openProjector: 'present:open-projector',
  closeProjector: 'present:close-projector',
} as const;
