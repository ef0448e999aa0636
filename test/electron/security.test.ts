import { describe, expect, it, vi } from 'vitest';
import {
  denyAllPermissions,
  hardenContents,
  isAppUrl,
  secureWebPreferences,
  type HardenableContents,
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

  it('refuses every permission request and check', () => {
    let requestHandler: any;
    let checkHandler: any;
    denyAllPermissions({
      setPermissionRequestHandler: (h) => (requestHandler = h),
      setPermissionCheckHandler: (h) => (checkHandler = h),
    });
    const callback = vi.fn();
    requestHandler({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(checkHandler()).toBe(false);
  });

  it('tells the app’s own addresses from others', () => {
    expect(isAppUrl('app://workbench/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
