import { describe, expect, it, vi } from 'vitest';
import { IpcRejected } from '../../electron/ipcHandlers';
import { createLiveIpc, registerLiveIpc, type LiveIpcDeps } from '../../electron/live/liveIpc';
import type { LiveServerHandle } from '../../electron/live/liveServer';
import { LIVE_IPC_CHANNELS as C } from '../../shared/host/liveSchemas';
import { temporaryFolder, LOOPBACK } from './liveTestKit';

const trusted = { senderFrame: { url: 'app://workbench/index.html' } };
const foreign = { senderFrame: { url: 'https://example.com/' } };

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

function fakeServer(host: string, port: number): LiveServerHandle {
  return {
    host,
    port,
    url: `http://${host}:${port}/`,
    syncUrl: `ws://${host}:${port}/sync`,
    hocuspocus: null as never,
    openSession: vi.fn(async (strategyId: string) => ({
      strategyId,
      documentName: `strategy:${strategyId}`,
      joinCode: 'ABCDEF',
      hostToken: 'secret',
    })),
    closeSession: vi.fn(async () => {}),
    setRole: vi.fn(async () => {}),
    removeParticipant: vi.fn(async () => {}),
    participants: vi.fn(async () => []),
    stop: vi.fn(async () => {}),
  };
}

function deps(overrides: Partial<LiveIpcDeps> = {}): LiveIpcDeps {
  return {
    startLiveServer: vi.fn(async (options) => fakeServer(options.host, options.port || 4300)),
    networkInterfaces: interfaces,
    staticRoot: '/app/dist',
    persistenceDir: '/profile/live-sessions',
    ...overrides,
  };
}

describe('live sessions IPC', () => {
  it("lists this machine's addresses, loopback first", async () => {
    const { handlers } = createLiveIpc(deps());
    expect((await handlers[C.addresses](trusted)).map((a) => a.address)).toEqual([
      '127.0.0.1',
      '192.168.1.20',
    ]);
  });

  it('starts the server on an address of this machine, with the app and a profile folder', async () => {
    const d = deps();
    const { handlers, isRunning } = createLiveIpc(d);
    await expect(handlers[C.start](trusted, { host: '192.168.1.20' })).resolves.toEqual({
      host: '192.168.1.20',
      port: 4300,
      url: 'http://192.168.1.20:4300/',
    });
    expect(d.startLiveServer).toHaveBeenCalledWith({
      host: '192.168.1.20',
      port: 0,
      staticRoot: '/app/dist',
      persistenceDir: '/profile/live-sessions',
    });
    expect(isRunning()).toBe(true);
    // The same request again is the same server.
    await handlers[C.start](trusted, { host: '192.168.1.20' });
    expect(d.startLiveServer).toHaveBeenCalledTimes(1);
  });

  it('moves the server to another address by stopping the first', async () => {
    const d = deps();
    const { handlers } = createLiveIpc(d);
    await handlers[C.start](trusted, { host: '127.0.0.1', port: 4301 });
    const first = await vi.mocked(d.startLiveServer).mock.results[0]!.value;
    await handlers[C.start](trusted, { host: '192.168.1.20', port: 4301 });
    expect(first.stop).toHaveBeenCalled();
    expect(d.startLiveServer).toHaveBeenCalledTimes(2);
  });

  it('brings the running server back where it was when a new one cannot start', async () => {
    const events: string[] = [];
    const portTaken = Object.assign(new Error('listen EADDRINUSE: address already in use'), {
      code: 'EADDRINUSE',
    });
    const d = deps({
      startLiveServer: vi.fn(async (options) => {
        if (options.port === 4302) throw portTaken;
        events.push(`started ${options.host}:${options.port}`);
        const server = fakeServer(options.host, options.port || 4300);
        vi.mocked(server.stop).mockImplementation(
          async () => void events.push(`stopped ${options.host}:${options.port}`),
        );
        return server;
      }),
    });
    const live = createLiveIpc(d);
    await live.handlers[C.start](trusted, { host: '127.0.0.1', port: 4301 });

    await expect(
      live.handlers[C.start](trusted, { host: '192.168.1.20', port: 4302 }),
    ).rejects.toThrow('EADDRINUSE');
    // The server is back at the address its participants know, and the app can still use it.
    expect(live.isRunning()).toBe(true);
    expect(events).toEqual([
      'started 127.0.0.1:4301',
      'stopped 127.0.0.1:4301',
      'started 127.0.0.1:4301',
    ]);
    const back: LiveServerHandle = await vi.mocked(d.startLiveServer).mock.results[2]!.value;
    await expect(
      live.handlers[C.openSession](trusted, { strategyId: 's-1' }),
    ).resolves.toMatchObject({ joinCode: 'ABCDEF' });
    expect(back.openSession).toHaveBeenCalledWith('s-1');

    await expect(
      live.handlers[C.start](trusted, { host: '192.168.1.20', port: 4303 }),
    ).resolves.toMatchObject({ url: 'http://192.168.1.20:4303/' });
    expect(events.slice(3)).toEqual(['stopped 127.0.0.1:4301', 'started 192.168.1.20:4303']);
  });

  it('refuses addresses that are not this machine, bad arguments and foreign senders', async () => {
    const { handlers } = createLiveIpc(deps());
    await expect(handlers[C.start](trusted, { host: '8.8.8.8' })).rejects.toThrow(IpcRejected);
    await expect(handlers[C.start](trusted, { host: 'localhost' })).rejects.toThrow(IpcRejected);
    await expect(handlers[C.start](trusted, { host: '127.0.0.1', port: 70000 })).rejects.toThrow(
      IpcRejected,
    );
    await expect(handlers[C.start](foreign, { host: '127.0.0.1' })).rejects.toThrow(
      /untrusted sender/,
    );
    await expect(handlers[C.addresses]({ senderFrame: null })).rejects.toThrow(IpcRejected);
    await handlers[C.start](trusted, { host: '127.0.0.1' });
    for (const bad of [undefined, 'strategy-1', { strategyId: '../x' }, { strategyId: 1 }])
      await expect(handlers[C.openSession](trusted, bad)).rejects.toThrow(IpcRejected);
    await expect(
      handlers[C.setRole](trusted, {
        strategyId: 'strategy-1',
        participantId: 'p-12345678',
        role: 'facilitator',
      }),
    ).rejects.toThrow(IpcRejected);
    await expect(
      handlers[C.removeParticipant](trusted, { strategyId: 'strategy-1', participantId: 'x' }),
    ).rejects.toThrow(IpcRejected);
  });

  it('runs sessions on the started server', async () => {
    const d = deps();
    const { handlers } = createLiveIpc(d);
    await expect(handlers[C.openSession](trusted, { strategyId: 's-1' })).rejects.toThrow(
      /not running/,
    );
    await handlers[C.start](trusted, { host: '127.0.0.1' });
    const server: LiveServerHandle = await vi.mocked(d.startLiveServer).mock.results[0]!.value;
    await expect(handlers[C.openSession](trusted, { strategyId: 's-1' })).resolves.toMatchObject({
      joinCode: 'ABCDEF',
    });
    await handlers[C.setRole](trusted, {
      strategyId: 's-1',
      participantId: 'p-12345678',
      role: 'viewer',
    });
    await handlers[C.removeParticipant](trusted, {
      strategyId: 's-1',
      participantId: 'p-12345678',
    });
    await handlers[C.participants](trusted, { strategyId: 's-1' });
    await handlers[C.closeSession](trusted, { strategyId: 's-1' });
    expect(server.setRole).toHaveBeenCalledWith('s-1', 'p-12345678', 'viewer');
    expect(server.removeParticipant).toHaveBeenCalledWith('s-1', 'p-12345678');
    expect(server.participants).toHaveBeenCalledWith('s-1');
    expect(server.closeSession).toHaveBeenCalledWith('s-1');
    await handlers[C.stop](trusted);
    expect(server.stop).toHaveBeenCalled();
    await expect(handlers[C.participants](trusted, { strategyId: 's-1' })).rejects.toThrow(
      /not running/,
    );
  });

  it('holds the quit until the server has stopped, then quits', async () => {
    const d = deps();
    const live = createLiveIpc(d);
    const idle = { preventDefault: vi.fn() };
    live.onWillQuit(idle, vi.fn());
    expect(idle.preventDefault).not.toHaveBeenCalled();

    await live.handlers[C.start](trusted, { host: '127.0.0.1' });
    const server: LiveServerHandle = await vi.mocked(d.startLiveServer).mock.results[0]!.value;
    const event = { preventDefault: vi.fn() };
    const quit = vi.fn();
    live.onWillQuit(event, quit);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(quit).toHaveBeenCalled());
    expect(server.stop).toHaveBeenCalled();
    expect(live.isRunning()).toBe(false);
  });

  it('still quits when the server could not save its sessions, and logs why', async () => {
    const log = vi.fn();
    const d = deps({ log });
    const live = createLiveIpc(d);
    await live.handlers[C.start](trusted, { host: '127.0.0.1' });
    const server: LiveServerHandle = await vi.mocked(d.startLiveServer).mock.results[0]!.value;
    vi.mocked(server.stop).mockRejectedValue(new Error('ENOSPC: no space left on device'));
    const quit = vi.fn();
    live.onWillQuit({ preventDefault: vi.fn() }, quit);
    await vi.waitFor(() => expect(quit).toHaveBeenCalled());
    expect(log).toHaveBeenCalledWith(expect.stringContaining('ENOSPC'));
    // The quit that follows is let through.
    const again = { preventDefault: vi.fn() };
    live.onWillQuit(again, quit);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('registers every channel, and serves a real session end to end', async () => {
    const registered = new Map<string, (event: unknown, arg?: unknown) => Promise<unknown>>();
    const folder = await temporaryFolder();
    const live = registerLiveIpc(
      { handle: (channel, listener) => registered.set(channel, listener as never) },
      { staticRoot: folder.path, persistenceDir: folder.path, networkInterfaces: interfaces },
    );
    expect([...registered.keys()].sort()).toEqual(Object.values(C).sort());
    try {
      const started = (await registered.get(C.start)!(trusted, { host: '127.0.0.1' })) as {
        port: number;
      };
      expect(started.port).toBeGreaterThan(0);
      const session = (await registered.get(C.openSession)!(trusted, {
        strategyId: 'strategy-ipc',
      })) as { joinCode: string };
      expect(session.joinCode).toMatch(/^[A-Z2-9]{6}$/);
      expect(
        await registered.get(C.participants)!(trusted, { strategyId: 'strategy-ipc' }),
      ).toEqual([]);
    } finally {
      await live.stop();
      await folder.remove();
    }
  });
});
