// How `npm start` opens the browser build, decided apart from running it so it can be tested.

/**
 * The command that opens `url` in the default browser, or null where none should be opened:
 * in CI, on a Linux machine without a display, or when BROWSER=none asks for no browser.
 */
export function browserCommand(url, { platform, env }) {
  if (env.CI || env.BROWSER === 'none') return null;
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is built into cmd; its first quoted argument is a window title, hence the "",
  // which must reach cmd unescaped.
  if (platform === 'win32')
    return { command: 'cmd', args: ['/c', 'start', '""', url], verbatimArguments: true };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: [url] };
}
