/**
 * `lightpath compare`: JSON shape, the table's best marks, figures equal to analyze's, and
 * exit codes; `analyze --json` gains serviceability and findings.
 */
import { describe, expect, test } from 'vitest';
import { runCliCaptured } from './cliHarness';

const NPO = 'assets/examples/switch-npo.lightpath.json';
const CPO_A = 'assets/examples/switch-cpo-a.lightpath.json';
const DSP = 'assets/examples/switch-dsp-pluggable.lightpath.json';

describe('lightpath compare', () => {
  test('--json: variants with metrics, rows with best and explanation', async () => {
    const run = await runCliCaptured(['compare', DSP, NPO, CPO_A, '--json', '--thermal', 'off']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.variants.map((v: { file: string }) => v.file)).toEqual([DSP, NPO, CPO_A]);
    expect(out.variants[0]).toMatchObject({ architecture: 'dsp-pluggable' });
    const energy = out.rows.find((r: { key: string }) => r.key === 'pjPerBit');
    expect(energy).toMatchObject({ direction: 'lower', unit: 'pJ/bit' });
    expect(energy.values).toHaveLength(3);
    expect(energy.best).not.toContain(out.variants[0].name);
    expect(typeof energy.explanation).toBe('string');
    const analyze = JSON.parse(
      (await runCliCaptured(['analyze', NPO, '--json', '--only', 'electrical'])).stdout,
    );
    // Energy per bit of the pipeline's power stage (loss- and temperature-dependent).
    expect(energy.values[1]).toBeCloseTo(analyze.power.pjPerBit, 4);
    const score = out.rows.find((r: { key: string }) => r.key === 'serviceScore');
    expect(score.values[1]).toBe(analyze.serviceability.score);
  }, 60_000);

  test('table marks the best value of each row', async () => {
    const run = await runCliCaptured(['compare', DSP, NPO, '--thermal', 'off']);
    expect(run.code).toBe(0);
    const energyLine = run.stdout.split('\n').find((l) => l.startsWith('energy per bit'))!;
    // Power at reference temperatures (no thermal solve), host SerDes energy following each
    // link's loss (docs/MODELS.md "Power that follows the design").
    expect(energyLine).toMatch(/20\.87 {3}\s+8\.25 \*/);
    expect(run.stdout).toContain('* best value of the row');
  }, 60_000);

  test('exit 2 for one file, seven files, a bad option or a missing file', async () => {
    expect((await runCliCaptured(['compare', NPO])).code).toBe(2);
    expect((await runCliCaptured(['compare', ...Array(7).fill(NPO)])).code).toBe(2);
    expect((await runCliCaptured(['compare', NPO, DSP, '--thermal', 'warm'])).code).toBe(2);
    const missing = await runCliCaptured(['compare', NPO, 'nope.lightpath.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.lightpath.json');
  });
});

describe('lightpath analyze --json: serviceability and findings', () => {
  test('score, breakdown summing to 100 − score, fruClass per component, findings shape', async () => {
    // NPO: its engines sit past the NPO reach from the switch, so it has findings to shape-check.
    const run = await runCliCaptured(['analyze', NPO, '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    const s = out.serviceability;
    const deducted = s.breakdown.reduce((sum: number, d: { points: number }) => sum + d.points, 0);
    expect(s.score).toBe(100 - deducted);
    expect(s.components.length).toBeGreaterThan(0);
    for (const c of s.components)
      expect(['hot-pluggable', 'socketed', 'soldered', 'co-packaged']).toContain(c.fruClass);
    expect(Array.isArray(out.findings)).toBe(true);
    expect(out.findings.length).toBeGreaterThan(0);
    for (const f of out.findings) {
      expect(Object.keys(f).sort()).toEqual([
        'components',
        'location',
        'message',
        'rule',
        'severity',
      ]);
      expect(typeof f.location.x).toBe('number');
    }
  }, 60_000);
});
