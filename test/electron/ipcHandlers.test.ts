import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomically } from '../../electron/atomicWrite';
import { createIpcHandlers, registerIpcHandlers, type IpcDeps } from '../../electron/ipcHandlers';
import { IPC_CHANNELS } from '../../shared/host/bridge';
import { diskFullAfter, folderWithSavedPlan, SAVED_BEFORE } from './savedFileKit';

const trusted = { senderFrame: { url: 'app://workbench/index.html' } };
const filters = [{ name: 'Strategy file', extensions: ['json'] }];

function deps(overrides: Partial<IpcDeps> = {}): IpcDeps {
  return {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/me/plan.json' })),
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/me/plan.json'] })),
    writeFile: vi.fn(async () => {}),
    readFile: vi.fn(async () => '{"format":"x"}'),
    readBytes: vi.fn(async () => new Uint8Array([0xc7, 0xcf])),
    fileSize: vi.fn(async () => 100),
    setMenuLanguage: vi.fn(),
    exportPdf: vi.fn(async () => ({ status: 'saved' as const, name: 'plan.pdf' })),
    openProjector: vi.fn(async () => ({ status: 'opened' as const, screen: 'second' as const })),
    closeProjector: vi.fn(),
    ...overrides,
  };
}

describe('IPC handlers', () => {
  it('saves where the user chose', async () => {
    const d = deps();
    const result = await createIpcHandlers(d)[IPC_CHANNELS.saveFile](trusted, {
      suggestedName: 'plan.json',
      content: '{}',
      filters,
    });
    expect(result).toEqual({ status: 'saved', name: 'plan.json' });
    expect(d.writeFile).toHaveBeenCalledWith('/home/me/plan.json', '{}');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const d = deps({ showSaveDialog: vi.fn(async () => ({ canceled: true })) });
    const result = await createIpcHandlers(d)[IPC_CHANNELS.saveFile](trusted, {
      suggestedName: 'a.json',
      content: '',
      filters,
    });
    expect(result).toEqual({ status: 'cancelled' });
    expect(d.writeFile).not.toHaveBeenCalled();
  });

  it('reports a save the disk cut short as failed, and keeps the file as it was', async () => {
    const saved = await folderWithSavedPlan();
    try {
      const d = deps({
        showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: saved.plan })),
        // As main wires it, on a disk that fills up part-way.
        writeFile: (filePath, content) =>
          writeFileAtomically(filePath, content, { fs: diskFullAfter(4) }),
      });
      await expect(
        createIpcHandlers(d)[IPC_CHANNELS.saveFile](trusted, {
          suggestedName: 'plan.json',
          content: '{"saved":"after, and longer"}',
          filters,
        }),
      ).rejects.toThrow('ENOSPC');
      expect(await readFile(saved.plan, 'utf8')).toBe(SAVED_BEFORE);
      expect(await readdir(saved.folder)).toEqual(['plan.json']);
    } finally {
      await saved.remove();
    }
  });

  it('reads the chosen file, unless it is too large', async () => {
    const handlers = createIpcHandlers(deps());
    await expect(
      handlers[IPC_CHANNELS.openFile](trusted, { filters, maxBytes: 1000 }),
    ).resolves.toEqual({
      status: 'opened',
      name: 'plan.json',
      content: '{"format":"x"}',
    });
    await expect(
      handlers[IPC_CHANNELS.openFile](trusted, { filters, maxBytes: 1000, as: 'bytes' }),
    ).resolves.toEqual({
      status: 'openedBytes',
      name: 'plan.json',
      bytes: new Uint8Array([0xc7, 0xcf]),
    });
    const big = deps({ fileSize: vi.fn(async () => 5000) });
    await expect(
      createIpcHandlers(big)[IPC_CHANNELS.openFile](trusted, { filters, maxBytes: 1000 }),
    ).resolves.toEqual({
      status: 'tooLarge',
      name: 'plan.json',
    });
    expect(big.readFile).not.toHaveBeenCalled();
  });

  it('rejects malformed arguments without touching the disk', async () => {
    const d = deps();
    const handlers = createIpcHandlers(d);
    await expect(handlers[IPC_CHANNELS.saveFile](trusted, { suggestedName: 42 })).rejects.toThrow(
      'invalid argument',
    );
    await expect(handlers[IPC_CHANNELS.openFile](trusted, null)).rejects.toThrow(
      'invalid argument',
    );
    await expect(handlers[IPC_CHANNELS.setMenuLanguage](trusted, 'fr')).rejects.toThrow(
      'invalid argument',
    );
    expect(d.showSaveDialog).not.toHaveBeenCalled();
    expect(d.setMenuLanguage).not.toHaveBeenCalled();
  });

  it('prints only the app’s own print view', async () => {
    const d = deps();
    const handlers = createIpcHandlers(d);
    const request = {
      route: '#/print/strategy-1?sections=cover,graph&notes=0&lang=ko',
      suggestedName: 'Plan.pdf',
    };
    await expect(handlers[IPC_CHANNELS.exportPdf](trusted, request)).resolves.toEqual({
      status: 'saved',
      name: 'plan.pdf',
    });
    expect(d.exportPdf).toHaveBeenCalledWith(request);
    for (const route of [
      'https://example.com/',
      '#/print/x?a=<script>',
      'javascript:alert(1)',
      '#/strategy/1',
    ])
      await expect(
        handlers[IPC_CHANNELS.exportPdf](trusted, { route, suggestedName: 'a.pdf' }),
      ).rejects.toThrow('invalid argument');
  });

  it('puts only the app’s own presentation on the projector', async () => {
    const d = deps();
    const handlers = createIpcHandlers(d);
    const route = '#/present/strategy-1?screen=projector&slide=2';
    await expect(handlers[IPC_CHANNELS.openProjector](trusted, { route })).resolves.toEqual({
      status: 'opened',
      screen: 'second',
    });
    expect(d.openProjector).toHaveBeenCalledWith({ route });
    for (const bad of ['https://example.com/', '#/print/a', '#/present/a b', 'javascript:1'])
      await expect(handlers[IPC_CHANNELS.openProjector](trusted, { route: bad })).rejects.toThrow(
        'invalid argument',
      );
    await expect(
      handlers[IPC_CHANNELS.closeProjector]({ senderFrame: { url: 'https://example.com/' } }),
    ).rejects.toThrow('untrusted sender');
    await handlers[IPC_CHANNELS.closeProjector](trusted);
    expect(d.closeProjector).toHaveBeenCalledTimes(1);
    expect(d.openProjector).toHaveBeenCalledTimes(1);
  });

  it('refuses callers that are not the app’s own page', async () => {
    const d = deps();
    const handlers = createIpcHandlers(d);
    const foreign = { senderFrame: { url: 'https://example.com/' } };
    await expect(handlers[IPC_CHANNELS.setMenuLanguage](foreign, 'ko')).rejects.toThrow(
      'untrusted sender',
    );
    await handlers[IPC_CHANNELS.setMenuLanguage](trusted, 'ko');
    expect(d.setMenuLanguage).toHaveBeenCalledWith('ko');
  });

  it('registers one handler per channel', () => {
    const handle = vi.fn();
    registerIpcHandlers({ handle }, deps());
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual(
      [
        IPC_CHANNELS.openFile,
        IPC_CHANNELS.saveFile,
        IPC_CHANNELS.exportPdf,
        IPC_CHANNELS.setMenuLanguage,
        IPC_CHANNELS.openProjector,
        IPC_CHANNELS.closeProjector,
      ].sort(),
    );
  });
});
