import { describe, expect, it, vi } from 'vitest';
import {
  hardenContents,
  isAppUrl,
  restrictPermissions,
  secureWebPreferences,
  type HardenableContents,
  type PermissionSession,
} from '../../electron/security';

function fakeContents() {
  const listeners = new Map<string, (...args: any[]) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: HardenableContents = {
    on: (event: string, listener: (...args: any[]) => void) => void listeners.set(event, listener),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  } as HardenableContents;
  return { contents, listeners, open: (url: string) => openHandler!({ url }) };
}

describe('window security', () => {
  it('isolates the page from Node and sandboxes it', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('blocks navigation away from the app and every new window', () => {
    const { contents, listeners, open } = fakeContents();
    hardenContents(contents);
    const away = { preventDefault: vi.fn() };
    listeners.get('will-navigate')!(away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    const within = { preventDefault: vi.fn() };
    listeners.get('will-navigate')!(within, 'app://workbench/index.html#/strategy/1');
    expect(within.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
  });

  it('lets only the app’s own page go full screen, and refuses every other permission', () => {
    let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
    let check: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
    restrictPermissions({
      setPermissionRequestHandler: (handler) => (request = handler),
      setPermissionCheckHandler: (handler) => (check = handler),
    });
    const granted = (permission: string, url: string) => {
      const callback = vi.fn();
      request!({}, permission, callback, { requestingUrl: url });
      expect(callback).toHaveBeenCalledTimes(1);
      return callback.mock.calls[0]![0] as boolean;
    };
    const app = 'app://workbench/index.html#/present/strategy-1';
    const appOrigin = 'app://workbench';

    expect(granted('fullscreen', app)).toBe(true);
    expect(check!({}, 'fullscreen', appOrigin)).toBe(true);

    // A page joined from a browser on the live server, or anything else loaded by mistake.
    for (const [url, origin] of [
      ['https://example.com/', 'https://example.com'],
      ['app://other/index.html', 'app://other'],
      ['http://127.0.0.1:4300/#/join', 'http://127.0.0.1:4300'],
    ] as const) {
      expect(granted('fullscreen', url)).toBe(false);
      expect(check!({}, 'fullscreen', origin)).toBe(false);
    }
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'pointerLock',
      'openExternal',
    ]) {
      expect(granted(permission, app)).toBe(false);
      expect(check!({}, permission, appOrigin)).toBe(false);
    }
  });

  it('tells the app’s own addresses from others', () => {
    expect(isAppUrl('app://workbench/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
