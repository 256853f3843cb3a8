/** Laser wall-plug efficiency against temperature (characteristic-temperature model). */
import { describe, expect, test } from 'vitest';
import { laserOperatingPoint } from '../../../../renderer/src/engine/power/laserEfficiency';
import { LASER_THERMAL } from '../../../../renderer/src/model/data/laser';

describe('laserOperatingPoint', () => {
  test('at the 25 °C reference: drive, output and efficiency as specified', () => {
    const p = laserOperatingPoint(25);
    expect(p.driveShare).toBeCloseTo(1, 12);
    expect(p.outputShare).toBe(1);
    expect(p.efficiencyShare).toBeCloseTo(1, 12);
  });

  test('known answer: threshold doubled at 25 + T0·ln 2 → drive 1.2, WPE ÷ 1.2', () => {
    const p = laserOperatingPoint(25 + LASER_THERMAL.t0K * Math.LN2);
    expect(p.driveShare).toBeCloseTo(1.2, 12);
    expect(p.efficiencyShare).toBeCloseTo(1 / 1.2, 12);
    expect(p.isAtCeiling).toBe(false);
  });

  test('beyond the drive ceiling the output falls: 120 °C → (1.5 − 0.2·e^(95/60)) / 0.8', () => {
    const p = laserOperatingPoint(120);
    expect(p.isAtCeiling).toBe(true);
    expect(p.driveShare).toBe(1.5);
    expect(p.outputShare).toBeCloseTo((1.5 - 0.2 * Math.exp(95 / 60)) / 0.8, 12);
  });

  test('wall-plug efficiency falls as the laser warms', () => {
    const eff = [0, 25, 45, 70, 95, 110, 130].map((t) => laserOperatingPoint(t).efficiencyShare);
    for (let i = 1; i < eff.length; i++) expect(eff[i]!).toBeLessThan(eff[i - 1]!);
  });
});
