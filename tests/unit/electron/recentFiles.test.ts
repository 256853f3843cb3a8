import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostError } from '../../../electron/ipc';
import { createDocumentHandles } from '../../../electron/main/modules/documentHandles';
import { createRecentFiles, RECENT_FILES_LIMIT } from '../../../electron/main/modules/recentFiles';

let folder: string;
beforeEach(async () => {
  folder = await fsp.mkdtemp(join(tmpdir(), 'lightpath-recent-'));
});
afterEach(async () => {
  await fsp.rm(folder, { recursive: true, force: true });
});

describe('createDocumentHandles', () => {
  it('issues one opaque handle per path and resolves only handles it issued', () => {
    const handles = createDocumentHandles();
    const a = handles.issue('/home/u/a.lightpath.json');
    expect(a).not.toContain('/');
    expect(handles.issue('/home/u/a.lightpath.json')).toBe(a);
    expect(handles.issue('/home/u/b.lightpath.json')).not.toBe(a);
    expect(handles.resolve(a)).toBe('/home/u/a.lightpath.json');
    expect(() => handles.resolve('/etc/passwd')).toThrow(HostError);
    expect(() => handles.resolve('constructor')).toThrow(HostError);
  });
});

describe('createRecentFiles', () => {
  it('keeps the newest first, without duplicates, persisted across instances', async () => {
    const storePath = join(folder, 'data', 'recent-files.json');
    let changes = 0;
    const recent = createRecentFiles(storePath, createDocumentHandles(), () => changes++);
    await recent.add('/d/a.lightpath.json');
    await recent.add('/d/b.lightpath.json');
    await recent.add('/d/a.lightpath.json');
    expect(changes).toBe(3);
    await recent.add('/d/a.lightpath.json');
    expect(changes).toBe(3);

    const handles = createDocumentHandles();
    const reopened = createRecentFiles(storePath, handles);
    const entries = await reopened.list();
    expect(entries.map((e) => e.name)).toEqual(['a.lightpath.json', 'b.lightpath.json']);
    expect(handles.resolve(entries[1]!.handle)).toBe('/d/b.lightpath.json');
    expect(JSON.stringify(entries)).not.toContain('/d/');
  });

  it('remembers at most RECENT_FILES_LIMIT files and forgets removed ones', async () => {
    const recent = createRecentFiles(join(folder, 'recent.json'), createDocumentHandles());
    for (let i = 0; i < RECENT_FILES_LIMIT + 3; i += 1) await recent.add(`/d/${i}.lightpath.json`);
    const names = (await recent.list()).map((e) => e.name);
    expect(names).toHaveLength(RECENT_FILES_LIMIT);
    expect(names[0]).toBe(`${RECENT_FILES_LIMIT + 2}.lightpath.json`);
    await recent.remove(`/d/${RECENT_FILES_LIMIT + 2}.lightpath.json`);
    expect((await recent.list()).map((e) => e.name)[0]).toBe(
      `${RECENT_FILES_LIMIT + 1}.lightpath.json`,
    );
  });

  it('starts empty from a missing, corrupt or wrongly shaped store', async () => {
    const storePath = join(folder, 'recent.json');
    const recent = createRecentFiles(storePath, createDocumentHandles());
    expect(await recent.list()).toEqual([]);
    await fsp.writeFile(storePath, '{not json');
    expect(await recent.list()).toEqual([]);
    await fsp.writeFile(storePath, '{"paths":[1,2]}');
    expect(await recent.list()).toEqual([]);
    await recent.add('/d/a.lightpath.json');
    expect((await recent.list()).map((e) => e.name)).toEqual(['a.lightpath.json']);
  });
});
