/**
 * Insertion loss of a link's electrical path, dB, at one frequency or over a grid:
 *   IL(f) = Σ_traces length × α(f) of the segment's line  (lineLoss/lineModel)
 *         + Σ_vertical length × loss/mm(f)                 (3D-stack path, per element)
 *         + Σ_crossings loss(f)                              (bumps, vias, balls, sockets, connectors)
 *         + the linear module's internal trace, when the far end is an LPO module.
 * Per-element losses are tabulated at 26.5625 and 53.125 GHz (model/data/channelLoss) and
 * follow L(f) = a·√f + b·f through both (`lossAtGhz`: conductor-like √f and dielectric-like f
 * parts; linear through the points if that fit would need a negative term). Per-mm and
 * per-element curves are memoised per grid, so a link's curve is a weighted sum of shared rows.
 */
import {
  CROSSING_LOSS_DB,
  MEDIUM_LOSS_DB_PER_MM,
  lossAtGhz,
  type LossEntry,
} from '../../model/data/channelLoss';
import type { Crossing, Medium } from '../routing/media';
import type { LineModel } from './lineLoss/lineModel';

/** What a link's loss is summed from. */
export interface LossPath {
  /** Each segment: its length and line (undefined for the vertical path). */
  readonly segments: readonly {
    readonly medium: Medium;
    readonly lengthMm: number;
    readonly line?: LineModel;
  }[];
  readonly crossings: readonly Crossing[];
  /** Linear module's internal trace, or undefined. */
  readonly modulePath?: { readonly lengthMm: number; readonly line: LineModel };
}

/** Per-mm (lines, vertical) or per-element (crossings) loss at each grid frequency, dB. */
const rows = new WeakMap<object, WeakMap<readonly number[], Float64Array>>();

function row(owner: object, grid: readonly number[], at: (fGhz: number) => number): Float64Array {
  let byGrid = rows.get(owner);
  if (!byGrid) rows.set(owner, (byGrid = new WeakMap()));
  let values = byGrid.get(grid);
  if (!values) byGrid.set(grid, (values = Float64Array.from(grid, at)));
  return values;
}

const lineRow = (line: LineModel, grid: readonly number[]) =>
  row(line, grid, (f) => line.lossDbPerMm(f * 1e9));
const entryRow = (entry: LossEntry, grid: readonly number[]) =>
  row(entry, grid, (f) => lossAtGhz(entry, f));

/** Loss of each part of the path at `fGhz`, dB. */
export function pathLossAt(path: LossPath, fGhz: number) {
  const fHz = fGhz * 1e9;
  const segmentLossDb = path.segments.map((s) =>
    s.line
      ? s.lengthMm * s.line.lossDbPerMm(fHz)
      : s.lengthMm * lossAtGhz(MEDIUM_LOSS_DB_PER_MM[s.medium], fGhz),
  );
  let crossingLossDb = 0;
  for (const c of path.crossings) crossingLossDb += lossAtGhz(CROSSING_LOSS_DB[c], fGhz);
  const modulePathLossDb = path.modulePath
    ? path.modulePath.lengthMm * path.modulePath.line.lossDbPerMm(fHz)
    : 0;
  let lossDb = crossingLossDb + modulePathLossDb;
  for (const l of segmentLossDb) lossDb += l;
  return { segmentLossDb, crossingLossDb, modulePathLossDb, lossDb };
}

/**
 * Total loss of the path at each frequency of `grid`, dB. Pass the same array object for
 * links on the same grid (frequencyGrid's `sharedGridGhz`) to reuse the memoised rows.
 */
export function pathLossCurve(path: LossPath, grid: readonly number[]): number[] {
  const sum = new Float64Array(grid.length);
  const add = (values: Float64Array, weight: number) => {
    for (let i = 0; i < sum.length; i++) sum[i]! += weight * values[i]!;
  };
  for (const s of path.segments) {
    const values = s.line ? lineRow(s.line, grid) : entryRow(MEDIUM_LOSS_DB_PER_MM[s.medium], grid);
    add(values, s.lengthMm);
  }
  for (const c of path.crossings) add(entryRow(CROSSING_LOSS_DB[c], grid), 1);
  if (path.modulePath) add(lineRow(path.modulePath.line, grid), path.modulePath.lengthMm);
  return Array.from(sum);
}
