/**
 * What `lightpath sweep` prints: a readable table, the CSV of engine/sweep/sweepCsv.ts, or
 * the JSON object documented in docs/CLI.md.
 */
import type { SweepRow, SweepSpec } from '../../renderer/src/engine/sweep/sweep';
import { SWEEP_PARAMS } from '../../renderer/src/engine/sweep/sweepParams';

/** The `--json` object. */
export function sweepJson(
  file: string,
  spec: SweepSpec,
  thermal: string,
  rows: readonly SweepRow[],
) {
  return {
    file,
    param: spec.param,
    unit: SWEEP_PARAMS[spec.param].unit,
    from: spec.from,
    to: spec.to,
    steps: spec.steps,
    thermal,
    rows: rows.map((r) => ({ step: r.index, value: r.value, ...r.metrics })),
  };
}

function fmt(value: number | null, digits: number): string {
  return value === null ? '—' : value.toFixed(digits);
}

/** The readable table: one line per step. */
export function sweepTable(file: string, spec: SweepSpec, rows: readonly SweepRow[]): string {
  const unit = SWEEP_PARAMS[spec.param].unit;
  const header = [
    `${spec.param} (${unit})`,
    'pJ/bit',
    'margin dB',
    'elec mm',
    'OE °C',
    'drift nm',
    'score',
    'errors',
  ];
  const body = rows.map((r) => [
    String(Number(r.value.toPrecision(6))),
    fmt(r.metrics.pjPerBit, 2),
    fmt(r.metrics.worstMarginDb, 2),
    fmt(r.metrics.maxElectricalLengthMm, 1),
    fmt(r.metrics.hottestOeC, 1),
    fmt(r.metrics.maxRingDriftNm, 3),
    String(r.metrics.serviceScore),
    String(r.metrics.errorCount),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  return [
    `${file}: sweep of ${spec.param}, ${rows.length} steps`,
    '',
    line(header),
    ...body.map(line),
    '',
  ].join('\n');
}
