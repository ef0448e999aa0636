import {
  IPC_CHANNELS,
  MENU_COMMANDS,
  type DesktopApi,
  type DesktopLiveApi,
  type MenuCommand,
} from '../shared/host/bridge';
import type { CloseReadiness } from '../shared/host/ipcSchemas';
import { LIVE_IPC_CHANNELS } from '../shared/host/liveSchemas';

/** The slice of Electron's ipcRenderer the preload uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
}

type CloseListener = () => Promise<{ unsaved: boolean }>;

/**
 * Asks every listener at once and answers once: main must not close on the first "all saved"
 * while another part of the page is still writing. A listener that fails counts as unsaved.
 */
async function closeReadiness(listeners: Iterable<CloseListener>): Promise<boolean> {
  const answers = await Promise.all(
    [...listeners].map((listener) =>
      Promise.resolve()
        .then(listener)
        .then(
          (answer) => answer?.unsaved !== false,
          () => true,
        ),
    ),
  );
  return answers.includes(true);
}

/** One function per action; the page never sees ipcRenderer itself. */
export function createDesktopApi(ipc: IpcRendererLike) {
  const closeListeners = new Set<CloseListener>();
  // Subscribed from the start, so a page that holds nothing yet lets the window close at once.
  ipc.on(IPC_CHANNELS.closeRequested, (_event: unknown, requestId: unknown) => {
    void closeReadiness(closeListeners).then((unsaved) => {
      const reply: CloseReadiness = { requestId: Number(requestId), unsaved };
      ipc.send(IPC_CHANNELS.closeReadiness, reply);
    });
  });
  return {
    saveFile: (request) =>
      ipc.invoke(IPC_CHANNELS.saveFile, request) as ReturnType<DesktopApi['saveFile']>,
    openFile: (request) =>
      ipc.invoke(IPC_CHANNELS.openFile, request) as ReturnType<DesktopApi['openFile']>,
    exportPdf: (request) =>
      ipc.invoke(IPC_CHANNELS.exportPdf, request) as ReturnType<DesktopApi['exportPdf']>,
    openProjector: (request) =>
      ipc.invoke(IPC_CHANNELS.openProjector, request) as ReturnType<
        NonNullable<DesktopApi['openProjector']>
      >,
    closeProjector: async () => {
      await ipc.invoke(IPC_CHANNELS.closeProjector);
    },
    onMenuCommand(listener) {
      const forward = (_event: unknown, command: unknown) => {
        if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
      };
      ipc.on(IPC_CHANNELS.menuCommand, forward);
      return () => ipc.removeListener(IPC_CHANNELS.menuCommand, forward);
    },
    setMenuLanguage(language) {
      // The page goes on in its language whatever main answers; a refusal only leaves the
      // menu in its previous one, so it is logged here rather than left to reject unheard.
      ipc.invoke(IPC_CHANNELS.setMenuLanguage, language).catch((error: unknown) => {
        console.warn('The menu keeps its language:', error);
      });
    },
    onCloseRequested(listener) {
      // Wrapped so the same function subscribed twice still gets its own unsubscribe.
      const entry: CloseListener = () => listener();
      closeListeners.add(entry);
      return () => void closeListeners.delete(entry);
    },
    live: createDesktopLiveApi(ipc),
  } satisfies DesktopApi;
}

/** The live server in main, one IPC call per action; main checks every argument. */
function createDesktopLiveApi(ipc: IpcRendererLike): DesktopLiveApi {
  const C = LIVE_IPC_CHANNELS;
  const call = <T>(channel: string, request?: unknown) =>
    ipc.invoke(channel, request) as Promise<T>;
  return {
    addresses: () => call(C.addresses),
    start: (host, port) => call(C.start, port === undefined ? { host } : { host, port }),
    stop: () => call(C.stop),
    openSession: (strategyId) => call(C.openSession, { strategyId }),
    closeSession: (strategyId) => call(C.closeSession, { strategyId }),
    setRole: (strategyId, participantId, role) =>
      call(C.setRole, { strategyId, participantId, role }),
    removeParticipant: (strategyId, participantId) =>
      call(C.removeParticipant, { strategyId, participantId }),
    participants: (strategyId) => call(C.participants, { strategyId }),
    allowServer: (syncUrl) => call(C.allowServer, { syncUrl }),
  };
}
