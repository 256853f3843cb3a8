/**
 * Triangles of the heat-map overlay: one flat quad per cell of a slice that meets material,
 * coloured by its temperature on the slice's own scale (heatColors.ts). Positions are scene
 * coordinates (coords.ts), colours linear light. Pure; no three.js here.
 */
import { toScene } from '../coords';
import { heatColor, scalePosition, srgbToLinear } from './heatColors';
import type { HeatSlice } from '../../worker/heatSlices';

/** Vertex buffers of the overlay: two triangles (6 vertices) per solid cell. */
export interface HeatmapBuffers {
  readonly positions: Float32Array;
  readonly colours: Float32Array;
  readonly cellCount: number;
}

/**
 * The overlay of `slice` with the scene's exaggeration: at the slice's height, or draped over
 * each column's top face (raised by `liftMm`) when the slice has `topZMm` (the top surface).
 */
export function heatmapBuffers(slice: HeatSlice, zScale: number, liftMm = 0): HeatmapBuffers {
  const { nx, ny, xMm, yMm, tempC, minC, maxC, topZMm } = slice;
  let cellCount = 0;
  for (const t of tempC) if (!Number.isNaN(t)) cellCount++;
  const positions = new Float32Array(cellCount * 18);
  const colours = new Float32Array(cellCount * 18);
  let v = 0;
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const t = tempC[j * nx + i]!;
      if (Number.isNaN(t)) continue;
      const top = topZMm?.[j * nx + i];
      const zMm = (top === undefined || Number.isNaN(top) ? slice.zMm : top) + liftMm;
      const rgb = heatColor(scalePosition(t, minC, maxC)).map((c) => srgbToLinear(c / 255));
      const a = toScene(xMm[i]!, yMm[j]!, zMm, zScale);
      const b = toScene(xMm[i + 1]!, yMm[j]!, zMm, zScale);
      const c = toScene(xMm[i + 1]!, yMm[j + 1]!, zMm, zScale);
      const d = toScene(xMm[i]!, yMm[j + 1]!, zMm, zScale);
      for (const p of [a, b, c, a, c, d]) {
        positions.set(p, v * 3);
        colours.set(rgb, v * 3);
        v++;
      }
    }
  }
  return { positions, colours, cellCount };
}

/** The slice shown for a layer choice: the one with that label, else the first (top surface). */
export function pickSlice(slices: readonly HeatSlice[], layer: string | null): HeatSlice | null {
  return slices.find((s) => s.label === layer) ?? slices[0] ?? null;
}
