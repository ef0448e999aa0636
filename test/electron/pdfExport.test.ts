import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomically } from '../../electron/atomicWrite';
import {
  exportPdf,
  PRINT_READY_TIMEOUT_MS,
  type PdfExportDeps,
  type PrintWindow,
} from '../../electron/pdfExport';
import { diskFullAfter, folderWithSavedPlan } from './savedFileKit';

function fakeWindow(readyAfterPolls: number): PrintWindow & { loaded: string[]; closed: boolean } {
  let polls = 0;
  const window = {
    loaded: [] as string[],
    closed: false,
    loadURL: vi.fn(async (url: string) => void window.loaded.push(url)),
    isPrintReady: vi.fn(async () => ++polls > readyAfterPolls),
    printToPDF: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
    close: vi.fn(() => void (window.closed = true)),
  };
  return window;
}

function deps(window: PrintWindow, savePath: string | null = '/home/me/Plan.pdf'): PdfExportDeps {
  return {
    appOrigin: 'app://workbench',
    openPrintWindow: () => window,
    showSaveDialog: vi.fn(async () => ({
      canceled: savePath === null,
      filePath: savePath ?? undefined,
    })),
    writeFile: vi.fn(async () => {}),
    wait: vi.fn(async () => {}),
  };
}

const request = { route: '#/print/s1?lang=en', suggestedName: 'Plan.pdf' };

describe('PDF export', () => {
  it('waits for the print view, prints it, then saves where the user chose', async () => {
    const window = fakeWindow(3);
    const d = deps(window);
    await expect(exportPdf(d, request)).resolves.toEqual({ status: 'saved', name: 'Plan.pdf' });
    expect(window.loaded).toEqual(['app://workbench/index.html#/print/s1?lang=en']);
    expect(window.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
    expect(d.writeFile).toHaveBeenCalledWith('/home/me/Plan.pdf', new Uint8Array([37, 80, 68, 70]));
    expect(window.closed).toBe(true);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const d = deps(fakeWindow(0), null);
    await expect(exportPdf(d, request)).resolves.toEqual({ status: 'cancelled' });
    expect(d.writeFile).not.toHaveBeenCalled();
  });

  it('reports a PDF the disk cut short as failed, and keeps the earlier PDF as it was', async () => {
    const saved = await folderWithSavedPlan();
    try {
      const earlier = path.join(saved.folder, 'Plan.pdf');
      await writeFileAtomically(earlier, new Uint8Array([1, 2, 3]));
      const d = {
        ...deps(fakeWindow(0), earlier),
        // As main wires it, on a disk that fills up part-way.
        writeFile: (filePath: string, data: Uint8Array) =>
          writeFileAtomically(filePath, data, { fs: diskFullAfter(2) }),
      };
      await expect(exportPdf(d, request)).rejects.toThrow('ENOSPC');
      expect([...(await readFile(earlier))]).toEqual([1, 2, 3]);
      expect((await readdir(saved.folder)).sort()).toEqual(['Plan.pdf', 'plan.json']);
    } finally {
      await saved.remove();
    }
  });

  it('gives up on a print view that never gets ready, asks nothing and closes the window', async () => {
    const window = fakeWindow(Number.POSITIVE_INFINITY);
    const d = deps(window);
    await expect(exportPdf(d, request)).rejects.toThrow('did not finish loading');
    expect(vi.mocked(d.wait).mock.calls.length).toBe(PRINT_READY_TIMEOUT_MS / 100);
    expect(d.showSaveDialog).not.toHaveBeenCalled();
    expect(window.closed).toBe(true);
  });
});
