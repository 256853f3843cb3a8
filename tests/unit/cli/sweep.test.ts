/**
 * `lightpath sweep`: CSV columns and values equal to the engine's single-threaded sweep,
 * JSON shape, exit codes; and the built bundle's worker-thread pool gives the same CSV as
 * one thread.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runSweep } from '../../../renderer/src/engine/sweep/sweep';
import { SWEEP_CSV_COLUMNS, sweepCsv } from '../../../renderer/src/engine/sweep/sweepCsv';
import { loadDocument } from '../../../renderer/src/model/load';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import { runCliCaptured } from './cliHarness';

const CPO_A = 'assets/examples/switch-cpo-a.lightpath.json';
const ARGS = [
  'sweep',
  CPO_A,
  '--param',
  'oe-distance-mm',
  '--from',
  '0',
  '--to',
  '20',
  '--steps',
  '3',
];

describe('lightpath sweep', () => {
  test('--csv equals the engine sweep of the same design', async () => {
    const run = await runCliCaptured([...ARGS, '--csv', '--thermal', 'off']);
    expect(run.code).toBe(0);
    const library = defaultPartLibrary();
    const loaded = loadDocument(CPO_A, readFileSync(CPO_A, 'utf8'), { library });
    if (!loaded.ok) throw new Error('example refused');
    const spec = { param: 'oe-distance-mm', from: 0, to: 20, steps: 3 } as const;
    const rows = runSweep(loaded.doc, library, spec, { thermalPreset: null });
    expect(run.stdout).toBe(sweepCsv('oe-distance-mm', rows));
    expect(run.stdout.split('\n')[0]).toBe(SWEEP_CSV_COLUMNS.join(','));
  }, 60_000);

  test('--json: param, unit, one row per step with the metrics', async () => {
    const run = await runCliCaptured([...ARGS, '--json', '--thermal', 'coarse']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ param: 'oe-distance-mm', unit: 'mm', steps: 3, thermal: 'coarse' });
    expect(out.rows.map((r: { value: number }) => r.value)).toEqual([0, 10, 20]);
    expect(typeof out.rows[0].hottestOeC).toBe('number');
  }, 60_000);

  test('exit 2 for an unknown parameter, bad numbers, or a parameter the design cannot take', async () => {
    const bad = (args: string[]) => runCliCaptured(args).then((r) => r.code);
    expect(
      await bad(['sweep', CPO_A, '--param', 'colour', '--from', '0', '--to', '1', '--steps', '2']),
    ).toBe(2);
    expect(await bad([...ARGS.slice(0, 8), 'x'])).toBe(2);
    expect(await bad([...ARGS, '--jobs', '0'])).toBe(2);
    expect(
      await bad([
        'sweep',
        CPO_A,
        '--param',
        'lane-rate',
        '--from',
        '-5',
        '--to',
        '1',
        '--steps',
        '2',
      ]),
    ).toBe(2);
    const run = await runCliCaptured([...ARGS, '--csv', '--json']);
    expect(run.code).toBe(2);
  });
});

describe('lightpath sweep in worker threads (built bundle)', () => {
  test('--jobs 2 gives the same CSV as --jobs 1', () => {
    // A private build, so out/cli (used by other tests) is never emptied under their feet.
    const outDir = '.test-output/cli-sweep';
    execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--outDir', outDir], {
      stdio: 'pipe',
    });
    const start =
      `const { runCli, nodeIo } = await import(${JSON.stringify(pathToFileURL(`${outDir}/lightpath.mjs`).href)});` +
      'process.exitCode = await runCli(process.argv.slice(1), nodeIo());';
    const run = (jobs: string) =>
      spawnSync('node', ['--input-type=module', '-e', start, ...ARGS, '--csv', '--jobs', jobs], {
        encoding: 'utf8',
      });
    const one = run('1');
    const two = run('2');
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trimEnd().split('\n')).toHaveLength(4);
  }, 180_000);
});
