import { describe, expect, it } from 'vitest';
import { browserCommand } from '../../scripts/openBrowser.mjs';

const url = 'http://127.0.0.1:4173/';

describe('opening the browser build', () => {
  it('uses each system’s opener', () => {
    expect(browserCommand(url, { platform: 'darwin', env: {} })).toEqual({
      command: 'open',
      args: [url],
    });
    expect(browserCommand(url, { platform: 'win32', env: {} })).toEqual({
      command: 'cmd',
      args: ['/c', 'start', '""', url],
      verbatimArguments: true,
    });
    expect(browserCommand(url, { platform: 'linux', env: { DISPLAY: ':0' } })).toEqual({
      command: 'xdg-open',
      args: [url],
    });
    expect(
      browserCommand(url, { platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })?.command,
    ).toBe('xdg-open');
  });

  it('opens nothing in CI, without a display, or when asked not to', () => {
    expect(browserCommand(url, { platform: 'linux', env: {} })).toBeNull();
    expect(
      browserCommand(url, { platform: 'linux', env: { DISPLAY: ':0', CI: 'true' } }),
    ).toBeNull();
    expect(browserCommand(url, { platform: 'darwin', env: { CI: '1' } })).toBeNull();
    expect(browserCommand(url, { platform: 'win32', env: { BROWSER: 'none' } })).toBeNull();
  });
});
