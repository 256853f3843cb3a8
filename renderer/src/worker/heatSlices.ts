/**
 * The heat-map data the worker sends the studio: one horizontal cut of the temperature
 * field per carrier layer and heat-source height, plus the top surface (engine/thermal/
 * layerSlices.ts), each with its cell edges and its own range. The typed arrays are moved,
 * not copied, when the result is posted (`sliceTransferables`).
 */
import type { TemperatureField, TemperatureSlice } from '../engine/thermal';

/** Label the engine gives the field seen from above (engine/thermal/layerSlices.ts). */
export const TOP_SURFACE_LABEL = 'top surface';

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
  /**
   * For the top surface only: height of each column's highest solid face, mm (NaN where the
   * column is empty), so the overlay drapes over the parts instead of floating at one height.
   */
  readonly topZMm?: Float32Array;
}

/** Height of the top face of each column's highest solid cell, mm; NaN for empty columns. */
export function columnTopsMm(field: TemperatureField): Float32Array {
  const { nx, ny, nz, zMm, tempC } = field;
  const tops = new Float32Array(nx * ny).fill(NaN);
  for (let col = 0; col < nx * ny; col++) {
    for (let k = nz - 1; k >= 0; k--) {
      if (!Number.isNaN(tempC[col * nz + k]!)) {
        tops[col] = zMm[k + 1]!;
        break;
      }
    }
  }
  return tops;
}

/**
 * The engine's slices with their ranges; slices that meet no material are left out, and a
 * label used twice (layers of the same name in two carriers) gets its height appended.
 */
export function heatSlices(
  slices: readonly TemperatureSlice[],
  field?: TemperatureField,
): HeatSlice[] {
  const seen = new Set<string>();
  return slices.flatMap((s) => {
    let minC = Infinity;
    let maxC = -Infinity;
    for (const t of s.tempC) {
      if (Number.isNaN(t)) continue;
      if (t < minC) minC = t;
      if (t > maxC) maxC = t;
    }
    if (minC > maxC) return [];
    const label = seen.has(s.label) ? `${s.label} @ ${s.zMm.toFixed(2)} mm` : s.label;
    seen.add(label);
    return [
      {
        label,
        zMm: s.zMm,
        nx: s.nx,
        ny: s.ny,
        xMm: s.xMm,
        yMm: s.yMm,
        tempC: s.tempC,
        minC,
        maxC,
        ...(field && s.label === TOP_SURFACE_LABEL ? { topZMm: columnTopsMm(field) } : {}),
      },
    ];
  });
}

/** The distinct buffers of `slices` (a buffer may be listed only once in a transfer list). */
export function sliceTransferables(slices: readonly HeatSlice[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const s of slices)
    for (const a of [s.xMm, s.yMm, s.tempC, s.topZMm]) if (a) buffers.add(a.buffer as ArrayBuffer);
  return [...buffers];
}
