/**
 * Live collision feedback while dragging: which of the moving parts (shifted by an offset)
 * overlap a part that stays put, and which parts they overlap. Linear in the number of parts.
 */
import { boxesCollide, type PlacedFeatures } from './snapFeatures';

/** Ids of colliding moving parts and of the parts they hit, sorted (empty when none). */
export function findCollisions(
  moving: readonly PlacedFeatures[],
  others: readonly PlacedFeatures[],
  offsetMm: { x: number; y: number },
): string[] {
  const hits = new Set<string>();
  for (const m of moving) {
    const shifted = { ...m, x: m.x + offsetMm.x, y: m.y + offsetMm.y };
    for (const o of others) {
      if (boxesCollide(shifted, o)) {
        hits.add(m.id);
        hits.add(o.id);
      }
    }
  }
  return [...hits].sort();
}
