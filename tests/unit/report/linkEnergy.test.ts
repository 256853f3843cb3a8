/**
 * One link power and energy per bit per report (report/linkEnergy.ts): the coupled figure as
 * dissipated when the thermal stage ran, the electrical stage's otherwise.
 */
import { describe, expect, it } from 'vitest';
import { analyzeForReport } from '../../../renderer/src/report/analyzeForReport';
import { linkEnergy } from '../../../renderer/src/report/linkEnergy';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import { loadExample } from './reportHarness';

const library = defaultPartLibrary();
const doc = loadExample('assets/examples/switch-npo.lightpath.json');

describe('linkEnergy', () => {
  const hot = analyzeForReport(doc, library, { thermalPreset: 'coarse', couplings: false });
  const cold = analyzeForReport(doc, library, { thermalPreset: 'none' });

  it('states the coupled figures as dissipated when the thermal stage ran', () => {
    const e = linkEnergy(hot);
    expect(e.basis).toBe('as dissipated');
    expect(e.totalW).toBe(hot.coupled!.power.totalW);
    expect(e.pjPerBit).toBe(hot.coupled!.power.pjPerBit);
    const baseline = hot.electrical.summary.baselinePowerW;
    expect(e.deltaVsBaselineW).toBeCloseTo(e.totalW - baseline, 9);
  });

  it('falls back to the electrical stage at the reference temperatures', () => {
    const e = linkEnergy(cold);
    expect(e.basis).toBe('reference temperatures');
    expect(e.totalW).toBe(cold.electrical.summary.totalPowerW);
    expect(e.pjPerBit).toBe(cold.electrical.summary.pjPerBit);
    // Without a solve the coupled stage's power is the electrical stage's: one model of power.
    expect(cold.coupled!.power.totalW).toBeCloseTo(e.totalW, 9);
    expect(cold.coupled!.power.pjPerBit).toBeCloseTo(e.pjPerBit, 9);
  });

  it('the two differ by what temperature adds: ring heaters and laser drive', () => {
    const rise = linkEnergy(hot).totalW - linkEnergy(cold).totalW;
    expect(hot.coupled!.power.heaterW).toBeGreaterThan(0);
    expect(rise).toBeGreaterThan(hot.coupled!.power.heaterW * 0.5);
  });
});
