import { describe, expect, it } from 'vitest';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import { solveThermal } from '../../../../renderer/src/engine/thermal/analyzeThermal';
import { thermalSummary } from '../../../../renderer/src/engine/thermal/thermalSummary';
import { CENTRE, switchDesign } from './switchDesign';

const library = defaultPartLibrary();

describe('thermal analysis of a 51.2T switch with 16 co-packaged optical engines', () => {
  const design = switchDesign();
  const result = solveThermal(design, library, { preset: 'coarse' });

  it('balances energy and converges', () => {
    expect(result.energyBalance.relativeError).toBeLessThan(1e-3);
    expect(result.energyBalance.sourcesW).toBeCloseTo(500 + 16 * 7, 6);
    expect(result.relativeResidual).toBeLessThanOrEqual(1e-8);
  });

  it('reports every component with its limit, the engines with drift, and couplings', () => {
    expect(result.components).toHaveLength(17);
    const asic = result.components.find((c) => c.id === 'asic')!;
    expect(asic.maxC).toBeGreaterThan(asic.meanC);
    expect(result.hotspots[0]!.c).toBe(result.maxC);
    expect(result.optical).toHaveLength(16);
    for (const oe of result.optical) {
      expect(oe.limitC).toBe(85);
      expect(oe.ringDriftNm).toBeGreaterThan(0);
    }
    expect(result.couplings).toHaveLength(16);
    for (const k of result.couplings) expect(k.kPerW).toBeGreaterThan(0);
  });

  it('is symmetric: engines mirrored about the switch centre see the same temperature', () => {
    const t = new Map(result.components.map((c) => [c.id, c.maxC]));
    // oe0..3 north, oe4..7 east, oe8..11 south, oe12..15 west; the layout has 4-fold symmetry.
    for (let n = 0; n < 4; n++) {
      const north = t.get(`oe${n}`)!;
      for (const side of [1, 2, 3]) expect(t.get(`oe${side * 4 + n}`)!).toBeCloseTo(north, 3);
    }
  });

  it('gives heat-map slices: the top surface and every carrier layer, within ambient…max', () => {
    const labels = result.slices.map((s) => s.label);
    expect(labels[0]).toBe('top surface');
    for (const c of design.carriers)
      for (const l of c.layers) expect(labels).toContain(`${c.name} / ${l.name}`);
    expect(labels).toContain('U1 / switch die');
    for (const slice of result.slices) {
      expect(slice.tempC).toHaveLength(slice.nx * slice.ny);
      expect(slice.xMm).toHaveLength(slice.nx + 1);
      for (const t of slice.tempC) {
        if (Number.isNaN(t)) continue;
        expect(t).toBeGreaterThanOrEqual(result.ambientC - 1e-3);
        expect(t).toBeLessThanOrEqual(result.maxC + 1e-3);
      }
    }
    // The board spans the whole domain, so its slices and the top surface have no holes.
    const board = result.slices.filter(
      (s) => s.label === 'top surface' || s.label.startsWith('PCB /'),
    );
    for (const slice of board) expect(slice.tempC.some((t) => Number.isNaN(t))).toBe(false);
  });

  it('is symmetric: the whole field is mirror-symmetric about x = centre and about y = x', () => {
    const { nx, ny, nz, xMm, yMm, tempC } = result.field;
    expect(nx).toBe(ny);
    for (let i = 0; i <= nx; i++) {
      expect(xMm[i]! + xMm[nx - i]!).toBeCloseTo(2 * CENTRE, 3);
      expect(yMm[i]!).toBeCloseTo(xMm[i]!, 4);
    }
    let compared = 0;
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++)
        for (let k = 0; k < nz; k++) {
          const t = tempC[(j * nx + i) * nz + k]!;
          if (Number.isNaN(t)) continue;
          expect(tempC[(j * nx + (nx - 1 - i)) * nz + k]!).toBeCloseTo(t, 3);
          expect(tempC[(i * nx + j) * nz + k]!).toBeCloseTo(t, 3);
          compared++;
        }
    expect(compared).toBe(result.grid.solidCells);
  });
});

describe('optical engine distance from the switch', () => {
  // In this layout the engines are not under the cold plate: their own 7 W dominates their
  // temperature and the cold-plated switch lid runs cooler than they do, so an engine's
  // total temperature is not monotonic in distance (near the substrate edge it loses
  // spreading area). What falls with distance is the switch's share, the coupling.
  const gaps = [1, 5, 10, 20];
  const runs = gaps.map((gapMm) =>
    solveThermal(switchDesign({ gapMm }), library, { preset: 'coarse' }),
  );

  it('the switch-to-engine coupling falls monotonically as the engines move away', () => {
    const coupling = runs.map((r) => r.couplings.find((k) => k.opticalId === 'oe1')!.kPerW);
    for (let i = 1; i < runs.length; i++) expect(coupling[i]!).toBeLessThan(coupling[i - 1]!);
  });

  it('superposition: with unpowered engines their rise equals coupling × switch power', () => {
    const design = switchDesign({ gapMm: 5 });
    for (const c of design.components) if (c.id !== 'asic') c.overrides = { powerW: 0 };
    const alone = solveThermal(design, library, { preset: 'coarse' });
    const withEngines = runs[1]!;
    for (const k of withEngines.couplings) {
      const oe = alone.components.find((c) => c.id === k.opticalId)!;
      expect(oe.meanC - alone.ambientC).toBeCloseTo(k.kPerW * 500, 5);
    }
  });
});

describe('thermal summary', () => {
  it('carries the CLI fields as plain JSON', () => {
    const result = solveThermal(switchDesign(), library, { preset: 'coarse' });
    const summary = JSON.parse(JSON.stringify(thermalSummary(result)));
    expect(summary.maxC).toBe(result.maxC);
    expect(summary.components).toHaveLength(17);
    expect(Object.keys(summary.opticalDriftNm)).toHaveLength(16);
    expect(summary.hotspots[0]).toEqual({
      x: result.hotspots[0]!.x,
      y: result.hotspots[0]!.y,
      z: result.hotspots[0]!.z,
      c: result.maxC,
    });
    expect(summary.grid.cells).toBe(result.grid.cells);
    expect(summary.energyBalanceError).toBeLessThan(1e-3);
  });
});

describe('uniform in-plane grid option (scaling studies)', () => {
  it('uses exactly the requested cells in x and y and still balances energy', () => {
    const result = solveThermal(switchDesign(), library, {
      preset: 'coarse',
      inPlaneCells: 40,
      couplings: false,
    });
    expect(result.grid.nx).toBe(40);
    expect(result.grid.ny).toBe(40);
    expect(result.warnings).toEqual([]);
    expect(result.energyBalance.relativeError).toBeLessThan(1e-3);
    expect(result.couplings).toEqual([]);
  });
});
