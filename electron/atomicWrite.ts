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
}

export interface AtomicWriteOptions {
  /** Permissions of the written file, e.g. 0o600 for one holding secrets. */
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
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => {});
    throw error;
  }
}
