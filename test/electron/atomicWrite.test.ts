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
});
