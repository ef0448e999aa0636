import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  screen,
  session,
  type MenuItemConstructorOptions,
} from 'electron';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { IPC_CHANNELS, type MenuCommand } from '../shared/host/bridge';
import { translator } from '../shared/i18n/translate';
import type { Language } from '../shared/model/graph';
import { appResponse } from './appProtocol';
import { writeFileAtomically } from './atomicWrite';
import { choseCloseAnyway, closeQuestion, createCloseGuard, type CloseGuard } from './closeGuard';
import { registerIpcHandlers } from './ipcHandlers';
import { registerLiveIpc } from './live/liveIpc';
import { createLiveOrigins } from './live/liveOrigins';
import { buildMenuTemplate } from './menu';
import { exportPdf, type PrintWindow } from './pdfExport';
import { createProjector } from './projectorWindow';
import {
  APP_ORIGIN,
  APP_SCHEME,
  hardenContents,
  restrictPermissions,
  secureWebPreferences,
} from './security';
import { claimSingleInstance } from './singleInstance';

// The composition root: the only file that touches Electron's side effects directly.
const rendererRoot = path.join(__dirname, '..', 'dist');
let mainWindow: BrowserWindow | null = null;
let closeGuard: CloseGuard | null = null;
let menuLanguage: Language = 'en';
/** Set by a quit from the menu or the OS, which a held close of the window would otherwise drop. */
let quitRequested = false;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function sendCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(IPC_CHANNELS.menuCommand, command);
}

function setMenuLanguage(language: Language): void {
  menuLanguage = language;
  const template = buildMenuTemplate(
    translator(language),
    sendCommand,
    process.platform === 'darwin',
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as MenuItemConstructorOptions[]));
}

/** A window never shown, with the same hardening as the main one, to print the plan from. */
function openPrintWindow(): PrintWindow {
  const window = new BrowserWindow({
    show: false,
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  hardenContents(window.webContents);
  return {
    loadURL: (url) => window.loadURL(url),
    isPrintReady: async () =>
      (await window.webContents.executeJavaScript(
        "document.documentElement.dataset.printReady === 'true'",
      )) === true,
    printToPDF: (options) => window.webContents.printToPDF(options),
    close: () => window.destroy(),
  };
}

const projector = createProjector({
  appOrigin: APP_ORIGIN,
  displays: () => screen.getAllDisplays(),
  mainDisplayId: () => (mainWindow ? screen.getDisplayMatching(mainWindow.getBounds()).id : null),
  createWindow: (bounds) => {
    const window = new BrowserWindow({
      ...bounds,
      title: 'City Diplomacy Workbench',
      webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
    });
    hardenContents(window.webContents);
    return {
      loadURL: (url) => window.loadURL(url),
      setFullScreen: (flag) => window.setFullScreen(flag),
      close: () => window.destroy(),
      isDestroyed: () => window.isDestroyed(),
      onClosed: (listener) => window.on('closed', listener),
    };
  },
});

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'City Diplomacy Workbench',
    show: false,
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  mainWindow = window;
  hardenContents(window.webContents);
  const guard = createCloseGuard({
    requestReadiness: (requestId) =>
      window.webContents.send(IPC_CHANNELS.closeRequested, requestId),
    confirmClose: async () =>
      choseCloseAnyway(
        await dialog.showMessageBox(window, closeQuestion(translator(menuLanguage))),
      ),
    closeWindow: () => {
      window.close();
      // macOS keeps the app running once its window is gone; a quit that waited must go on.
      if (quitRequested) app.quit();
    },
    keptOpen: () => {
      quitRequested = false;
    },
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (timer) => clearTimeout(timer as NodeJS.Timeout),
  });
  closeGuard = guard;
  window.on('close', (event) => guard.onClose(event));
  // The page's own beforeunload must not cancel a close the user already agreed to.
  window.webContents.on('will-prevent-unload', (event) => {
    if (guard.isClosing()) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) {
      // The projector shows what the main window presents: it goes with it.
      projector.close();
      mainWindow = null;
      closeGuard = null;
    }
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
}

function start(): void {
  app.on('before-quit', () => {
    quitRequested = true;
  });
  ipcMain.on(IPC_CHANNELS.closeReadiness, (event, reply) => {
    if (mainWindow && event.sender === mainWindow.webContents)
      closeGuard?.onReadiness(event, reply);
  });
  void app.whenReady().then(onReady);
}

function onReady(): void {
  const liveOrigins = createLiveOrigins();
  protocol.handle(APP_SCHEME, (request) =>
    appResponse(rendererRoot, request.url, (url) => net.fetch(url), liveOrigins.policy()),
  );
  restrictPermissions(session.defaultSession);
  const live = registerLiveIpc(ipcMain, {
    staticRoot: rendererRoot,
    persistenceDir: path.join(app.getPath('userData'), 'live-sessions'),
    origins: liveOrigins,
  });
  app.on('will-quit', (event) => live.onWillQuit(event, () => app.quit()));
  registerIpcHandlers(ipcMain, {
    showSaveDialog: (options) =>
      mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
    showOpenDialog: (options) =>
      mainWindow
        ? dialog.showOpenDialog(mainWindow, { ...options, properties: ['openFile'] })
        : dialog.showOpenDialog({ ...options, properties: ['openFile'] }),
    writeFile: (filePath, content) => writeFileAtomically(filePath, content),
    readFile: (filePath) => readFile(filePath, 'utf8'),
    readBytes: async (filePath) => new Uint8Array(await readFile(filePath)),
    fileSize: async (filePath) => (await stat(filePath)).size,
    setMenuLanguage,
    openProjector: (request) => projector.open(request.route),
    closeProjector: () => projector.close(),
    exportPdf: (request) =>
      exportPdf(
        {
          appOrigin: APP_ORIGIN,
          openPrintWindow: openPrintWindow,
          showSaveDialog: (options) =>
            mainWindow
              ? dialog.showSaveDialog(mainWindow, options)
              : dialog.showSaveDialog(options),
          writeFile: (filePath, data) => writeFileAtomically(filePath, data),
          wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        },
        request,
      ),
  });
  setMenuLanguage(app.getLocale().startsWith('ko') ? 'ko' : 'en');
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

if (claimSingleInstance(app, { current: () => mainWindow, create: createWindow })) start();

app.on('web-contents-created', (_event, contents) => hardenContents(contents));

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
