/**
 * Ring tuning power: the heater power that holds an engine's microrings on their laser
 * lines as the engine's temperature drifts them.
 *
 * Model: each ring's resonance moves by Δλ = drift (nm/K) × (T − T_trim) (model/data/thermal
 * ringDriftNm); its heater retunes |Δλ| at RING_HEATER_MW_PER_NM; the engine has
 * lanes × RINGS_PER_LANE rings. P = rings × |Δλ| × mW/nm ÷ 1000, W. A tuner that can shift
 * either way (heater biased mid-range) is assumed; locking to the neighbouring resonance,
 * which would cap the shift at one free spectral range, is not modelled (no FSR in the data).
 */
import { RING_HEATER_MW_PER_NM, RINGS_PER_LANE } from '../../model/data/ringTuning';
import { ringDriftNm } from '../../model/data/thermal';
import type { Part } from '../../model/partSchema';

/** Heater power of `rings` rings each retuned by `driftNm`, W. */
export function ringHeaterW(
  rings: number,
  driftNm: number,
  mwPerNm: number = RING_HEATER_MW_PER_NM.value,
): number {
  return (rings * Math.abs(driftNm) * mwPerNm) / 1000;
}

/** Rings of a part that has them: lanes of its optical ports × rings per lane (0 otherwise). */
export function ringCount(part: Part): number {
  if (part.ringDriftNmPerK === undefined) return 0;
  const lanes = part.ports.filter((p) => p.kind === 'optical').reduce((s, p) => s + p.lanes, 0);
  return lanes * RINGS_PER_LANE.value;
}

/** Heater power of a ring-bearing part at its active temperature, W (0 without rings). */
export function partRingHeaterW(part: Part, activeTempC: number): number {
  const rings = ringCount(part);
  if (rings === 0) return 0;
  return ringHeaterW(rings, ringDriftNm(activeTempC, part.ringDriftNmPerK));
}
