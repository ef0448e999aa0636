import { describe, expect, it, vi } from 'vitest';
import { createDesktopApi } from '../../electron/desktopApi';
import { buildMenuTemplate, type MenuItemSpec } from '../../electron/menu';
import { IPC_CHANNELS } from '../../shared/host/bridge';
import { translator } from '../../shared/i18n/translate';

const find = (items: MenuItemSpec[], label: string) => items.find((i) => i.label === label);

describe('application menu', () => {
  it('has File, Edit, View and Help with the app’s commands', () => {
    const send = vi.fn();
    const menu = buildMenuTemplate(translator('en'), send, false);
    expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const labels = (top: string) =>
      find(menu, top)!
        .submenu!.map((i) => i.label)
        .filter(Boolean);
    expect(labels('File')).toEqual([
      'New strategy',
      'Import file',
      'Export file',
      'Export PDF',
      'Export Word',
      'Quit',
    ]);
    expect(labels('Edit')).toEqual(['Undo', 'Redo', 'Delete selected']);
    expect(labels('View')).toEqual([
      'Fit view',
      'Zoom in',
      'Zoom out',
      'Auto layout',
      'Toggle language',
    ]);
    expect(labels('Help')).toEqual(['About']);
    find(find(menu, 'View')!.submenu!, 'Toggle language')!.click!();
    expect(send).toHaveBeenCalledWith('toggleLanguage');
  });

  it('sends Export Word as the same command the Word button runs', () => {
    const send = vi.fn();
    const menu = buildMenuTemplate(translator('ko'), send, false);
    find(find(menu, '파일')!.submenu!, 'Word 내보내기')!.click!();
    expect(send).toHaveBeenCalledWith('exportWord');
  });

  it('speaks Korean when the UI does', () => {
    const menu = buildMenuTemplate(translator('ko'), vi.fn(), false);
    expect(menu.map((m) => m.label)).toEqual(['파일', '편집', '보기', '도움말']);
  });
});

describe('preload API', () => {
  it('invokes one channel per action and forwards only known menu commands', async () => {
    const listeners: ((event: unknown, ...args: unknown[]) => void)[] = [];
    const ipc = {
      invoke: vi.fn(async () => ({ status: 'cancelled' })),
      send: vi.fn(),
      on: vi.fn(
        (_channel: string, listener: (event: unknown, ...args: unknown[]) => void) =>
          void listeners.push(listener),
      ),
      removeListener: vi.fn(),
    };
    const api = createDesktopApi(ipc);
    await api.openFile({ filters: [], maxBytes: 10 });
    expect(ipc.invoke).toHaveBeenCalledWith(IPC_CHANNELS.openFile, { filters: [], maxBytes: 10 });
    const received = vi.fn();
    const unsubscribe = api.onMenuCommand(received);
    const forward = ipc.on.mock.calls.find((c) => c[0] === IPC_CHANNELS.menuCommand)![1];
    forward({}, 'undo');
    forward({}, 'rm -rf');
    forward({}, 'exportWord');
    expect(received.mock.calls).toEqual([['undo'], ['exportWord']]);
    unsubscribe();
    expect(ipc.removeListener).toHaveBeenCalledWith(IPC_CHANNELS.menuCommand, forward);
  });
});

describe('menu language from the preload', () => {
  it('logs a refusal from main instead of leaving it unhandled', async () => {
    const refusal = new Error('menu:set-language refused: fr is not a language');
    const ipc = {
      invoke: vi.fn(() => Promise.reject(refusal)),
      send: vi.fn(),
      on: vi.fn(),
      removeListener: vi.fn(),
    };
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      createDesktopApi(ipc).setMenuLanguage('ko');
      expect(ipc.invoke).toHaveBeenCalledWith(IPC_CHANNELS.setMenuLanguage, 'ko');
      await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.any(String), refusal));
      // Node reports an unhandled rejection once the microtasks run out: let them.
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
      warn.mockRestore();
    }
  });
});

describe('close handshake in the preload', () => {
  function setup() {
    const ipc = { invoke: vi.fn(), send: vi.fn(), on: vi.fn(), removeListener: vi.fn() };
    const api = createDesktopApi(ipc);
    const closeRequested = ipc.on.mock.calls.find((c) => c[0] === IPC_CHANNELS.closeRequested)![1];
    const answer = async (requestId: number) => {
      closeRequested({}, requestId);
      await vi.waitFor(() => expect(ipc.send).toHaveBeenCalled());
      const [channel, reply] = ipc.send.mock.lastCall!;
      expect(channel).toBe(IPC_CHANNELS.closeReadiness);
      ipc.send.mockClear();
      return reply;
    };
    return { api, answer };
  }

  it('lets the window close when the page holds nothing yet', async () => {
    await expect(setup().answer(1)).resolves.toEqual({ requestId: 1, unsaved: false });
  });

  it('answers once, after every listener has flushed, unsaved if any part is', async () => {
    const { api, answer } = setup();
    let flushed = false;
    api.onCloseRequested(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      flushed = true;
      return { unsaved: false };
    });
    const other = api.onCloseRequested(async () => ({ unsaved: true }));
    await expect(answer(2)).resolves.toEqual({ requestId: 2, unsaved: true });
    expect(flushed).toBe(true);
    other();
    await expect(answer(3)).resolves.toEqual({ requestId: 3, unsaved: false });
  });

  it('counts a listener that fails as unsaved', async () => {
    const { api, answer } = setup();
    api.onCloseRequested(async () => {
      throw new Error('disk full');
    });
    await expect(answer(4)).resolves.toEqual({ requestId: 4, unsaved: true });
  });
});
