/**
 * A sweep table as CSV (RFC 4180, "\n" line ends). Columns, in this fixed order:
 * step, param, value, then the DesignMetrics fields of compare/designMetrics.ts in
 * SWEEP_CSV_METRICS order. Numbers are written in full (shortest round-trip form),
 * null as an empty cell, rows in step order.
 */
import type { DesignMetrics } from '../compare/designMetrics';
import type { SweepRow } from './sweep';

/** The metric columns, in CSV order (units in the names, see DesignMetrics). */
export const SWEEP_CSV_METRICS = [
  'pjPerBit',
  'totalPowerW',
  'worstMarginDb',
  'maxElectricalLengthMm',
  'maxLatencyNs',
  'hottestOeId',
  'hottestOeC',
  'hottestOeMarginC',
  'maxRingDriftNm',
  'serviceScore',
  'shorelineGbpsPerMm',
  'errorCount',
  'warningCount',
  'infoCount',
  'failingLinkCount',
] as const satisfies readonly (keyof DesignMetrics)[];

/** Every column of the CSV, in order. */
export const SWEEP_CSV_COLUMNS = ['step', 'param', 'value', ...SWEEP_CSV_METRICS] as const;

function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text of a sweep of `param` (header line included, trailing newline). */
export function sweepCsv(param: string, rows: readonly SweepRow[]): string {
  const lines = [SWEEP_CSV_COLUMNS.join(',')];
  for (const row of [...rows].sort((a, b) => a.index - b.index)) {
    const cells = [row.index, param, row.value, ...SWEEP_CSV_METRICS.map((k) => row.metrics[k])];
    lines.push(cells.map(cell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
