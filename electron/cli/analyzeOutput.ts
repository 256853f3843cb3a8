/**
 * What `lightpath analyze` prints: the JSON object documented in docs/CLI.md, and a
 * readable table of the same figures.
 */
import type { ElectricalResult, LinkResult } from '../../renderer/src/engine/analyze';
import type { Design } from '../../renderer/src/model/schema';

/** One link as printed by `--json` (segments without their drawing polylines). */
function linkJson(l: LinkResult) {
  return {
    id: l.id,
    from: l.from,
    to: l.to,
    lanes: l.lanes,
    laneRateGbps: l.laneRateGbps,
    serdesClass: l.serdesClass,
    routed: l.routed,
    lengthMm: l.lengthMm,
    lossDb: l.lossDb,
    budgetDb: l.budgetDb,
    budgetKind: l.budgetKind,
    marginDb: l.marginDb,
    passes: l.passes,
    latencyNs: l.latencyNs,
    powerW: l.powerW,
    pjPerBit: l.pjPerBit,
    nyquistGhz: l.nyquistGhz,
    skewMm: l.skewMm,
    laneLengthsMm: l.laneLengthsMm,
    segments: l.segments.map((s) => ({ medium: s.medium, lengthMm: s.lengthMm, lossDb: s.lossDb })),
    crossings: l.crossings,
    latency: l.latency,
    power: l.power,
  };
}

/** The `--json` object. */
export function analysisJson(file: string, doc: Design, result: ElectricalResult) {
  return {
    file,
    design: { name: doc.meta.name, variant: doc.meta.variant, architecture: doc.meta.architecture },
    links: result.links.map(linkJson),
    summary: result.summary,
    electricalFindings: result.findings,
  };
}

function fmt(value: number | null, digits: number): string {
  return value === null ? '—' : value.toFixed(digits);
}

/** The readable table. */
export function analysisTable(file: string, doc: Design, result: ElectricalResult): string {
  const header = [
    'link',
    'length mm',
    'loss dB',
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
