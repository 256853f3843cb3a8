/** Fiber loss: attenuation per km and macrobends by type and radius (ITU-T G.652 / G.657). */
import { describe, expect, test } from 'vitest';
import { bendLossDb, dbPerTurn } from '../../../../renderer/src/engine/optical/bendLoss';
import { attenuationDb } from '../../../../renderer/src/engine/optical/fiberPathLoss';
import { omaOffsetDb } from '../../../../renderer/src/engine/optical/linkBudget';

describe('fiber loss', () => {
  test('1 km of G.652.D at its 0.4 dB/km limit; 300 mm is 0.12 mdB', () => {
    expect(attenuationDb(1e6)).toBeCloseTo(0.4, 12);
    expect(attenuationDb(300)).toBeCloseTo(1.2e-4, 12);
  });

  test('a quarter turn at 7.5 mm on G.657.A2 is a quarter of 0.5 dB', () => {
    const r = bendLossDb('G.657.A2', [{ turnRad: Math.PI / 2, bentRadiusMm: 7.5 }]);
    expect(r.lossDb).toBeCloseTo(0.125, 12);
    expect(r.belowTableCount).toBe(0);
  });

  test('per-turn limits step down with radius and differ by type', () => {
    expect(dbPerTurn('G.657.A1', 10).dbPerTurn).toBe(0.75);
    expect(dbPerTurn('G.657.A2', 10).dbPerTurn).toBe(0.1);
    expect(dbPerTurn('G.657.A2', 12).dbPerTurn).toBe(0.1);
    expect(dbPerTurn('G.657.A2', 15).dbPerTurn).toBeCloseTo(0.003, 12);
    expect(dbPerTurn('G.657.B3', 5).dbPerTurn).toBe(0.15);
  });

  test('a corner tighter than the table is flagged and charged the tightest figure', () => {
    const r = bendLossDb('G.652.D', [{ turnRad: Math.PI, bentRadiusMm: 7.5 }]);
    expect(r.belowTableCount).toBe(1);
    expect(r.lossDb).toBeCloseTo(0.0005, 12);
  });

  test('OMA from average power at ER 3.5 dB: 10·log10(2(ER−1)/(ER+1)) ≈ −1.164 dB', () => {
    const er = 10 ** 0.35;
    expect(omaOffsetDb(3.5)).toBeCloseTo(10 * Math.log10((2 * (er - 1)) / (er + 1)), 12);
    expect(omaOffsetDb(3.5)).toBeCloseTo(-1.164, 3);
  });
});
