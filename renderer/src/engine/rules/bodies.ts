/**
 * Solid boxes of a design for the placement rules: every placed component, and every carrier
 * mounted on another (a package on the board occupies its joint height plus its thickness).
 */
import type { PartCategory } from '../../model/partSchema';
import type { Layout, PlacedComponent } from '../geometry/layout';
import { rectContains, type Point3Mm, type RectMm } from '../geometry/rect';
import type { ZSpanMm } from '../geometry/stack';

/** Tolerance for touching faces, mm: bodies that only touch do not collide. */
export const EPS_MM = 1e-6;

/** One solid box. */
export interface Body {
  readonly id: string;
  readonly isCarrier: boolean;
  readonly rect: RectMm;
  readonly z: ZSpanMm;
  /** The carrier it sits on (mount carrier, or parent carrier for a carrier). */
  readonly onCarrierId: string;
  readonly category: PartCategory | undefined;
}

/** Components and mounted carriers of the layout as boxes, in document order. */
export function layoutBodies(layout: Layout): Body[] {
  const bodies: Body[] = [];
  for (const placed of layout.components.values()) {
    bodies.push({
      id: placed.component.id,
      isCarrier: false,
      rect: placed.footprint,
      z: placed.z,
      onCarrierId: placed.component.mount.carrierId,
      category: placed.part.category,
    });
  }
  for (const placed of layout.carriers.values()) {
    const parentId = placed.carrier.onCarrierId;
    const parent = parentId === undefined ? undefined : layout.carriers.get(parentId);
    if (parentId === undefined || !parent) continue;
    bodies.push({
      id: placed.carrier.id,
      isCarrier: true,
      rect: placed.rect,
      z: { bottomMm: parent.z.topMm, topMm: placed.z.topMm },
      onCarrierId: parentId,
      category: undefined,
    });
  }
  return bodies;
}

/**
 * True for a hot-pluggable part (module, external laser) plugged into a cage: stacked on the
 * cage, or its centre inside the cage's footprint on the same carrier.
 */
export function isPluggedInCage(a: PlacedComponent, b: PlacedComponent): boolean {
  const [cage, plug] = a.part.category === 'cage' ? [a, b] : [b, a];
  if (cage.part.category !== 'cage' || plug.part.fruClass !== 'hot-pluggable') return false;
  if (plug.component.mount.onComponentId === cage.component.id) return true;
  return (
    cage.component.mount.carrierId === plug.component.mount.carrierId &&
    rectContains(cage.footprint, plug.component.positionMm)
  );
}

/** Centre of a rectangle at height z. */
export function rectCentre(r: RectMm, zMm: number): Point3Mm {
  return { x: (r.minX + r.maxX) / 2, y: (r.minY + r.maxY) / 2, z: zMm };
}

/** A number for a message: at most 2 decimals, no trailing zeros. */
export function mm(value: number): string {
  return String(Math.round(value * 100) / 100);
}
