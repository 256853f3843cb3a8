/**
 * The figures compare and sweep report for one evaluated design, each taken from the engine
 * result it names (no new physics here): electrical summary (docs/MODELS.md "Electrical"),
 * thermal optical checks ("Thermal"), serviceability score ("Serviceability"), rule findings
 * ("Design rules") and the shoreline density of shorelineDensity.ts.
 */
import { designParts } from '../../model/designParts';
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import type { Evaluation } from './evaluateDesign';
import { shorelineDensity } from './shorelineDensity';

/** One design's comparison figures; null where the figure does not exist. */
export interface DesignMetrics {
  /** Total link power ÷ payload rate, pJ/bit. */
  readonly pjPerBit: number;
  /** Σ link power, W. */
  readonly totalPowerW: number;
  /** Smallest channel margin over the routed links, dB. */
  readonly worstMarginDb: number | null;
  /** Longest routed electrical path, mm. */
  readonly maxElectricalLengthMm: number | null;
  /** Largest link latency, ns. */
  readonly maxLatencyNs: number | null;
  /** The optical engine with the highest maximum temperature (null without thermal or OEs). */
  readonly hottestOeId: string | null;
  readonly hottestOeC: number | null;
  /** Its limit minus its maximum, K. */
  readonly hottestOeMarginC: number | null;
  /** Largest |microring drift| over the optical engines with rings, nm. */
  readonly maxRingDriftNm: number | null;
  /** Serviceability score, 0–100. */
  readonly serviceScore: number;
  /** Gb/s per mm of xPU edge in use (shorelineDensity.ts). */
  readonly shorelineGbpsPerMm: number | null;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
  /** Links failing their channel budget or without a route. */
  readonly failingLinkCount: number;
}

/** Takes the comparison figures out of an evaluation of `doc`. */
export function designMetrics(
  doc: Design,
  partLibrary: PartLibrary,
  evaluation: Evaluation,
): DesignMetrics {
  const library = designParts(doc, partLibrary);
  const s = evaluation.electrical.summary;
  const engines = (evaluation.thermal?.optical ?? []).filter(
    (o) => o.category === 'optical-engine',
  );
  let hottest = engines[0];
  for (const o of engines) if (hottest && o.maxC > hottest.maxC) hottest = o;
  const drifts = engines.flatMap((o) =>
    o.ringDriftNm === undefined ? [] : [Math.abs(o.ringDriftNm)],
  );
  const count = (severity: string) =>
    evaluation.findings.filter((f) => f.severity === severity).length;
  return {
    pjPerBit: evaluation.power.pjPerBit,
    totalPowerW: evaluation.power.totalW,
    worstMarginDb: s.worstMarginDb,
    maxElectricalLengthMm: s.maxElectricalLengthMm,
    maxLatencyNs: s.maxLatencyNs,
    hottestOeId: hottest?.id ?? null,
    hottestOeC: hottest?.maxC ?? null,
    hottestOeMarginC: hottest?.marginC ?? null,
    maxRingDriftNm: drifts.length > 0 ? Math.max(...drifts) : null,
    serviceScore: evaluation.service.score,
    shorelineGbpsPerMm: shorelineDensity(doc, library).gbpsPerMm,
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
    failingLinkCount: evaluation.electrical.links.filter((l) => !l.routed || !l.passes).length,
  };
}
