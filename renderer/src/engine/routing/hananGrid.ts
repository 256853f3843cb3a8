/**
 * The search grid of one route: the Hanan grid of the region, i.e. the lines through the
 * two ends and through every obstacle edge. A rectilinear shortest path among axis-aligned
 * rectangles always exists on this grid (Hanan 1966; de Berg et al., "Computational
 * Geometry", ch. 15), so its pitch adapts to the design and lengths are exact, not rounded
 * to a pitch. One sentinel line outside the region on each side records obstacles that
 * reach past the region's edge. The arrays are views of module-level scratch buffers,
 * valid until the next grid is built (routing is single-threaded and one grid at a time).
 */
import type { PointMm, RectMm } from '../geometry/rect';

/** Grid lines and the blocked cells between them. */
export interface HananGrid {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** 1 where the cell (i, j) between xs[i..i+1] and ys[j..j+1] lies inside an obstacle. */
  readonly blocked: Uint8Array;
}

let xScratch = new Float64Array(256);
let yScratch = new Float64Array(256);
let blockedScratch = new Uint8Array(4096);

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

/**
 * Sorts the first n values in place (insertion sort: grids hold tens of lines, where it beats
 * the built-in sort) and removes duplicates; returns a view of the result.
 */
function sortedUnique(buffer: Float64Array, n: number): Float64Array {
  for (let i = 1; i < n; i++) {
    const v = buffer[i] ?? 0;
    let k = i - 1;
    while (k >= 0 && (buffer[k] ?? 0) > v) {
      buffer[k + 1] = buffer[k] ?? 0;
      k--;
    }
    buffer[k + 1] = v;
  }
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = buffer[i] ?? 0;
    if (m === 0 || v !== buffer[m - 1]) buffer[m++] = v;
  }
  return buffer.subarray(0, m);
}

/** Builds the Hanan grid of a region for a route from `a` to `b` among `obstacles`. */
export function buildHananGrid(
  region: RectMm,
  a: PointMm,
  b: PointMm,
  obstacles: readonly RectMm[],
): HananGrid {
  const pad = Math.max(region.maxX - region.minX, region.maxY - region.minY, 1);
  const loX = region.minX - pad;
  const hiX = region.maxX + pad;
  const loY = region.minY - pad;
  const hiY = region.maxY + pad;
  const clampX = (x: number): number => (x < loX ? loX : x > hiX ? hiX : x);
  const clampY = (y: number): number => (y < loY ? loY : y > hiY ? hiY : y);
  const need = 6 + 2 * obstacles.length;
  if (xScratch.length < need) {
    xScratch = new Float64Array(need * 2);
    yScratch = new Float64Array(need * 2);
  }
  xScratch[0] = loX;
  xScratch[1] = region.minX;
  xScratch[2] = region.maxX;
  xScratch[3] = hiX;
  xScratch[4] = a.x;
  xScratch[5] = b.x;
  yScratch[0] = loY;
  yScratch[1] = region.minY;
  yScratch[2] = region.maxY;
  yScratch[3] = hiY;
  yScratch[4] = a.y;
  yScratch[5] = b.y;
  let n = 6;
  for (const o of obstacles) {
    xScratch[n] = clampX(o.minX);
    yScratch[n++] = clampY(o.minY);
    xScratch[n] = clampX(o.maxX);
    yScratch[n++] = clampY(o.maxY);
  }
  const xs = sortedUnique(xScratch, n);
  const ys = sortedUnique(yScratch, n);
  const cellsX = xs.length - 1;
  const cells = cellsX * (ys.length - 1);
  if (blockedScratch.length < cells) blockedScratch = new Uint8Array(cells * 2);
  const blocked = blockedScratch.subarray(0, cells);
  blocked.fill(0);
  for (const o of obstacles) {
    const i0 = lineIndex(xs, clampX(o.minX));
    const i1 = lineIndex(xs, clampX(o.maxX));
    const j0 = lineIndex(ys, clampY(o.minY));
    const j1 = lineIndex(ys, clampY(o.maxY));
    for (let j = j0; j < j1; j++) blocked.fill(1, j * cellsX + i0, j * cellsX + i1);
  }
  return { xs, ys, blocked };
}
