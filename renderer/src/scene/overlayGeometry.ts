/**
 * Geometry of keep-outs: rectangles lying on their carrier's top face (fibers are drawn from
 * fiberGeometry.ts). Pure; no three.js.
 */
import type { Design } from '../model/schema';
import { carrierTopsMm } from './layout';

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
export function keepOutRects(doc: Pick<Design, 'carriers' | 'keepOuts'>): KeepOutRect[] {
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
