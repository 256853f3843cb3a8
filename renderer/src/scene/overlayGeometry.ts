/**
 * Geometry of the design's non-part objects in scene units: fiber routes as line-segment
 * pairs and keep-out rectangles lying on their carrier's top face. Pure; no three.js.
 */
import type { Design } from '../model/schema';
import { carrierTopsMm } from './layout';

/** Fiber routes as consecutive (x, y, z) pairs for LineSegments, scene units. */
export function fiberSegments(doc: Design, zScale: number): Float32Array {
  const values: number[] = [];
  for (const fiber of doc.fibers) {
    for (let i = 1; i < fiber.pathMm.length; i++) {
      const a = fiber.pathMm[i - 1]!;
      const b = fiber.pathMm[i]!;
      values.push(a.x, a.z * zScale, -a.y, b.x, b.z * zScale, -b.y);
    }
  }
  return new Float32Array(values);
}

/** A keep-out drawn as a flat rectangle: centre and size in model mm, top of its carrier. */
export interface KeepOutRect {
  readonly id: string;
  readonly name: string;
  readonly kind: 'routing' | 'placement' | 'both';
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly width: number;
  readonly depth: number;
}

/** Keep-out rectangles on the top face of their carriers (rectMm is the lower-left corner). */
export function keepOutRects(doc: Design): KeepOutRect[] {
  const tops = carrierTopsMm(doc.carriers);
  return doc.keepOuts.map((k) => ({
    id: k.id,
    name: k.name,
    kind: k.kind,
    x: k.rectMm.x + k.rectMm.width / 2,
    y: k.rectMm.y + k.rectMm.depth / 2,
    z: tops.get(k.carrierId) ?? 0,
    width: k.rectMm.width,
    depth: k.rectMm.depth,
  }));
}
