/**
 * Parameter sweeps (issue 5 item 5): one parameter (sweepParams.ts) over `steps` evenly
 * spaced values from `from` to `to`, each step a variant document evaluated exactly as
 * `lightpath analyze` evaluates a design (compare/evaluateDesign.ts). `runSweep` evaluates
 * the steps one after another; the worker pools (worker/pool, electron/cli/sweepPool.ts)
 * evaluate the same steps with `evaluateSweepStep` in parallel.
 */
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import { designMetrics, type DesignMetrics } from '../compare/designMetrics';
import { evaluateDesign, type EvaluateOptions } from '../compare/evaluateDesign';
import { SWEEP_PARAMS, SweepParamError, type SweepParamName } from './sweepParams';

/** What to sweep. */
export interface SweepSpec {
  readonly param: SweepParamName;
  readonly from: number;
  readonly to: number;
  /** Number of values, 1–1000 (1: `from` only). */
  readonly steps: number;
}

/** One variant of the sweep. */
export interface SweepStep {
  readonly index: number;
  readonly value: number;
  readonly doc: Design;
}

/** One evaluated step. */
export interface SweepRow {
  readonly index: number;
  readonly value: number;
  readonly metrics: DesignMetrics;
}

/** Largest number of steps a sweep takes. */
export const MAX_SWEEP_STEPS = 1000;

/** The swept values: from + (to − from)·i/(steps − 1), exactly `to` at the end. */
export function sweepValues(from: number, to: number, steps: number): number[] {
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_SWEEP_STEPS)
    throw new SweepParamError(
      `steps must be a whole number from 1 to ${MAX_SWEEP_STEPS}, got ${steps}`,
    );
  if (!Number.isFinite(from) || !Number.isFinite(to))
    throw new SweepParamError('from and to must be finite numbers');
  if (steps === 1) return [from];
  return Array.from({ length: steps }, (_, i) =>
    i === steps - 1 ? to : from + ((to - from) * i) / (steps - 1),
  );
}

/** The variant documents of a sweep; throws SweepParamError when the design cannot take it. */
export function sweep(doc: Design, library: PartLibrary, spec: SweepSpec): SweepStep[] {
  const param = SWEEP_PARAMS[spec.param];
  return sweepValues(spec.from, spec.to, spec.steps).map((value, index) => ({
    index,
    value,
    doc: param.apply(doc, library, value),
  }));
}

/** Evaluates one step: the variant at `value` of `doc`, as analyze would. */
export function evaluateSweepStep(
  doc: Design,
  library: PartLibrary,
  param: SweepParamName,
  index: number,
  value: number,
  options: EvaluateOptions = {},
): SweepRow {
  const variant = SWEEP_PARAMS[param].apply(doc, library, value);
  return {
    index,
    value,
    metrics: designMetrics(variant, library, evaluateDesign(variant, library, options)),
  };
}

/** Runs a sweep in this thread; `onRow` sees each row as it completes. */
export function runSweep(
  doc: Design,
  library: PartLibrary,
  spec: SweepSpec,
  options: EvaluateOptions & { onRow?: (row: SweepRow, done: number, total: number) => void } = {},
): SweepRow[] {
  const values = sweepValues(spec.from, spec.to, spec.steps);
  const rows: SweepRow[] = [];
  for (const [index, value] of values.entries()) {
    const row = evaluateSweepStep(doc, library, spec.param, index, value, options);
    rows.push(row);
    options.onRow?.(row, rows.length, values.length);
  }
  return rows;
}
