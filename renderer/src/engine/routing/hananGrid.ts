/**
 * The search grid of one route: the Hanan grid of the region, i.e. the lines through the
 * two ends and through every obstacle edge. A rectilinear shortest path among axis-aligned
 * rectangles always exists on this grid (Hanan 1966; de Berg et al., "Computational
 * Geometry", ch. 15), so its pitch adapts to the design and lengths are exact, not rounded
 * to a pitch. One sentinel line outside the region on each side records obstacles that
 * reach past the region's edge.
 */
import type { PointMm, RectMm } from '../geometry/rect';

/** Grid lines and the blocked cells between them. */
export interface HananGrid {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** 1 where the cell (i, j) between xs[i..i+1] and ys[j..j+1] lies inside an obstacle. */
  readonly blocked: Uint8Array;
}

function sortedUnique(values: number[]): Float64Array {
  const sorted = Float64Array.from(values).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i] ?? 0;
    if (n === 0 || v !== sorted[n - 1]) sorted[n++] = v;
  }
  return sorted.slice(0, n);
}

/** Index of the first line ≥ value (value is always one of the lines here). */
export function lineIndex(lines: Float64Array, value: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds the Hanan grid of a region for a route from `a` to `b` among `obstacles`. */
export function buildHananGrid(
  region: RectMm,
  a: PointMm,
  b: PointMm,
  obstacles: readonly RectMm[],
): HananGrid {
  const pad = Math.max(region.maxX - region.minX, region.maxY - region.minY, 1);
  const outer = {
    minX: region.minX - pad,
    minY: region.minY - pad,
    maxX: region.maxX + pad,
    maxY: region.maxY + pad,
  };
  const clampX = (x: number): number => Math.min(Math.max(x, outer.minX), outer.maxX);
  const clampY = (y: number): number => Math.min(Math.max(y, outer.minY), outer.maxY);
  const xv = [outer.minX, region.minX, region.maxX, outer.maxX, a.x, b.x];
  const yv = [outer.minY, region.minY, region.maxY, outer.maxY, a.y, b.y];
  for (const o of obstacles) {
    xv.push(clampX(o.minX), clampX(o.maxX));
    yv.push(clampY(o.minY), clampY(o.maxY));
  }
  const xs = sortedUnique(xv);
  const ys = sortedUnique(yv);
  const cellsX = xs.length - 1;
  const blocked = new Uint8Array(cellsX * (ys.length - 1));
  for (const o of obstacles) {
    const i0 = lineIndex(xs, clampX(o.minX));
    const i1 = lineIndex(xs, clampX(o.maxX));
    const j0 = lineIndex(ys, clampY(o.minY));
    const j1 = lineIndex(ys, clampY(o.maxY));
    for (let j = j0; j < j1; j++) blocked.fill(1, j * cellsX + i0, j * cellsX + i1);
  }
  return { xs, ys, blocked };
}
