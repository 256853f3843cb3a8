/**
 * The heat-map data the worker sends the studio: one horizontal cut of the temperature
 * field per carrier layer and heat-source height, plus the top surface (engine/thermal/
 * layerSlices.ts), each with its cell edges and its own range. The typed arrays are moved,
 * not copied, when the result is posted (`sliceTransferables`).
 */
import type { TemperatureSlice } from '../engine/thermal';

/** One heat-map layer: cells j·nx + i between edges xMm[i..i+1], yMm[j..j+1]. */
export interface HeatSlice {
  /** Layer name ("top surface", a carrier layer, or a part's heat-source layer). */
  readonly label: string;
  /** Height of the cut above the bottom of the stack, mm. */
  readonly zMm: number;
  readonly nx: number;
  readonly ny: number;
  /** Cell edges, mm: nx + 1 and ny + 1 values. */
  readonly xMm: Float32Array;
  readonly yMm: Float32Array;
  /** Temperature per cell, °C; NaN where the cut meets no material. */
  readonly tempC: Float32Array;
  /** Lowest and highest temperature in the cut, °C (ignoring empty cells). */
  readonly minC: number;
  readonly maxC: number;
}

/** The engine's slices with their ranges; slices that meet no material are left out. */
export function heatSlices(slices: readonly TemperatureSlice[]): HeatSlice[] {
  return slices.flatMap((s) => {
    let minC = Infinity;
    let maxC = -Infinity;
    for (const t of s.tempC) {
      if (Number.isNaN(t)) continue;
      if (t < minC) minC = t;
      if (t > maxC) maxC = t;
    }
    if (minC > maxC) return [];
    return [
      {
        label: s.label,
        zMm: s.zMm,
        nx: s.nx,
        ny: s.ny,
        xMm: s.xMm,
        yMm: s.yMm,
        tempC: s.tempC,
        minC,
        maxC,
      },
    ];
  });
}

/** The distinct buffers of `slices` (a buffer may be listed only once in a transfer list). */
export function sliceTransferables(slices: readonly HeatSlice[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const s of slices)
    for (const a of [s.xMm, s.yMm, s.tempC]) buffers.add(a.buffer as ArrayBuffer);
  return [...buffers];
}
