import { execFileSync, spawnSync } from 'node:child_process';
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
});
