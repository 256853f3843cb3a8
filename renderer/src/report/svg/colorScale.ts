/**
 * The temperature colour scale of the heat map: piecewise-linear through five stops of a
 * perceptually ordered dark-blue → teal → yellow → orange → dark-red ramp (close to the
 * "RdYlBu" reversed scheme of ColorBrewer, Brewer & Harrower, colorbrewer2.org), quantised to
 * {@link COLOR_LEVELS} steps so neighbouring cells of one step can be merged into one rectangle.
 */

/** Number of distinct colours of the scale. */
export const COLOR_LEVELS = 40;

const STOPS: readonly (readonly [number, number, number])[] = [
  [49, 54, 149],
  [69, 167, 182],
  [254, 224, 144],
  [244, 109, 67],
  [165, 0, 38],
];

/** Colour of a fraction 0–1 along the scale, #rrggbb. */
export function rampColor(fraction: number): string {
  const f = Math.max(0, Math.min(1, fraction)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(f));
  const t = f - i;
  const a = STOPS[i] as readonly [number, number, number];
  const b = STOPS[i + 1] as readonly [number, number, number];
  const c = a.map((v, k) => Math.round(v + ((b[k] as number) - v) * t));
  return `#${((c[0]! << 16) | (c[1]! << 8) | c[2]!).toString(16).padStart(6, '0')}`;
}

/** The quantised level (0 … COLOR_LEVELS − 1) of a temperature between minC and maxC. */
export function colorLevel(tempC: number, minC: number, maxC: number): number {
  const span = maxC - minC;
  const f = span > 0 ? (tempC - minC) / span : 0.5;
  return Math.max(0, Math.min(COLOR_LEVELS - 1, Math.floor(f * COLOR_LEVELS)));
}

/** The colour of a level: the ramp at the level's centre. */
export function levelColor(level: number): string {
  return rampColor((level + 0.5) / COLOR_LEVELS);
}
