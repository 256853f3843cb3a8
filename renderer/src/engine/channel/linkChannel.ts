/**
 * Channel insertion loss of a link against its budget.
 *
 * IL(f_N) = Σ_segments lengthMm × loss/mm(medium, f_N) + Σ_crossings loss(crossing, f_N),
 * at the lane's Nyquist frequency f_N = symbol rate / 2 (PAM4: rate / 4; NRZ: rate / 2).
 * Per-mm and per-crossing losses are given at the 112G (26.5625 GHz) and 224G (53.125 GHz)
 * Nyquist points (model/data/channelLoss) and evaluated at f_N through the fit
 * L(f) = a·√f + b·f that passes through both points (`lossAtGhz`), so a link exactly at a
 * class's Nyquist gets the table value. The budget is that of the link's SerDes reach class
 * at its rate class (model/data/channelBudget), or the LPO host budget when the far end is a
 * linear module (no DSP). A linear module does not retime, so the host channel runs on to its
 * driver/TIA: the module's internal trace (model/data/linearModulePath) is added to the loss.
 * Margin = budget − loss; the link passes when margin ≥ 0.
 */
import {
  CROSSING_LOSS_DB,
  MEDIUM_LOSS_DB_PER_MM,
  lossAtGhz,
  type LossEntry,
} from '../../model/data/channelLoss';
import { linkBudgetDb } from '../../model/data/channelBudget';
import { LINEAR_MODULE_PATH } from '../../model/data/linearModulePath';
import { nyquistGhz, rateClassOf } from '../../model/data/sourced';
import type { Link } from '../../model/schema';
import type { Crossing } from '../routing/media';
import type { RouteSegment } from '../routing/linkRouter';

/** Last frequency and value asked of each table entry: links mostly share one Nyquist. */
const lastLoss = new WeakMap<LossEntry, { fGhz: number; lossDb: number }>();

function lossAt(entry: LossEntry, fGhz: number): number {
  const last = lastLoss.get(entry);
  if (last && last.fGhz === fGhz) return last.lossDb;
  const lossDb = lossAtGhz(entry, fGhz);
  lastLoss.set(entry, { fGhz, lossDb });
  return lossDb;
}

/** Loss, budget and margin of one link. */
export interface ChannelFigures {
  readonly nyquistGhz: number;
  /** Loss of each segment, dB, in segment order. */
  readonly segmentLossDb: number[];
  /** Sum of the discrete crossings' losses, dB. */
  readonly crossingLossDb: number;
  /** Loss of a linear module's internal trace to its driver/TIA, dB (0 for other links). */
  readonly modulePathLossDb: number;
  readonly lossDb: number;
  /** Undefined when the lane rate is outside every rate class with a budget. */
  readonly budgetDb: number | undefined;
  readonly budgetKind: 'reach-class' | 'lpo-host';
  readonly marginDb: number | undefined;
  readonly passes: boolean;
}

/** Computes a link's channel loss and margin from its routed segments and crossings. */
export function linkChannel(
  link: Link,
  segments: readonly RouteSegment[],
  crossings: readonly Crossing[],
  isLinearModule: boolean,
): ChannelFigures {
  const fGhz = nyquistGhz(link.laneRateGbps, link.modulation);
  const segmentLossDb = segments.map(
    (s) => s.lengthMm * lossAt(MEDIUM_LOSS_DB_PER_MM[s.medium], fGhz),
  );
  let crossingLossDb = 0;
  for (const c of crossings) crossingLossDb += lossAt(CROSSING_LOSS_DB[c], fGhz);
  const modulePathLossDb = isLinearModule
    ? LINEAR_MODULE_PATH.lengthMm * lossAt(MEDIUM_LOSS_DB_PER_MM[LINEAR_MODULE_PATH.medium], fGhz)
    : 0;
  let lossDb = crossingLossDb + modulePathLossDb;
  for (const l of segmentLossDb) lossDb += l;
  const rateClass = rateClassOf(link.laneRateGbps);
  const budgetDb = rateClass
    ? linkBudgetDb(rateClass, link.serdesClass, isLinearModule)
    : undefined;
  const marginDb = budgetDb === undefined ? undefined : budgetDb - lossDb;
  return {
    nyquistGhz: fGhz,
    segmentLossDb,
    crossingLossDb,
    modulePathLossDb,
    lossDb,
    budgetDb,
    budgetKind: isLinearModule ? 'lpo-host' : 'reach-class',
    marginDb,
    passes: marginDb !== undefined && marginDb >= 0,
  };
}
