import { describe, expect, it, vi } from 'vitest';
import { appResponse } from '../../electron/appProtocol';
import { IpcRejected } from '../../electron/ipcHandlers';
import { createLiveIpc } from '../../electron/live/liveIpc';
import { createLiveOrigins } from '../../electron/live/liveOrigins';
import type { LiveServerHandle } from '../../electron/live/liveServer';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  liveSyncOrigin,
} from '../../shared/host/contentSecurityPolicy';
import { LIVE_IPC_CHANNELS as C } from '../../shared/host/liveSchemas';
import { pageMayConnect } from '../../renderer/live/serverAccess';
import { LOOPBACK } from '../live/liveTestKit';

const trusted = { senderFrame: { url: 'app://workbench/index.html' } };
const foreign = { senderFrame: { url: 'https://example.com/' } };

const connectSrc = (policy: string) =>
  policy
    .split('; ')
    .find((directive) => directive.startsWith('connect-src'))!
    .split(' ')
    .slice(1);

const interfaces = () => ({
  lo: [LOOPBACK],
  eth0: [
    {
      address: '192.168.1.20',
      family: 'IPv4' as const,
      internal: false,
      netmask: '255.255.255.0',
      mac: '',
      cidr: null,
    },
  ],
});

const fakeServer = (host: string, port: number) =>
  ({
    host,
    port,
    url: `http://${host}:${port}/`,
    syncUrl: `ws://${host}:${port}/sync`,
    stop: vi.fn(async () => {}),
  }) as unknown as LiveServerHandle;

function liveIpc() {
  const origins = createLiveOrigins();
  const ipc = createLiveIpc({
    startLiveServer: vi.fn(async (options) => fakeServer(options.host, options.port || 43017)),
    networkInterfaces: interfaces,
    staticRoot: '/app/dist',
    persistenceDir: '/profile/live-sessions',
    origins,
  });
  return { ...ipc, origins };
}

describe('desktop policy for live servers', () => {
  it('allows no live server until one is hosted or joined, and is otherwise unchanged', () => {
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
    expect(connectSrc(CONTENT_SECURITY_POLICY)).toEqual(["'self'"]);
    const widened = contentSecurityPolicy(['ws://192.168.1.20:4300/sync']);
    expect(connectSrc(widened)).toEqual(["'self'", 'ws://192.168.1.20:4300']);
    // Only connect-src changes.
    expect(widened.replace(' ws://192.168.1.20:4300', '')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('takes one websocket origin with its port, and nothing that could widen the policy', () => {
    expect(liveSyncOrigin('ws://127.0.0.1:4300/sync')).toBe('ws://127.0.0.1:4300');
    expect(liveSyncOrigin('wss://live.example.org/sync')).toBe('wss://live.example.org:443');
    expect(liveSyncOrigin('ws://[::1]:4300/sync')).toBe('ws://[::1]:4300');
    for (const bad of [
      'http://127.0.0.1:4300/',
      'ws://*:4300/sync',
      'ws://user:pw@127.0.0.1:4300/',
      "ws://127.0.0.1:4300/sync; script-src 'unsafe-inline'",
      'javascript:alert(1)',
      'not an address',
    ]) {
      const origin = liveSyncOrigin(bad);
      expect(origin === null || /^wss?:\/\/[a-z0-9.[\]:-]+:\d+$/.test(origin), bad).toBe(true);
    }
    expect(liveSyncOrigin('http://127.0.0.1:4300/')).toBeNull();
    expect(liveSyncOrigin('ws://*:4300/sync')).toBeNull();
    expect(contentSecurityPolicy(['ws://*:1/', 'http://evil/'])).toBe(CONTENT_SECURITY_POLICY);
  });

  it('adds the hosted server when main starts it, and a joined one on a checked request', async () => {
    const { handlers, origins } = liveIpc();
    await handlers[C.start](trusted, { host: '192.168.1.20', port: 4300 });
    expect(origins.list()).toEqual(['ws://192.168.1.20:4300']);

    await handlers[C.allowServer](trusted, { syncUrl: 'ws://10.0.0.5:4300/sync' });
    expect(connectSrc(origins.policy())).toEqual([
      "'self'",
      'ws://192.168.1.20:4300',
      'ws://10.0.0.5:4300',
    ]);
    await expect(handlers[C.allowServer](foreign, { syncUrl: 'ws://6.6.6.6:1/' })).rejects.toThrow(
      IpcRejected,
    );
    for (const syncUrl of ['http://10.0.0.5/', 'ws://a b/', "ws://x;script-src 'self'", 42])
      await expect(handlers[C.allowServer](trusted, { syncUrl })).rejects.toThrow(IpcRejected);
    expect(origins.list()).toHaveLength(2);
  });

  it("serves the page with the policy as of its load, in the header and the page's own tag", async () => {
    const origins = createLiveOrigins();
    origins.allow('ws://127.0.0.1:4300/sync');
    const html = `<head><meta charset="UTF-8" />\n<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" /></head>`;
    const page = await appResponse(
      '/opt/workbench/dist',
      'app://workbench/index.html',
      async () => new Response(html),
      origins.policy(),
    );
    expect(page.headers.get('content-security-policy')).toBe(origins.policy());
    const text = await page.text();
    expect(text).toContain(`content="${origins.policy()}"`);
    expect(text.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('lets the renderer tell whether its page may connect, or must reload first', () => {
    const pageWith = (policy: string | null, host = 'workbench') =>
      ({
        location: { host },
        querySelector: () => (policy === null ? null : { getAttribute: () => policy }),
      }) as unknown as Document;
    const policy = contentSecurityPolicy(['ws://127.0.0.1:4300/sync']);
    expect(pageMayConnect('ws://127.0.0.1:4300/sync', pageWith(policy))).toBe(true);
    expect(pageMayConnect('ws://127.0.0.1:4301/sync', pageWith(policy))).toBe(false);
    expect(pageMayConnect('ws://10.0.0.5:4300/sync', pageWith(CONTENT_SECURITY_POLICY))).toBe(
      false,
    );
    // The server's own page reaches its endpoint as 'self'.
    expect(
      pageMayConnect('ws://10.0.0.5:4300/sync', pageWith(CONTENT_SECURITY_POLICY, '10.0.0.5:4300')),
    ).toBe(true);
  });
});
