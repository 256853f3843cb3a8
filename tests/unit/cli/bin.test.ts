import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from './cliHarness';

const BUNDLE = 'out/cli/lightpath.mjs';
const SOURCES = [
  'electron/cli',
  'renderer/src/model',
  'renderer/src/engine',
  'renderer/src/report',
  'assets/parts',
];

function bundleMtimeMs(): number {
  return existsSync(BUNDLE) ? statSync(BUNDLE).mtimeMs : -1;
}

function newestSourceMtimeMs(): number {
  let newest = statSync('vite.cli.config.ts').mtimeMs;
  for (const root of SOURCES.filter((dir) => existsSync(dir))) {
    for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      newest = Math.max(newest, statSync(join(root, name)).mtimeMs);
    }
  }
  return newest;
}

describe('the lightpath bin (built bundle, real process)', () => {
  beforeAll(() => {
    // Build when the bundle is missing or older than its sources (runAll builds it first;
    // rebuilding only when stale avoids emptying out/cli under another test's feet).
    if (bundleMtimeMs() < newestSourceMtimeMs()) {
      execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts'], { stdio: 'pipe' });
    }
  }, 120_000);

  it('exits 0 for a valid file and 2 for a missing one', () => {
    const ok = spawnSync(
      process.execPath,
      ['electron/cli/lightpath.mjs', 'validate', VALID_FIXTURE],
      { encoding: 'utf8' },
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(`ok: ${VALID_FIXTURE} (2 components, 1 link)\n`);
    const missing = spawnSync(
      process.execPath,
      ['electron/cli/lightpath.mjs', 'validate', 'nope.json'],
      { encoding: 'utf8' },
    );
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.json: (document): expected a readable file');
  });

  it('says how to build when the bundle is missing, and exits 2', () => {
    const root = mkdtempSync(join(tmpdir(), 'lightpath-bin-'));
    mkdirSync(join(root, 'electron', 'cli'), { recursive: true });
    const bin = join(root, 'electron', 'cli', 'lightpath.mjs');
    copyFileSync('electron/cli/lightpath.mjs', bin);
    const run = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('lightpath is not built: run `npm run build:cli`\n');
  });
});
