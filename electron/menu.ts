import type { MenuCommand } from '../shared/host/bridge';
import type { Translate } from '../shared/i18n/translate';

/** The subset of Electron's MenuItemConstructorOptions this menu uses. */
export interface MenuItemSpec {
  label?: string;
  role?: 'quit' | 'appMenu' | 'cut' | 'copy' | 'paste' | 'selectAll';
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItemSpec[];
}

/**
 * The application menu. Every item but Quit is a renderer command, so menu, toolbar and
 * shortcuts run the same actions.
 */
export function buildMenuTemplate(
  t: Translate,
  send: (command: MenuCommand) => void,
  isMac: boolean,
): MenuItemSpec[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemSpec => ({
    label,
    accelerator,
    click: () => send(command),
  });
  const separator: MenuItemSpec = { type: 'separator' };
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('menu.file'),
      submenu: [
        item(t('newStrategy'), 'newStrategy', 'CmdOrCtrl+N'),
        item(t('importFile'), 'importFile', 'CmdOrCtrl+O'),
        item(t('exportFile'), 'exportFile', 'CmdOrCtrl+S'),
        item(t('exportPdf'), 'exportPdf', 'CmdOrCtrl+P'),
        item(t('exportWord'), 'exportWord'),
        ...(isMac ? [] : [separator, { label: t('menu.quit'), role: 'quit' as const }]),
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        item(t('undo'), 'undo', 'CmdOrCtrl+Z'),
        item(t('redo'), 'redo', isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
        separator,
        // Text editing in fields; macOS only enables these shortcuts through menu roles.
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        separator,
        item(t('deleteSelected'), 'deleteSelected'),
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        item(t('fitView'), 'fitView', 'CmdOrCtrl+0'),
        item(t('zoomIn'), 'zoomIn', 'CmdOrCtrl+='),
        item(t('zoomOut'), 'zoomOut', 'CmdOrCtrl+-'),
        item(t('autoLayout'), 'autoLayout'),
        separator,
        item(t('menu.toggleLanguage'), 'toggleLanguage', 'CmdOrCtrl+L'),
      ],
    },
    { label: t('menu.help'), submenu: [item(t('about'), 'about')] },
  ];
}
