/**
 * Where a link or fiber end is, for markers and distances: the port's position when the
 * part names it, else the component's centre at mid height.
 */
import type { PortRef } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import { portPosition } from '../geometry/ports';
import type { Point3Mm } from '../geometry/rect';

/** Global position of a port reference, or undefined for an unknown component. */
export function portLocation(layout: Layout, ref: PortRef): Point3Mm | undefined {
  const placed = layout.components.get(ref.componentId);
  if (!placed) return undefined;
  const port = placed.part.ports.find((p) => p.id === ref.port);
  if (port) return portPosition(placed.component, placed.part, port, placed.z);
  const { x, y } = placed.component.positionMm;
  return { x, y, z: (placed.z.bottomMm + placed.z.topMm) / 2 };
}

/** Midpoint of two points. */
export function midpoint(a: Point3Mm, b: Point3Mm): Point3Mm {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, z: (a.z + b.z) / 2 };
}

/** Rectilinear distance in the plane plus the height difference, mm. */
export function rectilinear3dMm(a: Point3Mm, b: Point3Mm): number {
  return Math.abs(a.x - b.x) + Math.abs(a.y - b.y) + Math.abs(a.z - b.z);
}
