/**
 * Where a review comment sits in the model: a component anchor is the centre of the part's
 * top face (it follows the part when it moves); a point anchor is its stored point.
 * Pure: model mm in, model mm out.
 */
import type { CommentAnchor } from '../../model/schema';
import type { ComponentBox } from '../layout';

/** A point in global model mm. */
export interface AnchorPointMm {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/** Smallest radius the view frames when it focuses on a comment, mm. */
export const MIN_FOCUS_RADIUS_MM = 12;

/** The anchor's point, or null for a component that is not drawn (unknown id). */
export function anchorPointMm(
  anchor: CommentAnchor,
  boxesById: ReadonlyMap<string, ComponentBox>,
): AnchorPointMm | null {
  if ('pointMm' in anchor) return anchor.pointMm;
  const box = boxesById.get(anchor.componentId);
  return box ? { x: box.x, y: box.y, z: box.z + box.sizeZ } : null;
}

/** Radius to frame around an anchor, mm: half the part's diagonal, at least MIN_FOCUS_RADIUS_MM. */
export function focusRadiusMm(
  anchor: CommentAnchor,
  boxesById: ReadonlyMap<string, ComponentBox>,
): number {
  const box = 'componentId' in anchor ? boxesById.get(anchor.componentId) : undefined;
  const half = box ? Math.hypot(box.sizeX, box.sizeY, box.sizeZ) / 2 : 0;
  return Math.max(MIN_FOCUS_RADIUS_MM, half);
}
