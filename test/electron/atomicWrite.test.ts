import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomically, type AtomicWriteFs } from '../../electron/atomicWrite';
import { diskFullAfter, folderWithSavedPlan, SAVED_BEFORE } from './savedFileKit';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function savedPlan() {
  const saved = await folderWithSavedPlan();
  cleanups.push(saved.remove);
  return saved;
}

describe('atomic file writes', () => {
  it('replaces the file with the whole new content, leaving nothing else behind', async () => {
    const { folder, plan } = await savedPlan();
    await writeFileAtomically(plan, '{"saved":"after"}');
    await writeFileAtomically(path.join(folder, 'plan.pdf'), new Uint8Array([37, 80, 68, 70]));
    expect(await fs.readFile(plan, 'utf8')).toBe('{"saved":"after"}');
    expect([...(await fs.readFile(path.join(folder, 'plan.pdf')))]).toEqual([37, 80, 68, 70]);
    expect((await fs.readdir(folder)).sort()).toEqual(['plan.json', 'plan.pdf']);
  });

  it('keeps the previous file whole when the disk fills up part-way', async () => {
    const { folder, plan } = await savedPlan();
    await expect(
      writeFileAtomically(plan, '{"saved":"after, and much longer"}', { fs: diskFullAfter(4) }),
    ).rejects.toThrow('ENOSPC');
    expect(await fs.readFile(plan, 'utf8')).toBe(SAVED_BEFORE);
    expect(await fs.readdir(folder)).toEqual(['plan.json']);
  });

  it('keeps the previous file when it cannot be replaced', async () => {
    const { folder, plan } = await savedPlan();
    const renameRefused: AtomicWriteFs = {
      writeFile: fs.writeFile,
      rename: async () => {
        throw Object.assign(new Error('EPERM: operation not permitted, rename'), {
          code: 'EPERM',
        });
      },
      rm: fs.rm,
      realpath: fs.realpath,
      stat: fs.stat,
      chmod: fs.chmod,
    };
    await expect(
      writeFileAtomically(plan, '{"saved":"after"}', { fs: renameRefused }),
    ).rejects.toThrow('EPERM');
    expect(await fs.readFile(plan, 'utf8')).toBe(SAVED_BEFORE);
    expect(await fs.readdir(folder)).toEqual(['plan.json']);
  });

  it('writes through a link to the file it names, keeping the link', async () => {
    const { folder, plan } = await savedPlan();
    const link = path.join(folder, 'latest.json');
    await fs.symlink(plan, link);
    await writeFileAtomically(link, '{"saved":"after"}');
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(plan, 'utf8')).toBe('{"saved":"after"}');
    expect((await fs.readdir(folder)).sort()).toEqual(['latest.json', 'plan.json']);
  });

  it('keeps the permissions of the file it replaces; a new file gets the default', async () => {
    const { folder, plan } = await savedPlan();
    const link = path.join(folder, 'latest.json');
    await fs.symlink(plan, link);
    const fresh = path.join(folder, 'fresh.json');
    const permissions = async (file: string) => (await fs.stat(file)).mode & 0o777;
    const defaultPermissions = await permissions(plan);

    await fs.chmod(plan, 0o640);
    await writeFileAtomically(plan, '{"saved":"after"}');
    const keptOnReplace = await permissions(plan);
    await fs.chmod(plan, 0o600);
    await writeFileAtomically(link, '{"saved":"through the link"}');
    const keptThroughLink = await permissions(plan);
    await writeFileAtomically(fresh, '{"saved":"new"}');

    expect(await fs.readFile(plan, 'utf8')).toBe('{"saved":"through the link"}');
    // Windows keeps only a read-only flag, not these permission bits.
    if (process.platform !== 'win32') {
      expect(keptOnReplace).toBe(0o640);
      expect(keptThroughLink).toBe(0o600);
      expect(await permissions(fresh)).toBe(defaultPermissions);
    }
  });

  it('still saves on a drive that keeps no permissions', async () => {
    const { folder, plan } = await savedPlan();
    const noPermissions: AtomicWriteFs = {
      ...fs,
      chmod: async () => {
        throw Object.assign(new Error('EPERM: operation not permitted, chmod'), {
          code: 'EPERM',
        });
      },
    };
    await writeFileAtomically(plan, '{"saved":"after"}', { fs: noPermissions });
    expect(await fs.readFile(plan, 'utf8')).toBe('{"saved":"after"}');
    expect(await fs.readdir(folder)).toEqual(['plan.json']);
  });
});
