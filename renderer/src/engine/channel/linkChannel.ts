/**
 * Channel insertion loss of a link against its budget.
 *
 * The loss at frequency f sums the trace segments' line losses (each from the layer it runs
 * in: skin-effect and roughness conductor loss plus Dk/Df dielectric loss, lineLoss/), the
 * vertical path and every discrete crossing as per-element losses, and, for a linear (LPO)
 * module, its internal trace to the driver/TIA (model/data/linearModulePath), which the host
 * SerDes must equalise since the module does not retime (pathLoss.ts). The link's loss is
 * IL(f_N) at the lane's Nyquist frequency f_N = symbol rate / 2 (PAM4: rate / 4); its curve
 * IL(f) runs over frequencyGrid. The budget is that of the link's SerDes reach class at its
 * rate class (model/data/channelBudget), or the LPO host budget when the far end is a linear
 * module. Margin = budget − loss; the link passes when margin ≥ 0.
 *
 * A link with a measured loss (an imported Touchstone file, `link.measuredLoss`) takes IL(f_N)
 * and its curve from the measurement instead (measuredCurve.ts; NaN on the curve outside the
 * measured range); the per-segment and crossing figures stay the estimate's, for reference.
 * A measurement that does not cover f_N is refused: the estimate stays and `measuredRefusal`
 * says why.
 */
import { linkBudgetDb } from '../../model/data/channelBudget';
import { LINEAR_MODULE_PATH } from '../../model/data/linearModulePath';
import { nyquistGhz, rateClassOf } from '../../model/data/sourced';
import type { Link } from '../../model/schema';
import type { Crossing } from '../routing/media';
import type { RouteSegment } from '../routing/linkRouter';
import { sharedGridGhz } from './frequencyGrid';
import { sampleMeasured } from './measuredCurve';
import { pathLossAt, pathLossCurve, type LossPath } from './pathLoss';
import type { SegmentLine, SegmentLines } from './segmentLines';

/** IL(f) of a link on its grid: `lossDb[i]` at `fGhz[i]`. */
export interface LossCurve {
  readonly fGhz: readonly number[];
  readonly lossDb: number[];
}

/** Loss, budget and margin of one link. */
export interface ChannelFigures {
  readonly nyquistGhz: number;
  /** Loss of each segment at Nyquist, dB, in segment order. */
  readonly segmentLossDb: number[];
  /** Sum of the discrete crossings' losses at Nyquist, dB. */
  readonly crossingLossDb: number;
  /** Loss of a linear module's internal trace to its driver/TIA, dB (0 for other links). */
  readonly modulePathLossDb: number;
  /** IL(f_N), dB. */
  readonly lossDb: number;
  readonly curve: LossCurve;
  /** Undefined when the lane rate is outside every rate class with a budget. */
  readonly budgetDb: number | undefined;
  readonly budgetKind: 'reach-class' | 'lpo-host';
  readonly marginDb: number | undefined;
  readonly passes: boolean;
  /** Where loss and curve come from: the stack-up estimate or the imported measurement. */
  readonly lossSource: 'estimate' | 'measured';
  /** Why the link's measurement was not used (undefined when used or absent). */
  readonly measuredRefusal: string | undefined;
}

/** The loss path of a link: its segments with their lines, crossings and module trace. */
export function linkLossPath(
  segments: readonly RouteSegment[],
  segmentLines: readonly (SegmentLine | undefined)[],
  crossings: readonly Crossing[],
  isLinearModule: boolean,
  lines: SegmentLines,
): LossPath {
  const modulePath = isLinearModule
    ? {
        lengthMm: LINEAR_MODULE_PATH.lengthMm,
        line: lines.line(
          LINEAR_MODULE_PATH.medium === 'vertical' ? 'pcb' : LINEAR_MODULE_PATH.medium,
        ).model,
      }
    : undefined;
  return {
    segments: segments.map((s, i) => ({
      medium: s.medium,
      lengthMm: s.lengthMm,
      line: segmentLines[i]?.model,
    })),
    crossings,
    modulePath,
  };
}

/** IL(f) of a loss path over `gridGhz` (default: 1 GHz to 1.5 × Nyquist), dB. */
export function linkLossCurve(
  path: LossPath,
  nyquist: number,
  gridGhz: readonly number[] = sharedGridGhz(nyquist),
): LossCurve {
  return { fGhz: gridGhz, lossDb: pathLossCurve(path, gridGhz) };
}

/** Computes a link's channel loss, curve and margin from its loss path. */
export function linkChannel(link: Link, path: LossPath, isLinearModule: boolean): ChannelFigures {
  const fGhz = nyquistGhz(link.laneRateGbps, link.modulation);
  const estimate = pathLossAt(path, fGhz);
  const grid = sharedGridGhz(fGhz);
  const sample = link.measuredLoss ? sampleMeasured(link.measuredLoss, fGhz, grid) : undefined;
  const measured = sample?.ok ? sample : undefined;
  const lossDb = measured ? measured.lossDb : estimate.lossDb;
  const rateClass = rateClassOf(link.laneRateGbps);
  const budgetDb = rateClass
    ? linkBudgetDb(rateClass, link.serdesClass, isLinearModule)
    : undefined;
  const marginDb = budgetDb === undefined ? undefined : budgetDb - lossDb;
  return {
    nyquistGhz: fGhz,
    ...estimate,
    lossDb,
    curve: measured ? { fGhz: grid, lossDb: measured.curveDb } : linkLossCurve(path, fGhz, grid),
    budgetDb,
    budgetKind: isLinearModule ? 'lpo-host' : 'reach-class',
    marginDb,
    passes: marginDb !== undefined && marginDb >= 0,
    lossSource: measured ? 'measured' : 'estimate',
    measuredRefusal: sample && !sample.ok ? sample.problem : undefined,
  };
}
