/**
 * Grid lines along one axis: every mandatory line (box edges) is kept, and each interval
 * between them is filled with cells whose size follows h(x) = min(hMax, h_f + (g − 1)·|x − x_f|)
 * over the refinement features f, i.e. cells grow geometrically by about g away from each
 * edge until they reach hMax.
 */

/** A place that wants small cells: a box edge, with the cell size wanted there, mm. */
export interface AxisFeature {
  positionMm: number;
  cellMm: number;
}

/** Lines closer than this are the same line, mm (well below any real layer thickness). */
export const LINE_TOLERANCE_MM = 1e-6;

/** Sorted unique values, merging those closer than `minGapMm` (at least LINE_TOLERANCE_MM) to the first. */
export function uniqueSorted(values: readonly number[], minGapMm = LINE_TOLERANCE_MM): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const gap = Math.max(minGapMm, LINE_TOLERANCE_MM);
  const out: number[] = [];
  for (const v of sorted) {
    if (out.length === 0 || v - out[out.length - 1]! > gap) out.push(v);
  }
  // The outermost line always survives (moving the last kept line out to it only widens
  // its gap), so the domain keeps its extent.
  const last = sorted[sorted.length - 1];
  if (last !== undefined && out[out.length - 1] !== last) {
    if (out.length === 1) out.push(last);
    else out[out.length - 1] = last;
  }
  return out;
}

const SAMPLES_PER_INTERVAL = 256;

/**
 * Cell size wanted at each line: the smallest feature size there, relaxed so that it grows
 * by at most (g − 1) per mm from any neighbour (two sweeps). Within an interval the size
 * is then min(hMax, h_a + (g − 1)(x − a), h_b + (g − 1)(b − x)) exactly, since every
 * feature sits on a line.
 */
function sizeAtLines(
  lines: readonly number[],
  features: readonly AxisFeature[],
  hMaxMm: number,
  growth: number,
) {
  const h = lines.map(() => hMaxMm);
  for (const f of features) {
    let lo = 0;
    let hi = lines.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (lines[mid]! <= f.positionMm) lo = mid;
      else hi = mid;
    }
    const at = Math.abs(lines[hi]! - f.positionMm) < Math.abs(lines[lo]! - f.positionMm) ? hi : lo;
    h[at] = Math.min(h[at]!, f.cellMm);
  }
  for (let i = 1; i < h.length; i++)
    h[i] = Math.min(h[i]!, h[i - 1]! + (growth - 1) * (lines[i]! - lines[i - 1]!));
  for (let i = h.length - 2; i >= 0; i--)
    h[i] = Math.min(h[i]!, h[i + 1]! + (growth - 1) * (lines[i + 1]! - lines[i]!));
  return h;
}

/**
 * Lines (cell edges) along one axis, sorted, first and last being the extreme mandatory
 * lines. Mandatory lines closer than `minCellMm` are merged first (boxes then snap to the
 * nearest line), which bounds the cell count for crowded designs. Each interval gets
 * round(∫ dx / h(x)) cells (at least one), placed where the running integral of 1/h
 * reaches equal shares.
 */
export function buildAxisLines(
  mandatoryMm: readonly number[],
  features: readonly AxisFeature[],
  hMaxMm: number,
  growth: number,
  minCellMm = 0,
): Float64Array {
  const lines = uniqueSorted(mandatoryMm, minCellMm);
  const hLine = sizeAtLines(lines, features, hMaxMm, growth);
  const out: number[] = [];
  const cumulative = new Float64Array(SAMPLES_PER_INTERVAL + 1);
  for (let s = 0; s + 1 < lines.length; s++) {
    const a = lines[s]!;
    const b = lines[s + 1]!;
    const [ha, hb] = [hLine[s]!, hLine[s + 1]!];
    const size = (x: number) =>
      Math.min(hMaxMm, ha + (growth - 1) * (x - a), hb + (growth - 1) * (b - x));
    out.push(a);
    const dx = (b - a) / SAMPLES_PER_INTERVAL;
    let prevDensity = 1 / size(a);
    for (let q = 1; q <= SAMPLES_PER_INTERVAL; q++) {
      const density = 1 / size(a + q * dx);
      cumulative[q] = cumulative[q - 1]! + 0.5 * (prevDensity + density) * dx;
      prevDensity = density;
    }
    const total = cumulative[SAMPLES_PER_INTERVAL]!;
    const cells = Math.max(1, Math.round(total));
    let q = 0;
    for (let c = 1; c < cells; c++) {
      const target = (c * total) / cells;
      while (cumulative[q + 1]! < target) q++;
      const frac = (target - cumulative[q]!) / (cumulative[q + 1]! - cumulative[q]!);
      out.push(a + (q + frac) * dx);
    }
  }
  out.push(lines[lines.length - 1]!);
  return Float64Array.from(out);
}
