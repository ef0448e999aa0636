import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AtomicWriteFs } from '../../electron/atomicWrite';

/** A fresh folder holding plan.json as the user last saved it. */
export async function folderWithSavedPlan(): Promise<{
  folder: string;
  plan: string;
  remove(): Promise<void>;
}> {
  const folder = await fs.mkdtemp(path.join(tmpdir(), 'saved-file-'));
  const plan = path.join(folder, 'plan.json');
  await fs.writeFile(plan, SAVED_BEFORE);
  return { folder, plan, remove: () => fs.rm(folder, { recursive: true, force: true }) };
}

export const SAVED_BEFORE = '{"saved":"before"}';

/** A disk that fills up once a few bytes of the new content are written. */
export const diskFullAfter = (bytes: number): AtomicWriteFs => ({
  async writeFile(file, data, options) {
    const part = typeof data === 'string' ? data.slice(0, bytes) : data.subarray(0, bytes);
    await fs.writeFile(file, part, options);
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  },
  rename: fs.rename,
  rm: fs.rm,
  realpath: fs.realpath,
  stat: fs.stat,
  chmod: fs.chmod,
});
