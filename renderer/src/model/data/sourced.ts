/**
 * Shared shape of a data-table entry: every value carries the id of its source in
 * docs/DATA-SOURCES.md and the one-line assumption behind it.
 */
export interface Sourced {
  /** Source id, resolved in docs/DATA-SOURCES.md. */
  readonly sourceId: string;
  /** The assumption under which the value holds, in one line. */
  readonly assumption: string;
}

/** Electrical rate class of a lane: 112G (106.25 Gb/s PAM4) or 224G (212.5 Gb/s PAM4). */
export type RateClass = '112G' | '224G';

/** Every rate class, lowest first. */
export const RATE_CLASSES: readonly RateClass[] = ['112G', '224G'];

/**
 * Rate class of a lane rate, Gb/s: up to 120 → 112G, up to 240 → 224G, else undefined.
 * The bounds sit between the nominal classes (106.25, 212.5) and their doubles.
 */
export function rateClassOf(laneRateGbps: number): RateClass | undefined {
  if (!(laneRateGbps > 0)) return undefined;
  if (laneRateGbps <= 120) return '112G';
  if (laneRateGbps <= 240) return '224G';
  return undefined;
}

/**
 * Nyquist frequency of a lane, GHz: half the symbol rate. PAM4 carries 2 bits per symbol,
 * so 106.25 Gb/s → 53.125 GBd → 26.5625 GHz and 212.5 Gb/s → 53.125 GHz.
 * Source: ieee-802.3ck (53.125 GBd lanes), ieee-802.3dj (106.25 GBd lanes).
 */
export function nyquistGhz(laneRateGbps: number, modulation: 'NRZ' | 'PAM4'): number {
  const bitsPerSymbol = modulation === 'PAM4' ? 2 : 1;
  return laneRateGbps / bitsPerSymbol / 2;
}

/** Nyquist frequency of each rate class, GHz (PAM4). */
export const NYQUIST_GHZ: Readonly<Record<RateClass, number>> = { '112G': 26.5625, '224G': 53.125 };
