/**
 * The readable table `lightpath analyze` prints; the `--json` object is built by
 * renderer/src/report/json/analysisJson.ts.
 */
import type { ElectricalResult } from '../../renderer/src/engine/analyze';
import type { Design } from '../../renderer/src/model/schema';

function fmt(value: number | null, digits: number): string {
  return value === null ? '—' : value.toFixed(digits);
}

/** The readable table. */
export function analysisTable(file: string, doc: Design, result: ElectricalResult): string {
  const header = [
    'link',
    'length mm',
    'loss dB',
    'source',
    'budget dB',
    'margin dB',
    'latency ns',
    'power W',
    'pJ/bit',
  ];
  const rows = result.links.map((l) => [
    l.id,
    fmt(l.lengthMm, 2),
    fmt(l.lossDb, 2),
    // Where the loss comes from: the stack-up estimate, or the imported Touchstone file.
    l.lossSource === 'measured' ? `measured: ${l.measuredFile ?? '?'}` : 'estimate',
    fmt(l.budgetDb, 1),
    `${fmt(l.marginDb, 2)}${l.routed && !l.passes ? ' FAIL' : ''}`,
    fmt(l.latencyNs, 1),
    fmt(l.powerW, 3),
    fmt(l.pjPerBit, 2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  const s = result.summary;
  const out = [
    `${file}: ${doc.meta.name} (${doc.meta.architecture})`,
    '',
    line(header),
    ...rows.map(line),
    '',
    `links ${s.linkCount}, routed ${s.routedCount}, failing budget ${s.failingCount}`,
    `max electrical length ${fmt(s.maxElectricalLengthMm, 2)} mm; worst margin ${fmt(s.worstMarginDb, 2)} dB${s.worstMarginLinkId ? ` (${s.worstMarginLinkId})` : ''}`,
    `total power ${s.totalPowerW.toFixed(2)} W for ${(s.payloadGbps / 1000).toFixed(2)} Tb/s payload: ${s.pjPerBit.toFixed(2)} pJ/bit`,
    `DSP-pluggable baseline ${s.baselinePowerW.toFixed(2)} W (${s.baselinePjPerBit.toFixed(2)} pJ/bit): ${s.deltaVsBaselineW >= 0 ? '+' : ''}${s.deltaVsBaselineW.toFixed(2)} W (${s.deltaVsBaselinePercent.toFixed(1)} %)`,
    `max latency ${fmt(s.maxLatencyNs, 1)} ns`,
    ...result.findings.map((f) => `${f.severity}: ${f.message}`),
    '',
  ];
  return out.join('\n');
}
