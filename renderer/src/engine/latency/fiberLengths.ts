/**
 * Fiber length behind each component's optical ports: for every fiber, the length of its
 * drawn path (sum of 3D polyline segments) plus its length beyond the design
 * (`externalLengthM` × 1000), credited to the components at both of its ends; a component
 * keeps its longest fiber (every lane crosses one fiber).
 */
import type { Design } from '../../model/schema';

/** Longest fiber on each component, mm, by component id. */
export function fiberLengthsMm(doc: Design): Map<string, number> {
  const byComponent = new Map<string, number>();
  for (const fiber of doc.fibers) {
    let lengthMm = fiber.externalLengthM * 1000;
    for (let k = 1; k < fiber.pathMm.length; k++) {
      const a = fiber.pathMm[k - 1];
      const b = fiber.pathMm[k];
      if (a && b) lengthMm += Math.hypot(b.x - a.x, b.y - a.y, b.z - a.z);
    }
    for (const id of [fiber.from.componentId, fiber.to?.componentId]) {
      if (id !== undefined) byComponent.set(id, Math.max(byComponent.get(id) ?? 0, lengthMm));
    }
  }
  return byComponent;
}
