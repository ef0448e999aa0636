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
    listeners[0]!({}, 'undo');
    listeners[0]!({}, 'rm -rf');
    expect(received.mock.calls).toEqual([['undo']]);
    unsubscribe();
    expect(ipc.removeListener).toHaveBeenCalledWith(IPC_CHANNELS.menuCommand, listeners[0]);
  });
});
