/**
 * Sweeps: the values, each parameter's edit, rows equal to evaluating each variant alone,
 * and the CSV's fixed columns.
 */
import { describe, expect, test } from 'vitest';
import { designMetrics } from '../../../../renderer/src/engine/compare/designMetrics';
import { evaluateDesign } from '../../../../renderer/src/engine/compare/evaluateDesign';
import { runSweep, sweep, sweepValues } from '../../../../renderer/src/engine/sweep/sweep';
import { SWEEP_CSV_COLUMNS, sweepCsv } from '../../../../renderer/src/engine/sweep/sweepCsv';
import { SWEEP_PARAMS, SweepParamError } from '../../../../renderer/src/engine/sweep/sweepParams';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import { loadExample } from '../compare/examples';

const library = defaultPartLibrary();

describe('sweepValues', () => {
  test('evenly spaced, both ends exact', () => {
    expect(sweepValues(0, 10, 5)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(sweepValues(106.25, 212.5, 2)).toEqual([106.25, 212.5]);
    expect(sweepValues(3, 9, 1)).toEqual([3]);
  });
  test('refuses bad step counts', () => {
    expect(() => sweepValues(0, 1, 0)).toThrow(SweepParamError);
    expect(() => sweepValues(0, 1, 2.5)).toThrow(SweepParamError);
    expect(() => sweepValues(0, 1, 1001)).toThrow(SweepParamError);
  });
});

describe('parameter edits', () => {
  const cpo = loadExample('switch-cpo-a');

  test('oe-distance-mm moves each engine radially by the value', () => {
    const moved = SWEEP_PARAMS['oe-distance-mm'].apply(cpo, library, 5);
    const sw = cpo.components.find((c) => library.get(c.partId)?.category === 'xpu')!;
    let movedCount = 0;
    cpo.components.forEach((c, i) => {
      const after = moved.components[i]!;
      if (library.get(c.partId)?.category !== 'optical-engine') return;
      const before = Math.hypot(c.positionMm.x - sw.positionMm.x, c.positionMm.y - sw.positionMm.y);
      const now = Math.hypot(
        after.positionMm.x - sw.positionMm.x,
        after.positionMm.y - sw.positionMm.y,
      );
      expect(now - before).toBeCloseTo(5, 9);
      movedCount++;
    });
    expect(movedCount).toBeGreaterThan(0);
  });

  test('oe-distance-mm leaves stacked engines (CPO Type C) in place', () => {
    const c = loadExample('switch-cpo-c');
    const moved = SWEEP_PARAMS['oe-distance-mm'].apply(c, library, 5);
    c.components.forEach((comp, i) => {
      if (comp.mount.onComponentId !== undefined)
        expect(moved.components[i]!.positionMm).toEqual(comp.positionMm);
    });
  });

  test('lane-rate, port-speed, cooling and ambient set what they name', () => {
    const rate = SWEEP_PARAMS['lane-rate'].apply(cpo, library, 212.5);
    expect(rate.links.every((l) => l.laneRateGbps === 212.5)).toBe(true);
    const port = SWEEP_PARAMS['port-speed'].apply(cpo, library, 3200);
    expect(port.links.every((l) => l.lanes === 32)).toBe(true);
    const htc = SWEEP_PARAMS['cooling-htc'].apply(cpo, library, 80);
    expect(htc.cooling.exposed).toEqual({ topHtcWm2K: 80, bottomHtcWm2K: 80, sidesHtcWm2K: 80 });
    const amb = SWEEP_PARAMS['ambient-c'].apply(cpo, library, 45);
    expect(amb.cooling.ambientC).toBe(45);
    for (const h of amb.cooling.boundaries)
      if (h.kind === 'air-heatsink') expect(h.coolantC).toBe(45);
    const lpo = loadExample('switch-lpo');
    const plate = SWEEP_PARAMS['cold-plate-resistance'].apply(lpo, library, 0.08);
    expect(plate.cooling.boundaries.filter((h) => h.kind === 'cold-plate')[0]!.rating).toEqual({
      kind: 'resistance',
      kPerW: 0.08,
    });
    expect(cpo.links[0]!.laneRateGbps).toBe(106.25);
  });

  test('a parameter the design cannot take is refused', () => {
    const noPlate = { ...cpo, cooling: { ...cpo.cooling, boundaries: [] } };
    expect(() => SWEEP_PARAMS['cold-plate-resistance'].apply(noPlate, library, 0.1)).toThrow(
      SweepParamError,
    );
    expect(() => SWEEP_PARAMS['lane-rate'].apply(cpo, library, -1)).toThrow(SweepParamError);
  });
});

describe('runSweep', () => {
  const cpo = loadExample('switch-cpo-a');
  const spec = { param: 'oe-distance-mm', from: 0, to: 30, steps: 3 } as const;
  const rows = runSweep(cpo, library, spec);

  test('each row equals evaluating that variant alone', () => {
    const steps = sweep(cpo, library, spec);
    expect(rows.map((r) => r.value)).toEqual([0, 15, 30]);
    steps.forEach((step, i) => {
      const alone = designMetrics(step.doc, library, evaluateDesign(step.doc, library));
      expect(rows[i]!.metrics).toEqual(alone);
    });
  }, 60_000);

  test('moving engines away lengthens the electrical path and lowers the margin', () => {
    const length = rows.map((r) => r.metrics.maxElectricalLengthMm!);
    const margin = rows.map((r) => r.metrics.worstMarginDb!);
    expect(length[2]!).toBeGreaterThan(length[0]!);
    expect(margin[2]!).toBeLessThan(margin[0]!);
  });

  test('CSV has the fixed columns and one line per step', () => {
    const csv = sweepCsv(spec.param, rows);
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(SWEEP_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(4);
    const cells = lines[2]!.split(',');
    expect(cells.slice(0, 3)).toEqual(['1', 'oe-distance-mm', '15']);
    expect(Number(cells[SWEEP_CSV_COLUMNS.indexOf('pjPerBit')])).toBe(rows[1]!.metrics.pjPerBit);
  });
});
