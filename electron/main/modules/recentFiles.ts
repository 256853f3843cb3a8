/**
 * The Open Recent list, persisted as JSON in the app's data folder. Paths stay in the main
 * process; the renderer sees each entry as a handle and a file name.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import type { RecentEntry } from '../../ipc';
import type { DocumentHandles } from './documentHandles';
import { writeFileAtomic } from './fileService';

/** How many files Open Recent remembers. */
export const RECENT_FILES_LIMIT = 10;

const StoredRecentFiles = z.object({ paths: z.array(z.string().min(1)).max(100) });

export interface RecentFiles {
  list(): Promise<RecentEntry[]>;
  /** Moves `filePath` to the top of the list. */
  add(filePath: string): Promise<void>;
  /** Forgets `filePath`, e.g. after it vanished. */
  remove(filePath: string): Promise<void>;
}

/**
 * The recent-files list stored in `storePath` (e.g. userData/recent-files.json); `onChange`
 * runs after each change (the menu rebuilds Open Recent).
 */
export function createRecentFiles(
  storePath: string,
  handles: DocumentHandles,
  onChange: () => void = () => undefined,
): RecentFiles {
  async function load(): Promise<string[]> {
    const text = await readFile(storePath, 'utf8').catch(() => null);
    if (text === null) return [];
    try {
      const parsed = StoredRecentFiles.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data.paths.slice(0, RECENT_FILES_LIMIT) : [];
    } catch {
      return [];
    }
  }
  async function save(paths: readonly string[]): Promise<void> {
    await mkdir(dirname(storePath), { recursive: true });
    await writeFileAtomic(storePath, `${JSON.stringify({ paths }, null, 2)}\n`);
    onChange();
  }
  return {
    async list() {
      const paths = await load();
      return paths.map((filePath) => ({
        handle: handles.issue(filePath),
        name: basename(filePath),
      }));
    },
    async add(filePath) {
      const paths = await load();
      // Saving the file already on top (the common case) changes nothing: skip the write.
      if (paths[0] === filePath) return;
      const others = paths.filter((known) => known !== filePath);
      await save([filePath, ...others].slice(0, RECENT_FILES_LIMIT));
    },
    async remove(filePath) {
      const paths = await load();
      if (paths.includes(filePath)) await save(paths.filter((known) => known !== filePath));
    },
  };
}
