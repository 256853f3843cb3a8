/**
 * `lightpath analyze --mesh`: an explicit uniform in-plane grid (cells across, or a cell size
 * in mm; z lines from the preset), reported with the result (issue 14 item 3); bad values are
 * refused with exit 2 and what to give.
 */
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './cliHarness';

const NPO = 'assets/examples/switch-npo-224g.lightpath.json';
const thermalOf = async (extra: string[]) => {
  const run = await runCliCaptured(['analyze', NPO, '--only', 'thermal', '--json', ...extra]);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout).thermal as {
    preset: string;
    grid: { nx: number; ny: number; nz: number; preset: string };
    maxC: number;
  };
};

describe('lightpath analyze --mesh', () => {
  it('--mesh 40 solves on 40 × 40 uniform in-plane cells and says so', async () => {
    const t = await thermalOf(['--preset', 'coarse', '--mesh', '40']);
    expect([t.grid.nx, t.grid.ny]).toEqual([40, 40]);
    expect(t.grid.preset).toBe('40×40 uniform in-plane, coarse z');
    expect(t.maxC).toBeGreaterThan(35);
  });

  it('--mesh 10mm divides the longer side into cells of about 10 mm', async () => {
    const coarse = await thermalOf(['--preset', 'coarse', '--mesh', '20mm']);
    const fine = await thermalOf(['--preset', 'coarse', '--mesh', '10mm']);
    expect(fine.grid.nx).toBeGreaterThan(coarse.grid.nx);
    expect(fine.grid.nx / coarse.grid.nx).toBeCloseTo(2, 0);
    expect(fine.grid.preset).toMatch(/^\d+×\d+ uniform in-plane, coarse z$/);
  });

  it('refuses a mesh that is not a count or a size, with exit 2', async () => {
    for (const bad of ['abc', '1', '-3mm', '0mm']) {
      const run = await runCliCaptured(['analyze', NPO, '--mesh', bad]);
      expect(run.code, bad).toBe(2);
      expect(run.stderr).toContain('--mesh needs a cell count across (2 to 4096) or a cell size');
    }
  });
});
