/** Physical constants of the line-loss model (SI; CODATA 2018). */

/** Vacuum permeability, H/m (4π × 10⁻⁷ to nine digits, CODATA 2018). */
export const MU0 = 1.25663706212e-6;

/** Speed of light in vacuum, m/s (exact). */
export const C0 = 299_792_458;

/** Wave impedance of free space, Ω (η0 = μ0·c). */
export const ETA0 = MU0 * C0;

/** dB per neper: 20·log10(e). */
export const DB_PER_NEPER = 20 / Math.LN10;
