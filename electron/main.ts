import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  session,
  type MenuItemConstructorOptions,
} from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC_CHANNELS, type MenuCommand } from '../shared/host/bridge';
import { translator } from '../shared/i18n/translate';
import type { Language } from '../shared/model/graph';
import { mimeTypeOf, resolveAppFile } from './appProtocol';
import { registerIpcHandlers } from './ipcHandlers';
import { buildMenuTemplate } from './menu';
import { exportPdf, type PrintWindow } from './pdfExport';
import {
  APP_ORIGIN,
  APP_SCHEME,
  denyAllPermissions,
  hardenContents,
  secureWebPreferences,
} from './security';

// The composition root: the only file that touches Electron's side effects directly.
const rendererRoot = path.join(__dirname, '..', 'dist');
let mainWindow: BrowserWindow | null = null;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function sendCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(IPC_CHANNELS.menuCommand, command);
}

function setMenuLanguage(language: Language): void {
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

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'City Diplomacy Workbench',
    show: false,
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  hardenContents(mainWindow.webContents);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

app.whenReady().then(() => {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererRoot, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    return new Response(response.body, { headers: { 'content-type': mimeTypeOf(file) } });
  });
  denyAllPermissions(session.defaultSession);
  registerIpcHandlers(ipcMain, {
    showSaveDialog: (options) =>
      mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
    showOpenDialog: (options) =>
      mainWindow
        ? dialog.showOpenDialog(mainWindow, { ...options, properties: ['openFile'] })
        : dialog.showOpenDialog({ ...options, properties: ['openFile'] }),
    writeFile: (filePath, content) =>
      typeof content === 'string'
        ? writeFile(filePath, content, 'utf8')
        : writeFile(filePath, content),
    readFile: (filePath) => readFile(filePath, 'utf8'),
    readBytes: async (filePath) => new Uint8Array(await readFile(filePath)),
    fileSize: async (filePath) => (await stat(filePath)).size,
    setMenuLanguage,
    exportPdf: (request) =>
      exportPdf(
        {
          appOrigin: APP_ORIGIN,
          openPrintWindow: openPrintWindow,
          showSaveDialog: (options) =>
            mainWindow
              ? dialog.showSaveDialog(mainWindow, options)
              : dialog.showSaveDialog(options),
          writeFile: (filePath, data) => writeFile(filePath, data),
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
});

app.on('web-contents-created', (_event, contents) => hardenContents(contents));

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
