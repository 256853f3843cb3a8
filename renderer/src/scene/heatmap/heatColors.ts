/**
 * The heat map's colour scale: an eight-stop piecewise-linear approximation of Google's
 * "Turbo" rainbow (A. Mikhailov, "Turbo, an improved rainbow colormap for visualization",
 * Google AI Blog, 2019), dark blue for the coolest cell of the layer through green and
 * yellow to dark red for the hottest. Pure; shared by the mesh, the legend and the tests.
 */

/** Colour stops: position 0…1 along the scale, sRGB 0…255. */
export const HEAT_STOPS: readonly (readonly [number, number, number, number])[] = [
  [0, 48, 18, 59],
  [0.15, 70, 134, 251],
  [0.3, 26, 228, 182],
  [0.45, 114, 254, 94],
  [0.6, 199, 239, 52],
  [0.72, 251, 185, 56],
  [0.85, 240, 91, 18],
  [1, 122, 4, 3],
];

/** Position of `tempC` on a scale from `minC` to `maxC`, clamped to 0…1 (0.5 when flat). */
export function scalePosition(tempC: number, minC: number, maxC: number): number {
  if (!(maxC > minC)) return 0.5;
  return Math.min(1, Math.max(0, (tempC - minC) / (maxC - minC)));
}

/** sRGB colour (0…255 per channel) at position `t` (0…1) of the scale. */
export function heatColor(t: number): [number, number, number] {
  const u = Math.min(1, Math.max(0, t));
  let i = 1;
  while (i < HEAT_STOPS.length - 1 && HEAT_STOPS[i]![0] < u) i++;
  const [t0, r0, g0, b0] = HEAT_STOPS[i - 1]!;
  const [t1, r1, g1, b1] = HEAT_STOPS[i]!;
  const f = (u - t0) / (t1 - t0);
  return [r0 + (r1 - r0) * f, g0 + (g1 - g0) * f, b0 + (b1 - b0) * f];
}

/** The scale as a CSS gradient, coolest at the left (or bottom, with `direction` "to top"). */
export function heatGradientCss(direction = 'to right'): string {
  const stops = HEAT_STOPS.map(([t, r, g, b]) => `rgb(${r} ${g} ${b}) ${(t * 100).toFixed(0)}%`);
  return `linear-gradient(${direction}, ${stops.join(', ')})`;
}

/** sRGB channel (0…1) to linear light, for vertex colours three.js converts back on output. */
export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}
