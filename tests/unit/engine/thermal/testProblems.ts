import type { ConductivityWmK, ThermalBox } from '../../../../renderer/src/engine/thermal/types';

/** Isotropic conductivity, W/(m·K). */
export function iso(kWmK: number): ConductivityWmK {
  return { x: kWmK, y: kWmK, z: kWmK };
}

/** A test box spanning [x0,x1]×[y0,y1]×[z0,z1] mm. */
export function box(
  name: string,
  [x0, x1]: [number, number],
  [y0, y1]: [number, number],
  [z0, z1]: [number, number],
  kWmK: ConductivityWmK,
  powerW = 0,
): ThermalBox {
  return {
    name,
    owner: { kind: 'test' },
    minMm: { x: x0, y: y0, z: z0 },
    maxMm: { x: x1, y: y1, z: z1 },
    kWmK,
    powerW,
    isHeatSource: powerW > 0,
  };
}

/** n + 1 equally spaced values from a to b. */
export function uniformLines(a: number, b: number, n: number): Float64Array {
  return Float64Array.from({ length: n + 1 }, (_, i) => a + ((b - a) * i) / n);
}

/** Cell centres of a line set. */
export function centres(lines: Float64Array): number[] {
  return Array.from({ length: lines.length - 1 }, (_, i) => (lines[i]! + lines[i + 1]!) / 2);
}
