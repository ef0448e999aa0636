import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { strategyIdOfDocument } from '../../shared/host/liveSchemas';
import { writeFileAtomically } from '../atomicWrite';

/**
 * Shared strategies kept as files, one Yjs update each (`<id>.ydoc`), for the Hocuspocus
 * database extension. Plain files, so the server needs no native module. Only strategy
 * documents are kept; any other name is neither read nor written.
 */
export interface DocumentFiles {
  fetch(documentName: string): Promise<Uint8Array | null>;
  store(documentName: string, state: Uint8Array): Promise<void>;
}

export function documentFile(directory: string, documentName: string): string | null {
  const strategyId = strategyIdOfDocument(documentName);
  // The id is letters, digits, '-' and '_' only, so it can never name a path elsewhere.
  return strategyId === null ? null : path.join(directory, `${strategyId}.ydoc`);
}

export function createDocumentFiles(directory: string): DocumentFiles {
  let ready: Promise<unknown> | null = null;
  return {
    async fetch(documentName) {
      const file = documentFile(directory, documentName);
      if (!file) return null;
      try {
        return new Uint8Array(await readFile(file));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async store(documentName, state) {
      const file = documentFile(directory, documentName);
      if (!file) return;
      ready ??= mkdir(directory, { recursive: true });
      await ready;
      // A crash mid-write must never leave half a document.
      await writeFileAtomically(file, state);
    },
  };
}
