import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from './cliHarness';

describe('the lightpath bin (built bundle, real process)', () => {
  beforeAll(() => {
    // Always rebuild: a stale bundle would test old code.
    execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts'], { stdio: 'pipe' });
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
