import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../../electron/ipc';
import { createRecoveryStore, RECOVERY_FILE_NAME } from '../../../electron/main/modules/recovery';

let userData: string;
beforeEach(async () => {
  userData = await fsp.mkdtemp(join(tmpdir(), 'lightpath-userdata-'));
});
afterEach(async () => {
  await fsp.rm(userData, { recursive: true, force: true });
});

describe('createRecoveryStore', () => {
  it('has nothing to offer before the first autosave', async () => {
    expect(await createRecoveryStore(join(userData, 'recovery')).read()).toBeNull();
  });

  it('writes the copy into its own folder and reads it back with the time it was written', async () => {
    const folder = join(userData, 'recovery');
    const store = createRecoveryStore(folder);
    const before = Date.now();
    await store.write('{"unsaved":true}\n');
    expect(await fsp.readdir(folder)).toEqual([RECOVERY_FILE_NAME]);
    const copy = await store.read();
    expect(copy?.text).toBe('{"unsaved":true}\n');
    const savedAtMs = Date.parse(copy?.savedAt ?? '');
    expect(savedAtMs).toBeGreaterThanOrEqual(before - 1000);
    expect(savedAtMs).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('replaces the previous copy and forgets it on discard (discarding twice is fine)', async () => {
    const store = createRecoveryStore(join(userData, 'recovery'));
    await store.write('first');
    await store.write('second');
    expect((await store.read())?.text).toBe('second');
    await store.discard();
    expect(await store.read()).toBeNull();
    await expect(store.discard()).resolves.toBeUndefined();
  });

  it('refuses a copy over the document cap and keeps the last good one', async () => {
    const store = createRecoveryStore(join(userData, 'recovery'));
    await store.write('good');
    await expect(store.write('x'.repeat(MAX_DOCUMENT_BYTES + 1))).rejects.toThrow('larger than');
    expect((await store.read())?.text).toBe('good');
  });
});
