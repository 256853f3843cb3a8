/**
 * `lightpath analyze` with the thermal solve: the `thermal` JSON object (docs/CLI.md) equals
 * the engine's figures, `--only` and `--preset` select what runs, the table lists parts over
 * their limit, and the exit codes (0; 1 with --strict over a limit or when the solve fails;
 * 2 for bad arguments).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeCoupled } from '../../../renderer/src/engine/coupled/coupledJob';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import type { Design } from '../../../renderer/src/model/schema';
import { runCliCaptured } from './cliHarness';

const CPO_A = 'assets/examples/switch-cpo-a.lightpath.json';
const CPO_C = 'assets/examples/switch-cpo-c.lightpath.json';
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Design;

describe('lightpath analyze, thermal', () => {
  it('--only thermal --json prints the thermal object with the engine figures', async () => {
    const run = await runCliCaptured([
      'analyze',
      CPO_A,
      '--only',
      'thermal',
      '--json',
      '--preset',
      'coarse',
    ]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['file', 'design', 'thermal']);
    const t = out.thermal;
    // The pipeline's thermal: the last solve of the power ⇄ thermal fixed point.
    const engine = analyzeCoupled(read(CPO_A), defaultPartLibrary(), {
      thermal: { preset: 'coarse' },
    }).thermal!;
    expect(t.preset).toBe('coarse');
    expect(t.maxC).toBe(engine.maxC);
    expect(t.ambientC).toBe(engine.ambientC);
    expect(t.iterations).toBe(engine.iterations);
    expect(t.energyBalanceError).toBeLessThan(1e-3);
    expect(t.grid).toMatchObject({ nx: engine.grid.nx, ny: engine.grid.ny, nz: engine.grid.nz });
    expect(t.components).toHaveLength(read(CPO_A).components.length);
    for (const c of t.components) {
      expect(Object.keys(c)).toEqual(['id', 'maxC', 'meanC', 'limitC', 'marginC']);
      expect(c.marginC).toBeCloseTo(c.limitC - c.maxC, 9);
      expect(c.meanC).toBeLessThanOrEqual(c.maxC);
    }
    expect(t.hotspots[0]).toEqual({
      x: expect.any(Number),
      y: expect.any(Number),
      z: expect.any(Number),
      c: engine.maxC,
    });
    const engines = read(CPO_A).components.filter((c) => c.partId.startsWith('oe-'));
    expect(Object.keys(t.opticalDriftNm).sort()).toEqual(engines.map((c) => c.id).sort());
    for (const nm of Object.values(t.opticalDriftNm)) expect(nm).toBeGreaterThan(0);
    expect(t.couplings.length).toBeGreaterThan(0);
  });

  it('puts thermal beside the electrical figures by default; --only electrical leaves it out', async () => {
    const full = JSON.parse(
      (await runCliCaptured(['analyze', CPO_A, '--json', '--preset', 'coarse'])).stdout,
    );
    expect(full.links).toHaveLength(64);
    expect(full.thermal.preset).toBe('coarse');
    const electrical = JSON.parse(
      (await runCliCaptured(['analyze', CPO_A, '--json', '--only', 'electrical'])).stdout,
    );
    expect(electrical.links).toHaveLength(64);
    expect(electrical.thermal).toBeUndefined();
  });

  it('uses the normal mesh unless told otherwise, and finer presets give more cells', async () => {
    const normal = JSON.parse(
      (await runCliCaptured(['analyze', CPO_C, '--only', 'thermal', '--json'])).stdout,
    );
    const coarse = JSON.parse(
      (
        await runCliCaptured([
          'analyze',
          CPO_C,
          '--only',
          'thermal',
          '--json',
          '--preset',
          'coarse',
        ])
      ).stdout,
    );
    expect(normal.thermal.preset).toBe('normal');
    expect(normal.thermal.grid.cells).toBeGreaterThan(coarse.thermal.grid.cells);
  });

  it('--strict exits 1 when a part is over its limit (CPO-C engines on the die) and 0 otherwise', async () => {
    const over = await runCliCaptured([
      'analyze',
      CPO_C,
      '--only',
      'thermal',
      '--strict',
      '--preset',
      'coarse',
    ]);
    expect(over.code).toBe(1);
    expect(over.stdout).toMatch(
      /^oe-\S+\s+optical-engine\s+\d+\.\d\s+\d+\.\d\s+85\s+-\d+\.\d OVER/m,
    );
    expect(over.stdout).toContain('thermal: coarse mesh');
    const lenient = await runCliCaptured([
      'analyze',
      CPO_C,
      '--only',
      'thermal',
      '--preset',
      'coarse',
    ]);
    expect(lenient.code).toBe(0);
    const fine = await runCliCaptured([
      'analyze',
      CPO_A,
      '--only',
      'thermal',
      '--strict',
      '--preset',
      'coarse',
    ]);
    expect(fine.code).toBe(0);
    expect(fine.stdout).not.toContain('OVER');
  });

  it('exits 1 with the reason when the heat has nowhere to go', async () => {
    const doc = read(CPO_A);
    doc.cooling = {
      ...doc.cooling,
      exposed: { topHtcWm2K: 0, bottomHtcWm2K: 0, sidesHtcWm2K: 0 },
      boundaries: [],
    };
    const run = await runCliCaptured(['analyze', 'sealed.json', '--only', 'thermal'], {
      'sealed.json': JSON.stringify(doc),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/sealed\.json: .*no path to a heatsink/);
    expect(run.stdout).toBe('');
  });

  it('exits 2 for a bad --only or --preset', async () => {
    for (const args of [['--only', 'magnetic'], ['--preset', 'huge'], ['--preset'], ['--only']]) {
      const run = await runCliCaptured(['analyze', CPO_A, ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(args[0]!);
      expect(run.stdout).toBe('');
    }
  });
});
