import {
  IPC_CHANNELS,
  MENU_COMMANDS,
  type DesktopApi,
  type MenuCommand,
} from '../shared/host/bridge';

/** The slice of Electron's ipcRenderer the preload uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
}

/** One function per action; the page never sees ipcRenderer itself. */
export function createDesktopApi(ipc: IpcRendererLike) {
  return {
    saveFile: (request) =>
      ipc.invoke(IPC_CHANNELS.saveFile, request) as ReturnType<DesktopApi['saveFile']>,
    openFile: (request) =>
      ipc.invoke(IPC_CHANNELS.openFile, request) as ReturnType<DesktopApi['openFile']>,
    exportPdf: (request) =>
      ipc.invoke(IPC_CHANNELS.exportPdf, request) as ReturnType<DesktopApi['exportPdf']>,
    onMenuCommand(listener) {
      const forward = (_event: unknown, command: unknown) => {
        if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
      };
      ipc.on(IPC_CHANNELS.menuCommand, forward);
      return () => ipc.removeListener(IPC_CHANNELS.menuCommand, forward);
    },
    setMenuLanguage(language) {
      void ipc.invoke(IPC_CHANNELS.setMenuLanguage, language);
    },
  } satisfies DesktopApi;
}
