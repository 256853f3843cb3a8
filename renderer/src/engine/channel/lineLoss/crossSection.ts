/**
 * The cross-section of one signal line: its kind (stripline between two planes, microstrip
 * over one plane), dimensions in metres, the dielectric's Dk and Df and the copper's RMS
 * roughness and conductivity. The line models (stripline.ts, microstrip.ts) read it.
 */

/** Stripline: centred between two planes `planeSpacingM` apart. Microstrip: `heightM` over one. */
export interface CrossSection {
  readonly kind: 'stripline' | 'microstrip';
  readonly widthM: number;
  readonly thicknessM: number;
  /** Stripline: distance between the planes (b). Microstrip: dielectric height (h). */
  readonly spacingM: number;
  readonly dk: number;
  readonly df: number;
  readonly roughnessM: number;
  readonly sigma: number;
}

/** Air impedance of a cross-section with changed dimensions (for Wheeler's rule). */
export type AirImpedance = (widthM: number, thicknessM: number, spacingM: number) => number;
