/**
 * Autosaved recovery copies of unsaved work, kept in the app's data folder
 * (userData/recovery), never over the user's own file. On start the renderer asks
 * `read()` and offers Recover / Discard when a copy exists.
 */
import { mkdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecoveryCopy } from '../../ipc';
import { checkDocumentSize, readDocumentFile, writeFileAtomic } from './fileService';

/** File name of the recovery copy inside the recovery folder. */
export const RECOVERY_FILE_NAME = 'unsaved.lightpath.json';

export interface RecoveryStore {
  write(text: string): Promise<void>;
  /** The copy and when it was written (its modification time), or null when there is none. */
  read(): Promise<RecoveryCopy | null>;
  discard(): Promise<void>;
}

/** A recovery store in `folder`, created on first write. */
export function createRecoveryStore(folder: string): RecoveryStore {
  const filePath = join(folder, RECOVERY_FILE_NAME);
  return {
    async write(text) {
      checkDocumentSize(RECOVERY_FILE_NAME, text);
      await mkdir(folder, { recursive: true });
      await writeFileAtomic(filePath, text);
    },
    async read() {
      const info = await stat(filePath).catch(() => null);
      if (info === null) return null;
      const text = await readDocumentFile(filePath);
      return { text, savedAt: info.mtime.toISOString() };
    },
    async discard() {
      await unlink(filePath).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    },
  };
}
