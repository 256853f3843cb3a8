/**
 * Fiber lengths per fiber and per bundle, with the skew within each bundle. A fiber's
 * length is its arc-filleted route in the design plus its external length
 * (fiberLengths.ts); a bundle is the fibers sharing `fiber.bundle`, or a fiber alone. Skew
 * is the longest minus the shortest length of a bundle, in mm and in ps at the fiber group
 * delay n_g / c (model/data/propagation.ts FIBER_DELAY, n_g 1.4677 → 4.90 ps/mm).
 */
import { C_MM_PER_PS, FIBER_DELAY } from '../../model/data/propagation';
import type { Design } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import { fiberRoute } from '../routing/fiberRoute';

/** One fiber's length. */
export interface FiberLengthRow {
  readonly id: string;
  /** The bundle it counts in (its own id when it has none). */
  readonly bundle: string;
  /** Fibers in the ribbon. */
  readonly count: number;
  /** Length of the route inside the design, arcs included, mm. */
  readonly routeMm: number;
  /** Route plus external length, mm. */
  readonly lengthMm: number;
  /** True when a corner of the route is tighter than its radius, or it crosses a wall. */
  readonly hasProblem: boolean;
}

/** One bundle's lengths and skew. */
export interface FiberBundleRow {
  readonly bundle: string;
  readonly fiberIds: string[];
  /** Fibers in the bundle: the sum of the ribbons' counts. */
  readonly fiberCount: number;
  readonly minMm: number;
  readonly maxMm: number;
  /** max − min, mm. */
  readonly skewMm: number;
  /** Skew as delay, ps. */
  readonly skewPs: number;
}

/** Lengths of every fiber and bundle of a revision. */
export interface FiberBundleResult {
  readonly fibers: FiberLengthRow[];
  /** Bundles in the order of their first fiber in the document. */
  readonly bundles: FiberBundleRow[];
  /** Group delay of the fiber, ps/mm. */
  readonly psPerMm: number;
}

/** Fiber group delay, ps/mm (n_g / c). */
export const FIBER_PS_PER_MM = FIBER_DELAY.groupIndex / C_MM_PER_PS;

/** Lengths and skews of the fibers of `doc` laid out as `layout`. */
export function fiberBundles(doc: Design, layout: Layout): FiberBundleResult {
  const fibers: FiberLengthRow[] = doc.fibers.map((fiber) => {
    const route = fiberRoute(doc, fiber, layout);
    return {
      id: fiber.id,
      bundle: fiber.bundle ?? fiber.id,
      count: fiber.count,
      routeMm: route.lengthMm,
      lengthMm: route.lengthMm + fiber.externalLengthM * 1000,
      hasProblem: route.isBlocked || route.corners.some((c) => c.isTight),
    };
  });
  const byBundle = new Map<string, FiberLengthRow[]>();
  for (const row of fibers) {
    const list = byBundle.get(row.bundle);
    if (list) list.push(row);
    else byBundle.set(row.bundle, [row]);
  }
  const bundles = [...byBundle].map(([bundle, rows]): FiberBundleRow => {
    let minMm = Infinity;
    let maxMm = -Infinity;
    let fiberCount = 0;
    for (const r of rows) {
      minMm = Math.min(minMm, r.lengthMm);
      maxMm = Math.max(maxMm, r.lengthMm);
      fiberCount += r.count;
    }
    const skewMm = maxMm - minMm;
    return {
      bundle,
      fiberIds: rows.map((r) => r.id),
      fiberCount,
      minMm,
      maxMm,
      skewMm,
      skewPs: skewMm * FIBER_PS_PER_MM,
    };
  });
  return { fibers, bundles, psPerMm: FIBER_PS_PER_MM };
}
