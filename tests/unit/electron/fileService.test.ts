import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostError, MAX_DOCUMENT_BYTES } from '../../../electron/ipc';
import {
  checkDocumentSize,
  readDocumentFile,
  writeFileAtomic,
  type AtomicWriteFs,
} from '../../../electron/main/modules/fileService';

let folder: string;
beforeEach(async () => {
  folder = await fsp.mkdtemp(join(tmpdir(), 'lightpath-file-'));
});
afterEach(async () => {
  await fsp.rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes the whole content and leaves no temp file', async () => {
    const filePath = join(folder, 'switch.lightpath.json');
    await writeFileAtomic(filePath, '{"format":"lightpath-studio/design"}\n');
    expect(await fsp.readFile(filePath, 'utf8')).toBe('{"format":"lightpath-studio/design"}\n');
    expect(await fsp.readdir(folder)).toEqual(['switch.lightpath.json']);
  });

  it('replaces an existing file and keeps its permissions', async () => {
    const filePath = join(folder, 'a.lightpath.json');
    await fsp.writeFile(filePath, 'old');
    await fsp.chmod(filePath, 0o600);
    await writeFileAtomic(filePath, new Uint8Array([110, 101, 119]));
    expect(await fsp.readFile(filePath, 'utf8')).toBe('new');
    expect((await fsp.stat(filePath)).mode & 0o777).toBe(0o600);
  });

  it('leaves the original untouched and removes the temp file when the rename fails', async () => {
    const filePath = join(folder, 'a.lightpath.json');
    await fsp.writeFile(filePath, 'original');
    const failingFs: AtomicWriteFs = {
      ...fsp,
      rename: async () => {
        throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
      },
    };
    const saving = writeFileAtomic(filePath, 'replacement', failingFs);
    await expect(saving).rejects.toBeInstanceOf(HostError);
    await expect(saving).rejects.toThrow('"a.lightpath.json" could not be saved: the disk is full');
    expect(await fsp.readFile(filePath, 'utf8')).toBe('original');
    expect(await fsp.readdir(folder)).toEqual(['a.lightpath.json']);
  });

  it('leaves the original untouched when writing the temp file fails', async () => {
    const filePath = join(folder, 'a.lightpath.json');
    await fsp.writeFile(filePath, 'original');
    const failingFs: AtomicWriteFs = {
      ...fsp,
      open: (async (path: string, flags: string, mode?: number) => {
        const handle = await fsp.open(path, flags, mode);
        if (flags !== 'wx') return handle;
        return Object.assign(Object.create(handle) as fsp.FileHandle, {
          writeFile: async () => {
            await handle.writeFile('partial');
            throw Object.assign(new Error('I/O error'), { code: 'EIO' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        });
      }) as AtomicWriteFs['open'],
    };
    await expect(writeFileAtomic(filePath, 'replacement', failingFs)).rejects.toThrow(
      '"a.lightpath.json" could not be saved (EIO)',
    );
    expect(await fsp.readFile(filePath, 'utf8')).toBe('original');
    expect(await fsp.readdir(folder)).toEqual(['a.lightpath.json']);
  });

  it('names the missing folder when it no longer exists', async () => {
    const filePath = join(folder, 'gone', 'a.lightpath.json');
    await expect(writeFileAtomic(filePath, 'x')).rejects.toThrow(
      `"a.lightpath.json" could not be saved: its folder ${join(folder, 'gone')} no longer exists.`,
    );
  });
});

describe('readDocumentFile', () => {
  it('reads UTF-8 text', async () => {
    const filePath = join(folder, 'ok.lightpath.json');
    await fsp.writeFile(filePath, '{"name":"Überschalter µm"}');
    expect(await readDocumentFile(filePath)).toBe('{"name":"Überschalter µm"}');
  });

  it('says a vanished file was moved, renamed or deleted, naming it', async () => {
    const filePath = join(folder, 'vanished.lightpath.json');
    await expect(readDocumentFile(filePath)).rejects.toThrow(
      `"vanished.lightpath.json" was not found at ${filePath}: it may have been moved, renamed or deleted.`,
    );
  });

  it('refuses a file over the size cap without reading it', async () => {
    const filePath = join(folder, 'huge.lightpath.json');
    await fsp.writeFile(filePath, 'x'.repeat(2048));
    await expect(readDocumentFile(filePath, 1024)).rejects.toThrow(
      '"huge.lightpath.json" is 0.0 MB, larger than the 0.0 MB the studio accepts',
    );
    await expect(readDocumentFile(filePath, 4096)).resolves.toHaveLength(2048);
  });

  it('applies the contract cap MAX_DOCUMENT_BYTES by default', async () => {
    const filePath = join(folder, 'over-cap.lightpath.json');
    await fsp.writeFile(filePath, '');
    await fsp.truncate(filePath, MAX_DOCUMENT_BYTES + 1);
    await expect(readDocumentFile(filePath)).rejects.toThrow(
      '"over-cap.lightpath.json" is 32.0 MB, larger than the 32.0 MB the studio accepts for a design.',
    );
  });

  it('refuses a folder and a binary file, naming them', async () => {
    await fsp.mkdir(join(folder, 'designs'));
    await expect(readDocumentFile(join(folder, 'designs'))).rejects.toThrow(
      '"designs" is a folder, not a design document.',
    );
    const binaryPath = join(folder, 'photo.lightpath.json');
    await fsp.writeFile(binaryPath, new Uint8Array([0xff, 0xfe, 0x00, 0xc3]));
    await expect(readDocumentFile(binaryPath)).rejects.toThrow(
      '"photo.lightpath.json" is not a text file',
    );
  });
});

describe('checkDocumentSize', () => {
  it('counts UTF-8 bytes, not characters', () => {
    expect(() => checkDocumentSize('a.lightpath.json', 'µ'.repeat(600), 1024)).toThrow(
      '"a.lightpath.json" is',
    );
    expect(() => checkDocumentSize('a.lightpath.json', 'm'.repeat(600), 1024)).not.toThrow();
  });
});
