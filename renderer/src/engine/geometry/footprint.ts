/**
 * Footprint of a placed component: its part's x–y outline turned by the component's
 * rotation about its centre. Rotations in 90° steps are exact (width and depth swap on odd
 * quarter turns); any other angle gives the bounding box of the turned rectangle.
 */
import type { Component } from '../../model/schema';
import type { Part } from '../../model/partSchema';
import type { PointMm, RectMm } from './rect';

/** Cosine and sine of a rotation, exact (−1, 0 or 1) for multiples of 90°. */
export function rotationCosSin(rotationDeg: number): readonly [number, number] {
  const quarter = rotationDeg / 90;
  if (Number.isInteger(quarter)) {
    const q = ((quarter % 4) + 4) % 4;
    return (
      (
        [
          [1, 0],
          [0, 1],
          [-1, 0],
          [0, -1],
        ] as const
      )[q] ?? [1, 0]
    );
  }
  const rad = (rotationDeg * Math.PI) / 180;
  return [Math.cos(rad), Math.sin(rad)];
}

/** Turns a local offset (mm, relative to the component centre) counter-clockwise. */
export function rotateOffset(local: PointMm, rotationDeg: number): PointMm {
  const [c, s] = rotationCosSin(rotationDeg);
  return { x: local.x * c - local.y * s, y: local.x * s + local.y * c };
}

/** Footprint rectangle of a component in global mm (bounding box for non-90° angles). */
export function componentFootprint(component: Component, part: Part): RectMm {
  const [c, s] = rotationCosSin(component.rotationDeg);
  const halfX = (Math.abs(c) * part.sizeMm.x + Math.abs(s) * part.sizeMm.y) / 2;
  const halfY = (Math.abs(s) * part.sizeMm.x + Math.abs(c) * part.sizeMm.y) / 2;
  const { x, y } = component.positionMm;
  return { minX: x - halfX, minY: y - halfY, maxX: x + halfX, maxY: y + halfY };
}
