/**
 * Snap and collision features of the drawn component boxes: footprint half extents after
 * rotation and port offsets, from the part library.
 */
import type { PartLibrary } from '../model/partSchema';
import { rotatedHalfExtentsMm, rotatedPortOffsetMm } from '../store/footprintGeometry';
import type { ComponentBox } from './layout';
import type { SnapFeatures } from './snap';

/** A box's features for snapping, with its height span for 3D collision. */
export interface PlacedFeatures extends SnapFeatures {
  readonly id: string;
  readonly zMm: number;
  readonly heightMm: number;
}

/** Features of one component box (ports of side edges only: top/bottom ports sit inside). */
export function boxFeatures(box: ComponentBox, parts: PartLibrary): PlacedFeatures {
  const half = rotatedHalfExtentsMm(box.sizeX, box.sizeY, box.rotationDeg);
  const part = parts.get(box.partId);
  const portOffsets = (part?.ports ?? [])
    .filter((p) => p.edge !== 'top' && p.edge !== 'bottom')
    .map((p) => rotatedPortOffsetMm(part!, p, box.rotationDeg));
  return {
    id: box.id,
    x: box.x,
    y: box.y,
    halfX: half.x,
    halfY: half.y,
    portOffsets,
    zMm: box.z,
    heightMm: box.sizeZ,
  };
}

/** True when two placed boxes overlap in plan and in height (touching or stacked is fine). */
export function boxesCollide(a: PlacedFeatures, b: PlacedFeatures, epsMm = 1e-6): boolean {
  return (
    Math.abs(a.x - b.x) < a.halfX + b.halfX - epsMm &&
    Math.abs(a.y - b.y) < a.halfY + b.halfY - epsMm &&
    a.zMm < b.zMm + b.heightMm - epsMm &&
    b.zMm < a.zMm + a.heightMm - epsMm
  );
}
