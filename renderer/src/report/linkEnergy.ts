/**
 * The link power and energy per bit a report states: the coupled figure (as dissipated, with
 * ring heaters and lasers at their solved temperatures) when the pipeline ran the power ⇄
 * thermal stage, else the electrical stage's (the same functions at the reference
 * temperatures). One figure per design, so the cover, the summary and the comparison agree.
 */
import type { ReportAnalyses } from './reportTypes';

/** Link power, W, energy per payload bit, pJ/bit, and which temperatures they hold at. */
export interface LinkEnergy {
  readonly totalW: number;
  readonly pjPerBit: number;
  readonly basis: 'as dissipated' | 'reference temperatures';
  /** totalW − the DSP-pluggable baseline's power, W, and in % of the baseline. */
  readonly deltaVsBaselineW: number;
  readonly deltaVsBaselinePercent: number;
}

/** The report's link power and energy per bit of one design's analyses. */
export function linkEnergy(analyses: ReportAnalyses): LinkEnergy {
  const coupled = analyses.coupled;
  const s = analyses.electrical.summary;
  const asDissipated = coupled !== undefined && coupled.thermal !== null;
  const totalW = asDissipated ? coupled.power.totalW : s.totalPowerW;
  const deltaW = totalW - s.baselinePowerW;
  return {
    totalW,
    pjPerBit: asDissipated ? coupled.power.pjPerBit : s.pjPerBit,
    basis: asDissipated ? 'as dissipated' : 'reference temperatures',
    deltaVsBaselineW: deltaW,
    deltaVsBaselinePercent: s.baselinePowerW > 0 ? (deltaW / s.baselinePowerW) * 100 : 0,
  };
}
