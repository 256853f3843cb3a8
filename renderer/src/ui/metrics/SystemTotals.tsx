/**
 * System totals of the electrical analysis: longest electrical path, total power, energy
 * per bit, worst margin, change against the DSP-pluggable baseline, longest latency.
 */
import { memo } from 'react';
import type { ElectricalSummary } from '../../engine/resultTypes';
import { marginClass } from '../../scene/traces/marginClass';
import { fixed, signed } from './format';

/** What the two power rows hold, shown on hover: the electrical stage at reference temperatures. */
const AT_REFERENCE =
  'Link functions at the reference temperatures (lasers at 25 °C, no ring heaters); "Power as dissipated" below adds what the solved temperatures add';
const TITLES: Record<string, string> = {
  'Total power': AT_REFERENCE,
  'Energy per bit': AT_REFERENCE,
};

/** Props: the summary to show. Re-renders only when it changes. */
export const SystemTotals = memo(function SystemTotals({
  summary,
}: {
  summary: ElectricalSummary;
}) {
  const rows: [string, string, string, string?][] = [
    ['Max electrical length', fixed(summary.maxElectricalLengthMm, 1), 'mm'],
    ['Total power', fixed(summary.totalPowerW, 1), 'W'],
    ['Energy per bit', fixed(summary.pjPerBit, 2), 'pJ/bit'],
    ['Worst margin', fixed(summary.worstMarginDb, 2), 'dB', marginClass(summary.worstMarginDb)],
    [
      'vs DSP pluggable',
      `${signed(summary.deltaVsBaselineW, 1)} W (${signed(summary.deltaVsBaselinePercent, 1)} %)`,
      '',
    ],
    ['Max latency', fixed(summary.maxLatencyNs, 1), 'ns'],
    [
      'Links routed / failing',
      `${summary.routedCount}/${summary.linkCount} · ${summary.failingCount}`,
      '',
    ],
  ];
  return (
    <dl className="metrics__totals" data-testid="metrics-totals">
      {rows.map(([label, value, unit, cls]) => (
        <div key={label} className="metrics__total">
          <dt title={TITLES[label]}>{label}</dt>
          <dd className={cls ? `margin--${cls}` : undefined} data-testid={`total-${label}`}>
            {value}
            {unit && <span className="metrics__unit"> {unit}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
});
