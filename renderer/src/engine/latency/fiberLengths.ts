/**
 * Fiber length behind each component's optical ports: for every fiber, the arc-filleted
 * length of its route (engine/routing/fiberRoute.ts) plus its length beyond the design
 * (`externalLengthM` × 1000), credited to the components at both of its ends; a component
 * keeps its longest fiber (every lane crosses one fiber).
 */
import type { Design, Fiber } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import { fiberRoute } from '../routing/fiberRoute';

/** Total length of one fiber, mm: its route in the design plus its external length. */
export function fiberLengthMm(doc: Design, fiber: Fiber, layout: Layout): number {
  return fiber.externalLengthM * 1000 + fiberRoute(doc, fiber, layout).lengthMm;
}

/** Longest fiber on each component, mm, by component id. */
export function fiberLengthsMm(doc: Design, layout: Layout): Map<string, number> {
  const byComponent = new Map<string, number>();
  for (const fiber of doc.fibers) {
    const lengthMm = fiberLengthMm(doc, fiber, layout);
    for (const id of [fiber.from.componentId, fiber.to?.componentId]) {
      if (id !== undefined) byComponent.set(id, Math.max(byComponent.get(id) ?? 0, lengthMm));
    }
  }
  return byComponent;
}
