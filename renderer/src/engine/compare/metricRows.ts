/**
 * The rows of the comparison table, in display order: which DesignMetrics field, its label,
 * unit, decimals, and which direction is better. Findings count by severity (fewer is
 * better). Units and sources of each figure: designMetrics.ts.
 */
import type { DesignMetrics } from './designMetrics';

/** Which way a row improves. */
export type Direction = 'lower' | 'higher';

/** One row of the comparison. */
export interface MetricRow {
  readonly key: keyof DesignMetrics;
  /** Noun phrase used in the table and in sentences, e.g. "energy per bit". */
  readonly label: string;
  readonly unit: string;
  readonly digits: number;
  readonly direction: Direction;
  /**
   * False for interval scales (°C, margins in dB or K), where a ratio means nothing: the
   * sentences then give the difference instead of a percentage.
   */
  readonly isRatio: boolean;
}

/** Every compared figure, in display order. */
export const METRIC_ROWS: readonly MetricRow[] = [
  {
    key: 'pjPerBit',
    label: 'energy per bit',
    unit: 'pJ/bit',
    digits: 2,
    isRatio: true,
    direction: 'lower',
  },
  {
    key: 'totalPowerW',
    label: 'total link power',
    unit: 'W',
    digits: 1,
    isRatio: true,
    direction: 'lower',
  },
  {
    key: 'worstMarginDb',
    label: 'worst channel margin',
    unit: 'dB',
    digits: 2,
    isRatio: false,
    direction: 'higher',
  },
  {
    key: 'maxElectricalLengthMm',
    label: 'maximum electrical length',
    unit: 'mm',
    digits: 1,
    isRatio: true,
    direction: 'lower',
  },
  {
    key: 'hottestOeC',
    label: 'hottest optical engine',
    unit: '°C',
    digits: 1,
    isRatio: false,
    direction: 'lower',
  },
  {
    key: 'hottestOeMarginC',
    label: 'hottest optical engine margin',
    unit: 'K',
    digits: 1,
    isRatio: false,
    direction: 'higher',
  },
  {
    key: 'maxRingDriftNm',
    label: 'ring drift',
    unit: 'nm',
    digits: 3,
    isRatio: true,
    direction: 'lower',
  },
  {
    key: 'maxLatencyNs',
    label: 'latency',
    unit: 'ns',
    digits: 1,
    isRatio: true,
    direction: 'lower',
  },
  {
    key: 'serviceScore',
    label: 'serviceability score',
    unit: '/100',
    digits: 0,
    isRatio: true,
    direction: 'higher',
  },
  {
    key: 'shorelineGbpsPerMm',
    label: 'bandwidth per mm of shoreline',
    unit: 'Gb/s/mm',
    digits: 1,
    isRatio: true,
    direction: 'higher',
  },
  {
    key: 'errorCount',
    label: 'rule errors',
    unit: '',
    digits: 0,
    isRatio: true,
    direction: 'lower',
  },
  {
    key: 'warningCount',
    label: 'rule warnings',
    unit: '',
    digits: 0,
    isRatio: true,
    direction: 'lower',
  },
  { key: 'infoCount', label: 'rule notes', unit: '', digits: 0, isRatio: true, direction: 'lower' },
];

/** A row's numeric value for one design (null when absent). */
export function rowValue(metrics: DesignMetrics, row: MetricRow): number | null {
  const value = metrics[row.key];
  return typeof value === 'number' ? value : null;
}

/** Formats a value with the row's digits and unit ("—" when absent). */
export function formatValue(row: MetricRow, value: number | null): string {
  if (value === null) return '—';
  const text = value.toFixed(row.digits);
  return row.unit === '' || row.unit === '/100' ? `${text}${row.unit}` : `${text} ${row.unit}`;
}
