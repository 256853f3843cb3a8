/**
 * Footprint and port geometry of placed components as the engine computes it
 * (engine/geometry/footprint.ts, ports.ts), for what the studio draws and snaps to (port
 * markers, snap features, live collisions) and for the arrange actions: ports and outlines
 * must sit exactly where the analysis puts them (decision 004 on why this is a facade).
 */
import { rotateOffset, rotationCosSin } from '../engine/geometry/footprint';
import type { PointMm } from '../engine/geometry/rect';
import { portLocalOffset } from '../engine/geometry/ports';
import type { Part, Port } from '../model/partSchema';

/**
 * Half extents in x and y of a `sizeXMm` × `sizeYMm` outline turned by `rotationDeg`, mm
 * (exact at 90° steps; the bounding box of the turned rectangle at other angles).
 */
export function rotatedHalfExtentsMm(
  sizeXMm: number,
  sizeYMm: number,
  rotationDeg: number,
): PointMm {
  const [cos, sin] = rotationCosSin(rotationDeg);
  return {
    x: (Math.abs(cos) * sizeXMm + Math.abs(sin) * sizeYMm) / 2,
    y: (Math.abs(sin) * sizeXMm + Math.abs(cos) * sizeYMm) / 2,
  };
}

/** Offset of `port` from the centre of a component of `part` turned by `rotationDeg`, mm. */
export function rotatedPortOffsetMm(part: Part, port: Port, rotationDeg: number): PointMm {
  return rotateOffset(portLocalOffset(part, port), rotationDeg);
}
