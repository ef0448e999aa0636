import path from 'node:path';
import type { ExportPdfRequest, SaveFileResult } from '../shared/host/bridge';
import type { IpcDeps } from './ipcHandlers';

/** The slice of a hidden BrowserWindow's API that printing uses. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  isPrintReady(): Promise<boolean>;
  printToPDF(options: {
    pageSize: 'A4';
    printBackground: boolean;
    preferCSSPageSize: boolean;
  }): Promise<Uint8Array>;
  close(): void;
}

export interface PdfExportDeps {
  openPrintWindow(): PrintWindow;
  showSaveDialog: IpcDeps['showSaveDialog'];
  writeFile(filePath: string, data: Uint8Array): Promise<void>;
  wait(ms: number): Promise<void>;
  appOrigin: string;
}

export const PRINT_READY_TIMEOUT_MS = 30_000;
const POLL_MS = 100;

/** Renders the print view in a hidden window and returns the PDF, waiting for its ready signal. */
export async function renderPdf(deps: PdfExportDeps, route: string): Promise<Uint8Array> {
  const window = deps.openPrintWindow();
  try {
    await window.loadURL(`${deps.appOrigin}/index.html${route}`);
    for (let waited = 0; !(await window.isPrintReady()); waited += POLL_MS) {
      if (waited >= PRINT_READY_TIMEOUT_MS)
        throw new Error('the print view did not finish loading');
      await deps.wait(POLL_MS);
    }
    return await window.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
  } finally {
    window.close();
  }
}

/** Makes the PDF first, then asks where to keep it, so a failure never leaves an empty file. */
export async function exportPdf(
  deps: PdfExportDeps,
  request: ExportPdfRequest,
): Promise<SaveFileResult> {
  const pdf = await renderPdf(deps, request.route);
  const choice = await deps.showSaveDialog({
    defaultPath: path.basename(request.suggestedName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  await deps.writeFile(choice.filePath, pdf);
  return { status: 'saved', name: path.basename(choice.filePath) };
}
