import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLiveIpc } from '../../electron/live/liveIpc';
import { startLiveServer } from '../../electron/live/liveServer';
import { createMemorySessionStore } from '../../electron/live/sessionStore';
import { LIVE_IPC_CHANNELS as C } from '../../shared/host/liveSchemas';
import { LOOPBACK } from '../live/liveTestKit';

const trusted = { senderFrame: { url: 'app://workbench/index.html' } };
const loopback = () => ({
  lo: [LOOPBACK],
});
const record = { strategyId: 's1', joinCode: 'ABCDEF', hostToken: 'secret-of-the-host' };

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});
async function temporaryFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'sessions-save-'));
  folders.push(folder);
  return folder;
}

/** A sessions file that cannot be written: a folder already stands in its place. */
async function unwritableSessionsFolder(): Promise<string> {
  const folder = await temporaryFolder();
  await mkdir(path.join(folder, 'sessions.json', 'in-the-way'), { recursive: true });
  return folder;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ host: '127.0.0.1', port }, () => probe.close(() => resolve(true)));
  });
}

describe('sessions that cannot be saved', () => {
  it('are logged, and closing the store rejects', async () => {
    const folder = await unwritableSessionsFolder();
    const log = vi.fn();
    const store = createMemorySessionStore(path.join(folder, 'sessions.json'), log);
    await store.start();
    await store.create(record);
    await expect(store.close()).rejects.toThrow();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not save the sessions'));
  });

  it('no longer fail the close once a later write went through', async () => {
    const folder = await temporaryFolder();
    const blocker = path.join(folder, 'data');
    await writeFile(blocker, 'a file where the folder should be');
    const file = path.join(blocker, 'sessions.json');
    const store = createMemorySessionStore(file);
    await store.start();
    await store.create(record);
    await rm(blocker);
    await store.join('s1', { participantId: 'viewer-0001', name: 'Vera', role: 'viewer' });
    await store.close();
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject([{ record }]);
  });

  it('make the server’s stop reject, yet it lets go of its port and the app still quits', async () => {
    const persistenceDir = await unwritableSessionsFolder();
    const log = vi.fn();
    const live = createLiveIpc({
      startLiveServer,
      networkInterfaces: loopback,
      staticRoot: persistenceDir,
      persistenceDir,
      log,
    });
    const { port } = await live.handlers[C.start](trusted, { host: '127.0.0.1' });
    await live.handlers[C.openSession](trusted, { strategyId: 'strategy-unsaved' });
    const quit = vi.fn();
    live.onWillQuit({ preventDefault: vi.fn() }, quit);
    await vi.waitFor(() => expect(quit).toHaveBeenCalled(), { timeout: 15_000 });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not save the sessions'));
    expect(log).toHaveBeenCalledWith(expect.stringContaining('stopping for the quit failed'));
    expect(live.isRunning()).toBe(false);
    expect(await portIsFree(port)).toBe(true);
  });
});
