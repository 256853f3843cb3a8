/** Ring heater power from the computed drift (docs/MODELS.md "Power that follows the design"). */
import { describe, expect, test } from 'vitest';
import {
  partRingHeaterW,
  ringCount,
  ringHeaterW,
} from '../../../../renderer/src/engine/power/ringTuning';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import { RING_HEATER_MW_PER_NM } from '../../../../renderer/src/model/data/ringTuning';

const oe = defaultPartLibrary().get('oe-800g')!;

describe('ring tuning power', () => {
  test('known answer: 8 rings × 2 nm × 0.25 mW/nm = 4 mW', () => {
    expect(RING_HEATER_MW_PER_NM.value).toBe(0.25);
    expect(ringHeaterW(8, 2)).toBeCloseTo(0.004, 12);
    expect(ringHeaterW(8, -2)).toBeCloseTo(0.004, 12);
  });

  test('rings per engine come from the part: oe-800g has 8 optical lanes', () => {
    expect(ringCount(oe)).toBe(8);
    expect(ringCount(defaultPartLibrary().get('switch-51t2')!)).toBe(0);
  });

  test('oe-800g at 75 °C: 8 × 0.08 nm/K × 50 K × 0.25 mW/nm = 8 mW; none at the 25 °C trim', () => {
    expect(partRingHeaterW(oe, 25)).toBe(0);
    expect(partRingHeaterW(oe, 75)).toBeCloseTo(0.008, 12);
  });

  test('a hotter ring costs more heater power', () => {
    const temps = [30, 45, 60, 80, 100];
    const w = temps.map((t) => partRingHeaterW(oe, t));
    for (let i = 1; i < w.length; i++) expect(w[i]!).toBeGreaterThan(w[i - 1]!);
  });
});
