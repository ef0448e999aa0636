import * as nodeFs from 'node:fs/promises';
import path from 'node:path';

/** The file operations an atomic write needs; tests pass their own to make one fail. */
export interface AtomicWriteFs {
  writeFile(
    file: string,
    data: string | Uint8Array,
    options: { mode?: number; flush: boolean },
  ): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: boolean }): Promise<void>;
  realpath(file: string): Promise<string>;
  stat(file: string): Promise<{ mode: number }>;
  chmod(file: string, mode: number): Promise<void>;
}

export interface AtomicWriteOptions {
  /**
   * Permissions of the written file, e.g. 0o600 for one holding secrets. Without it, a file
   * replaced keeps the permissions it had and a new one gets the default.
   */
  mode?: number;
  fs?: AtomicWriteFs;
}

let writes = 0;

/**
 * The whole file or nothing: a write that fails part-way (a full disk, a drive pulled out)
 * rejects and leaves the previous file exactly as it was, with no temporary file beside it.
 */
export async function writeFileAtomically(
  chosen: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  // A link chosen as the file is followed: the file it names is replaced, the link kept.
  const target = await fs.realpath(chosen).catch(() => chosen);
  // The real file's, when a link was chosen: the link's own permissions mean nothing.
  const keptMode = options.mode === undefined ? await permissionsOf(fs, target) : undefined;
  writes += 1;
  // In the target's own folder, so the rename replaces it in one step rather than copying
  // across file systems.
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${writes}.tmp`,
  );
  try {
    // Flushed before the rename, so a power cut cannot leave the new name over unwritten data.
    await fs.writeFile(temporary, data, { mode: options.mode, flush: true });
    // Set afterwards rather than given to writeFile, whose mode the umask narrows. A drive
    // that keeps no permissions (FAT) refuses it: the content still has to be saved.
    if (keptMode !== undefined) await fs.chmod(temporary, keptMode).catch(() => {});
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => {});
    throw error;
  }
}

/** The permission bits of an existing file; none for one not there yet (or not readable). */
async function permissionsOf(fs: AtomicWriteFs, file: string): Promise<number | undefined> {
  return fs.stat(file).then(
    (stats) => stats.mode & 0o777,
    () => undefined,
  );
}
