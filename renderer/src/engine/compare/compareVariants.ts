/**
 * Side-by-side comparison of 2–6 variants of a system (issue 5 item 4): each variant is
 * evaluated exactly as `lightpath analyze` would (evaluateDesign.ts), its figures taken out
 * (designMetrics.ts), and for every row (metricRows.ts) the best value is marked with its
 * direction and the difference explained in words (explainRow.ts).
 */
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import { designMetrics, type DesignMetrics } from './designMetrics';
import { evaluateDesign, type EvaluateOptions, type Evaluation } from './evaluateDesign';
import { explainRow } from './explainRow';
import { METRIC_ROWS, rowValue, type Direction, type MetricRow } from './metricRows';

/** One design to compare, under the name shown in the table. */
export interface Variant {
  readonly name: string;
  readonly doc: Design;
}

/** One row: the values per variant, which are best, and why. */
export interface ComparisonRow {
  readonly key: MetricRow['key'];
  readonly label: string;
  readonly unit: string;
  readonly digits: number;
  readonly direction: Direction;
  /** One value per variant, in variant order; null where the figure does not exist. */
  readonly values: readonly (number | null)[];
  /** Indices of the variants holding the best value (ties all marked; empty if none has one). */
  readonly bestIndices: readonly number[];
  readonly explanation: string;
}

/** The whole comparison. */
export interface Comparison {
  readonly variants: readonly {
    readonly name: string;
    readonly architecture: string;
    readonly metrics: DesignMetrics;
  }[];
  readonly rows: readonly ComparisonRow[];
}

/** Values within this relative distance of the best count as equal to it (rounding noise). */
const TIE_RELATIVE = 1e-9;

function bestOf(values: readonly (number | null)[], direction: Direction): number[] {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return [];
  const best = direction === 'lower' ? Math.min(...present) : Math.max(...present);
  const tolerance = TIE_RELATIVE * Math.max(1, Math.abs(best));
  return values.flatMap((v, i) => (v !== null && Math.abs(v - best) <= tolerance ? [i] : []));
}

/** Options: evaluations already computed (one per variant, in order) are used as given. */
export interface CompareOptions extends EvaluateOptions {
  readonly evaluations?: readonly Evaluation[];
}

/** Compares 2–6 variants; throws RangeError for fewer or more. */
export function compareVariants(
  variants: readonly Variant[],
  library: PartLibrary,
  options: CompareOptions = {},
): Comparison {
  if (variants.length < 2 || variants.length > 6)
    throw new RangeError(`compare takes 2 to 6 variants, got ${variants.length}`);
  if (options.evaluations && options.evaluations.length !== variants.length)
    throw new RangeError('one evaluation per variant expected');
  const evaluations =
    options.evaluations ?? variants.map((v) => evaluateDesign(v.doc, library, options));
  const metrics = variants.map((v, i) =>
    designMetrics(v.doc, library, evaluations[i] as Evaluation),
  );
  const names = variants.map((v) => v.name);
  const rows = METRIC_ROWS.map((row): ComparisonRow => {
    const values = metrics.map((m) => rowValue(m, row));
    const bestIndices = bestOf(values, row.direction);
    return {
      key: row.key,
      label: row.label,
      unit: row.unit,
      digits: row.digits,
      direction: row.direction,
      values,
      bestIndices,
      explanation: explainRow(row, names, values, bestIndices, evaluations),
    };
  });
  return {
    variants: variants.map((v, i) => ({
      name: v.name,
      architecture: v.doc.meta.architecture,
      metrics: metrics[i] as DesignMetrics,
    })),
    rows,
  };
}
