import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemorySessionStore } from '../../electron/live/sessionStore';
import { temporaryFolder } from './liveTestKit';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('sessions kept in a file', () => {
  it('come back after a restart with their code, roles and removals', async () => {
    const folder = await temporaryFolder();
    cleanups.push(folder.remove);
    const file = path.join(folder.path, 'sessions.json');
    const first = createMemorySessionStore(file);
    await first.start();
    const record = { strategyId: 's1', joinCode: 'ABCDEF', hostToken: 'secret-of-the-host' };
    expect(await first.create(record)).toBe(true);
    await first.join('s1', { participantId: 'viewer-0001', name: 'Vera', role: 'editor' });
    await first.setRole('s1', 'viewer-0001', 'viewer');
    await first.join('s1', { participantId: 'gone-00001', name: 'Gus', role: 'editor' });
    await first.remove('s1', 'gone-00001');
    await first.close();

    const second = createMemorySessionStore(file);
    await second.start();
    expect(await second.get('s1')).toEqual(record);
    expect(await second.strategyOfCode('ABCDEF')).toBe('s1');
    expect((await second.member('s1', 'viewer-0001'))?.role).toBe('viewer');
    expect(await second.isRemoved('s1', 'gone-00001')).toBe(true);
    await second.delete('s1');
    await second.close();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual([]);
  });

  it('starts empty from a missing or damaged file', async () => {
    const folder = await temporaryFolder();
    cleanups.push(folder.remove);
    const store = createMemorySessionStore(path.join(folder.path, 'nothing-here.json'));
    await store.start();
    expect(await store.get('s1')).toBeNull();
    await store.close();
  });
});
