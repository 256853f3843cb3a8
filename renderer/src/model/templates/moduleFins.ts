/**
 * Forced-air thermal resistance of the finned top of a front-panel OSFP module (or external
 * laser source in the same outline), K/W, from the fins' area and the data table's forced-air
 * heat-transfer coefficient, instead of a guessed resistance.
 *
 * R = 1 / (h · (A_base + η_f · A_fins)), straight rectangular fins with an adiabatic tip:
 * η_f = tanh(mL) / (mL), m = √(2h / (k t)) (Incropera et al., Fundamentals of Heat and Mass
 * Transfer, 7th ed., §3.6.4; source incropera-2011). h: HTC_W_M2K['forced-air'] (front-panel
 * modules sit first in the front-to-back airflow, at the inlet temperature); k: aluminium from
 * the material table. Fin geometry (lightpath-estimate, from the OSFP outline: 22.58 mm wide,
 * 13 mm tall with its integrated heat sink, osfp-msa): 10 fins 0.8 mm thick and 3.5 mm tall,
 * 80 mm long (the length inside the cage, where the airflow runs along them).
 */
import { HTC_W_M2K } from '../data/thermal';
import { materialByKey } from '../materials';

/** Fins of an OSFP integrated heat sink (lightpath-estimate, see above). */
export const OSFP_FINS = {
  count: 10,
  thicknessMm: 0.8,
  heightMm: 3.5,
  lengthMm: 80,
  moduleWidthMm: 22.58,
} as const;

/** Thermal resistance of one finned module top to the air, K/W (rounded to 1 mK/W). */
export function finnedTopResistanceKPerW(): number {
  const h = HTC_W_M2K['forced-air'].value;
  const k = materialByKey('aluminium')?.inPlaneWmK;
  if (k === undefined) throw new Error('aluminium is missing from the material table');
  const f = OSFP_FINS;
  const t = f.thicknessMm / 1000;
  const mL = Math.sqrt((2 * h) / (k * t)) * (f.heightMm / 1000);
  const finEfficiency = Math.tanh(mL) / mL;
  const finAreaM2 = (2 * f.count * f.heightMm * f.lengthMm) / 1e6;
  const baseAreaM2 = ((f.moduleWidthMm - f.count * f.thicknessMm) * f.lengthMm) / 1e6;
  const conductanceWPerK = h * (baseAreaM2 + finEfficiency * finAreaM2);
  return Math.round(1000 / conductanceWPerK) / 1000;
}
