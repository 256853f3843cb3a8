/**
 * Model ↔ scene coordinates. The model uses x right, y into the board, z up (mm); three.js
 * uses y up, so scene = (x, z · zScale, −y). One scene unit is one millimetre.
 *
 * Carrier layers are tenths of a millimetre thick on boards a few hundred millimetres
 * wide, so heights are exaggerated by `zScale` (shown in the viewport's corner).
 */
import type { BoxMm } from './layout';

/** The vertical exaggerations offered, smallest first. */
export const Z_SCALES = [1, 2, 3, 5, 10] as const;

/** A point in scene units from model mm. */
export function toScene(x: number, y: number, z: number, zScale: number): [number, number, number] {
  return [x, z * zScale, -y];
}

/** Model (x, y) in mm from a scene point. */
export function fromScene(point: { x: number; z: number }): { x: number; y: number } {
  return { x: point.x, y: -point.z };
}

/**
 * The smallest exaggeration that makes the carrier stack at least 2 % of the design's
 * width, without making the tallest part taller than a quarter of it.
 */
export function chooseZScale(stackHeightMm: number, tallestMm: number, extentMm: number): number {
  let chosen: number = Z_SCALES[0];
  for (const s of Z_SCALES) {
    if (tallestMm * s > 0.25 * extentMm) break;
    chosen = s;
    if (stackHeightMm * s >= 0.02 * extentMm) break;
  }
  return chosen;
}

/** Axis-aligned bounds of boxes in model mm: [minX, minY, minZ, maxX, maxY, maxZ]. */
export function boundsMm(
  boxes: readonly BoxMm[],
): [number, number, number, number, number, number] {
  const b: [number, number, number, number, number, number] = [
    Infinity,
    Infinity,
    Infinity,
    -Infinity,
    -Infinity,
    -Infinity,
  ];
  for (const box of boxes) {
    const hx = box.sizeX / 2;
    const hy = box.sizeY / 2;
    b[0] = Math.min(b[0], box.x - hx);
    b[1] = Math.min(b[1], box.y - hy);
    b[2] = Math.min(b[2], box.z);
    b[3] = Math.max(b[3], box.x + hx);
    b[4] = Math.max(b[4], box.y + hy);
    b[5] = Math.max(b[5], box.z + box.sizeZ);
  }
  return boxes.length ? b : [0, 0, 0, 100, 100, 1];
}
