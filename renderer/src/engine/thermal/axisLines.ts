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

/** Sorted unique values, merging those within LINE_TOLERANCE_MM. */
export function uniqueSorted(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    if (out.length === 0 || v - out[out.length - 1]! > LINE_TOLERANCE_MM) out.push(v);
  }
  return out;
}

/** Cell size wanted at x, mm. */
function sizeAt(xMm: number, features: readonly AxisFeature[], hMaxMm: number, growth: number) {
  let h = hMaxMm;
  for (const f of features) h = Math.min(h, f.cellMm + (growth - 1) * Math.abs(xMm - f.positionMm));
  return h;
}

const SAMPLES_PER_INTERVAL = 256;

/**
 * Lines (cell edges) along one axis, sorted, first and last being the extreme mandatory
 * lines. Each interval gets round(∫ dx / h(x)) cells (at least one), placed where the
 * running integral of 1/h reaches equal shares.
 */
export function buildAxisLines(
  mandatoryMm: readonly number[],
  features: readonly AxisFeature[],
  hMaxMm: number,
  growth: number,
): Float64Array {
  const lines = uniqueSorted(mandatoryMm);
  const out: number[] = [];
  const cumulative = new Float64Array(SAMPLES_PER_INTERVAL + 1);
  for (let s = 0; s + 1 < lines.length; s++) {
    const a = lines[s]!;
    const b = lines[s + 1]!;
    out.push(a);
    const dx = (b - a) / SAMPLES_PER_INTERVAL;
    let prevDensity = 1 / sizeAt(a, features, hMaxMm, growth);
    for (let q = 1; q <= SAMPLES_PER_INTERVAL; q++) {
      const density = 1 / sizeAt(a + q * dx, features, hMaxMm, growth);
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
