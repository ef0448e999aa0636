import { DESKTOP_API_KEY, type DesktopApi, type HostBridge } from '../../shared/host/bridge';
import { createWebBridge } from './webBridge';

/** The desktop preload's API when running in Electron, otherwise the browser's. */
export function detectHostBridge(win: Window = window): HostBridge {
  const desktop = (win as unknown as Record<string, DesktopApi | undefined>)[DESKTOP_API_KEY];
  return desktop ? { kind: 'desktop', ...desktop } : createWebBridge(win.document);
}
