/** Host SerDes energy as a function of channel loss (docs/MODELS.md "Power that follows the design"). */
import { describe, expect, test } from 'vitest';
import {
  serdesEnergyLine,
  serdesPjPerBitAtLoss,
} from '../../../../renderer/src/engine/power/serdesEnergy';
import { REACH_BUDGET_DB } from '../../../../renderer/src/model/data/channelBudget';
import {
  HOST_SERDES_PJ_PER_BIT,
  SERDES_FIXED_SHARE,
} from '../../../../renderer/src/model/data/power';

describe('serdesPjPerBitAtLoss', () => {
  test('a link using its whole budget costs the tabulated class figure', () => {
    for (const rate of [106.25, 212.5] as const) {
      const rc = rate === 106.25 ? '112G' : '224G';
      for (const c of ['XSR', 'XSR+', 'VSR', 'MR', 'LR'] as const) {
        const at = serdesPjPerBitAtLoss(rate, c, REACH_BUDGET_DB[rc][c].budgetDb);
        expect(at).toBeCloseTo(HOST_SERDES_PJ_PER_BIT[rc][c].pjPerBit, 12);
      }
    }
  });

  test('known answers at 112G XSR: 0.737 pJ/bit at 0 dB, 1.0 at 10 dB, slope 0.0263 pJ/bit/dB', () => {
    expect(SERDES_FIXED_SHARE.value).toBeCloseTo(0.7368, 4);
    expect(serdesPjPerBitAtLoss(106.25, 'XSR', 0)).toBeCloseTo(0.7368, 4);
    expect(serdesPjPerBitAtLoss(106.25, 'XSR', 5)).toBeCloseTo(0.7368 + 5 * 0.02632, 4);
    const line = serdesEnergyLine(106.25, 'XSR')!;
    expect(line.bPjPerBitPerDb).toBeCloseTo((1 - 1.4 / 1.9) / 10, 12);
  });

  test('a shorter, lower-loss path costs less', () => {
    const losses = [0.5, 2, 4, 7, 9.5];
    const pj = losses.map((l) => serdesPjPerBitAtLoss(106.25, 'XSR', l));
    for (let i = 1; i < pj.length; i++) expect(pj[i]!).toBeGreaterThan(pj[i - 1]!);
  });

  test('no loss (unrouted) keeps the table; no rate class costs nothing', () => {
    expect(serdesPjPerBitAtLoss(106.25, 'VSR', null)).toBe(2.5);
    expect(serdesPjPerBitAtLoss(400, 'VSR', 3)).toBe(0);
  });
});
