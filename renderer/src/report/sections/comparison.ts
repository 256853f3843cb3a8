/**
 * Comparison with other variants of the same system: one column per design (this one first)
 * with the headline figures of each, computed the same way for every variant.
 */
import { linkEnergy } from '../linkEnergy';
import { escapeHtml, fmt } from '../format';
import type { ReportAnalyses, ReportInput, ReportSection, ReportVariant } from '../reportTypes';
import { barChartSvg } from '../svg/barChart';
import { ARCHITECTURE_SHORT } from './labels';

interface Row {
  readonly label: string;
  readonly value: (a: ReportAnalyses) => string;
}

const ROWS: readonly Row[] = [
  { label: 'Total link power W', value: (a) => linkEnergy(a).totalW.toFixed(2) },
  { label: 'Energy per bit pJ/bit', value: (a) => linkEnergy(a).pjPerBit.toFixed(2) },
  {
    label: 'Δ vs DSP baseline %',
    value: (a) => linkEnergy(a).deltaVsBaselinePercent.toFixed(1),
  },
  {
    label: 'Max electrical length mm',
    value: (a) => fmt(a.electrical.summary.maxElectricalLengthMm, 2),
  },
  { label: 'Worst margin dB', value: (a) => fmt(a.electrical.summary.worstMarginDb, 2) },
  { label: 'Links failing budget', value: (a) => String(a.electrical.summary.failingCount) },
  { label: 'Max latency ns', value: (a) => fmt(a.electrical.summary.maxLatencyNs, 1) },
  { label: 'Max temperature °C', value: (a) => fmt(a.thermal?.maxC, 1) },
  { label: 'Serviceability score', value: (a) => String(a.service.score) },
  {
    label: 'Rule errors',
    value: (a) => String(a.findings.filter((f) => f.severity === 'error').length),
  },
];

/** The comparison section, or undefined when no other variant was given. */
export function comparisonSection(input: ReportInput): ReportSection | undefined {
  const others = input.variants ?? [];
  if (others.length === 0) return undefined;
  const all: ReportVariant[] = [
    {
      label: `${input.doc.meta.variant || input.doc.meta.name} (this)`,
      doc: input.doc,
      analyses: input.analyses,
    },
    ...others,
  ];
  const head = `<thead><tr><th></th>${all.map((v) => `<th class="num">${escapeHtml(v.label)}<br><span class="arch">${escapeHtml(ARCHITECTURE_SHORT[v.doc.meta.architecture])}</span></th>`).join('')}</tr></thead>`;
  const body = ROWS.map(
    (r) =>
      `<tr><td>${r.label}</td>${all.map((v, i) => `<td class="num${i === 0 ? ' this' : ''}">${r.value(v.analyses)}</td>`).join('')}</tr>`,
  ).join('');
  const chart = barChartSvg(
    all.map((v, i) => ({
      label: v.doc.meta.variant || v.doc.meta.name,
      value: linkEnergy(v.analyses).pjPerBit,
      valueText: `${linkEnergy(v.analyses).pjPerBit.toFixed(2)} pJ/bit`,
      state: i === 0 ? 'warn' : 'neutral',
    })),
    680,
  );
  const thermalNote = input.analyses.thermalPreset
    ? ` Temperatures of every column come from the ${escapeHtml(others[0]?.analyses.thermalPreset ?? input.analyses.thermalPreset)} mesh.`
    : '';
  return {
    id: 'comparison',
    title: 'Comparison with other variants',
    html: `<p>Headline figures of each variant, analysed with the same models and data.${thermalNote}</p><table class="data compare">${head}<tbody>${body}</tbody></table><figure class="keep">${chart}<figcaption>Energy per bit of the link power, by variant.</figcaption></figure>`,
  };
}
