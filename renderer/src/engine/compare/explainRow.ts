/**
 * The sentence under each comparison row, built from the row's numbers: which variant is
 * best, by how much against the worst (absolute and relative), and, where the engine has a
 * breakdown, which part of it makes the difference (rowDrivers.ts).
 */
import type { Evaluation } from './evaluateDesign';
import { formatValue, type MetricRow } from './metricRows';
import { rowDriver } from './rowDrivers';

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Relative difference of best against worst, % of worst; on interval scales, or when the
 * signs differ, the absolute difference with the row's unit.
 */
function difference(best: number, worst: number, row: MetricRow): string {
  if (!row.isRatio || Math.sign(best) * Math.sign(worst) < 0) {
    const word = best < worst ? 'lower' : 'higher';
    return ` (${formatValue(row, Math.abs(best - worst))} ${word})`;
  }
  if (worst === 0) return '';
  const share = Math.abs((best - worst) / worst) * 100;
  if (share < 0.05) return '';
  const word = Math.abs(best) < Math.abs(worst) ? 'less' : 'more';
  return ` (${share.toFixed(share < 10 ? 1 : 0)} % ${word})`;
}

/** Explains one row; `best` and `worst` index `names`, `values` and `evaluations`. */
export function explainRow(
  row: MetricRow,
  names: readonly string[],
  values: readonly (number | null)[],
  bestIndices: readonly number[],
  evaluations: readonly Evaluation[],
): string {
  const missing = names.filter((_, i) => values[i] === null);
  const absent =
    missing.length > 0
      ? ` ${joinNames(missing)} ${missing.length === 1 ? 'has' : 'have'} no ${row.label}.`
      : '';
  const present = values.flatMap((v, i) => (v === null ? [] : [i]));
  if (present.length === 0) return `No variant has a ${row.label}.`;
  const first = present[0] as number;
  let worst = first;
  for (const i of present) {
    const v = values[i] as number;
    const w = values[worst] as number;
    if (row.direction === 'lower' ? v > w : v < w) worst = i;
  }
  const best = bestIndices[0] as number;
  const bestValue = values[best] as number;
  const worstValue = values[worst] as number;
  if (bestIndices.length === present.length)
    return `${present.length > 1 ? 'All compared variants have' : `${names[first]} has`} the same ${row.label}, ${formatValue(row, bestValue)}.${absent}`;
  const who = joinNames(bestIndices.map((i) => names[i] as string));
  const adjective = row.direction === 'lower' ? 'lowest' : 'highest';
  const driver = rowDriver(
    row,
    names[best] as string,
    evaluations[best] as Evaluation,
    evaluations[worst] as Evaluation,
  );
  return (
    `${who} ${bestIndices.length > 1 ? 'have' : 'has'} the ${adjective} ${row.label}: ` +
    `${formatValue(row, bestValue)} against ${formatValue(row, worstValue)} for ${names[worst]}` +
    `${difference(bestValue, worstValue, row)}${driver ? `, ${driver}` : ''}.${absent}`
  );
}
