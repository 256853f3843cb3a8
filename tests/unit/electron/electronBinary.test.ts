import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findElectronBinary,
  MISSING_BINARY_REASON,
} from '../../../electron/scripts/electronBinary.mjs';

const root = join(__dirname, '../../..');
let project: string;
beforeEach(() => {
  project = fs.mkdtempSync(join(tmpdir(), 'lightpath-electron-'));
});
afterEach(() => {
  fs.rmSync(project, { recursive: true, force: true });
});

function electronPackage(): string {
  const dir = join(project, 'node_modules', 'electron');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(join(dir, 'package.json'), '{"name":"electron"}');
  return dir;
}

describe('findElectronBinary', () => {
  it('reports a missing electron package', () => {
    expect(findElectronBinary(project)).toEqual({
      found: false,
      reason: expect.stringContaining('node_modules/electron missing'),
    });
  });

  it('reports a missing binary when path.txt was never written', () => {
    electronPackage();
    expect(findElectronBinary(project)).toEqual({ found: false, reason: MISSING_BINARY_REASON });
  });

  it('reports a missing binary when path.txt names a file not in dist', () => {
    fs.writeFileSync(join(electronPackage(), 'path.txt'), 'electron');
    expect(findElectronBinary(project)).toEqual({ found: false, reason: MISSING_BINARY_REASON });
  });

  it('finds the binary path.txt names under dist', () => {
    const dir = electronPackage();
    fs.writeFileSync(join(dir, 'path.txt'), 'electron');
    fs.mkdirSync(join(dir, 'dist'));
    fs.writeFileSync(join(dir, 'dist', 'electron'), '');
    expect(findElectronBinary(project)).toEqual({
      found: true,
      path: join(dir, 'dist', 'electron'),
    });
  });
});

describe('npm start without the binary', () => {
  const isBinaryMissing = !findElectronBinary(root).found;
  it.runIf(isBinaryMissing)('exits 1 with a plain message naming the browser build', () => {
    const run = spawnSync(process.execPath, [join(root, 'electron/scripts/start.mjs')], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Electron binary not installed');
    expect(run.stderr).toContain('npm run web');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toBe('');
  });
});
