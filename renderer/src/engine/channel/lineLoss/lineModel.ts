/**
 * Attenuation of one signal line from its cross-section, as a function of frequency.
 *
 * Per metre: R(f) = √(R_dc² + (K_r(f)·R_ac(f))²), R_ac from Wheeler's incremental-inductance
 * rule with R_s = √(π f μ0/σ) (skin effect), K_r the Hammerstad–Jensen roughness factor and
 * R_dc = 1/(σWt) so that the loss tends to the DC resistance where the skin depth exceeds the
 * strip; L = Z0·√ε_eff/c, C = √ε_eff/(Z0·c), G = ωC·tan δ_eff (tan δ_eff = q·Df, q the filling
 * factor: 1 for stripline). The attenuation is the real part of the propagation constant
 * γ = √((R + jωL)(G + jωC)), exact for the RLGC line, so thin resistive RDL (R ≈ ωL) is not
 * forced into the low-loss approximation α ≈ R/(2Z0) + G·Z0/2, which is what the split into
 * conductor and dielectric parts reports.
 */
import { C0, DB_PER_NEPER } from './constants';
import type { CrossSection } from './crossSection';
import { effectiveLossTangent } from './dielectricLoss';
import { microstripAirImpedance, microstripLine } from './microstrip';
import { hammerstadRoughness } from './roughness';
import { skinDepthM, surfaceResistance } from './skinEffect';
import { striplineAirImpedance } from './stripline';
import { wheelerResistance } from './incrementalInductance';

/** Attenuation of a line at one frequency, Np/m. */
export interface Attenuation {
  /** Low-loss conductor part R/(2Z0). */
  readonly conductorNpPerM: number;
  /** Low-loss dielectric part G·Z0/2 = π f √ε_eff tan δ_eff / c. */
  readonly dielectricNpPerM: number;
  /** Re γ of the full RLGC line. */
  readonly totalNpPerM: number;
}

/** A line ready to evaluate at any frequency. */
export interface LineModel {
  readonly z0: number;
  readonly epsEff: number;
  attenuation(fHz: number): Attenuation;
  /** Insertion loss per millimetre, dB/mm. */
  lossDbPerMm(fHz: number): number;
}

/** Real part of √((a + jb)(c + jd)). */
function realSqrtOfProduct(a: number, b: number, c: number, d: number): number {
  const x = a * c - b * d;
  const y = a * d + b * c;
  return Math.sqrt((Math.hypot(x, y) + x) / 2);
}

/** Builds the line model of a cross-section. */
export function lineModel(cs: CrossSection): LineModel {
  const strip = cs.kind === 'stripline';
  const zAir = strip ? striplineAirImpedance : microstripAirImpedance;
  const { z0, epsEff } = strip
    ? {
        z0: striplineAirImpedance(cs.widthM, cs.thicknessM, cs.spacingM) / Math.sqrt(cs.dk),
        epsEff: cs.dk,
      }
    : microstripLine(cs.widthM, cs.thicknessM, cs.spacingM, cs.dk);
  const rPerRs = wheelerResistance(zAir, cs.widthM, cs.thicknessM, cs.spacingM, 1);
  const rDc = 1 / (cs.sigma * cs.widthM * cs.thicknessM);
  const tanD = effectiveLossTangent(cs.dk, cs.df, epsEff);
  const sqrtEps = Math.sqrt(epsEff);
  const lPerM = (z0 * sqrtEps) / C0;
  const cPerM = sqrtEps / (z0 * C0);
  const attenuation = (fHz: number): Attenuation => {
    const w = 2 * Math.PI * fHz;
    const kr = hammerstadRoughness(cs.roughnessM, skinDepthM(fHz, cs.sigma));
    const rAc = kr * rPerRs * surfaceResistance(fHz, cs.sigma);
    const r = Math.sqrt(rDc * rDc + rAc * rAc);
    const g = w * cPerM * tanD;
    return {
      conductorNpPerM: r / (2 * z0),
      dielectricNpPerM: (g * z0) / 2,
      totalNpPerM: realSqrtOfProduct(r, w * lPerM, g, w * cPerM),
    };
  };
  return {
    z0,
    epsEff,
    attenuation,
    lossDbPerMm: (fHz) => (attenuation(fHz).totalNpPerM * DB_PER_NEPER) / 1000,
  };
}
