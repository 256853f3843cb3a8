/**
 * Executive summary: one row per check with its measured value, its limit and pass/fail,
 * then the key system figures (the same numbers `lightpath analyze` prints).
 */
import { linkEnergy } from '../linkEnergy';
import { badge, escapeHtml, fmt, fmtSigned, table } from '../format';
import type { ReportInput, ReportSection } from '../reportTypes';

type State = 'pass' | 'fail' | 'warn' | 'info';

interface Check {
  readonly name: string;
  readonly value: string;
  readonly limit: string;
  readonly state: State;
}

const STATE_TEXT: Readonly<Record<State, string>> = {
  pass: 'PASS',
  fail: 'FAIL',
  warn: 'WARN',
  info: 'N/A',
};

function checks(input: ReportInput): Check[] {
  const { electrical: e, thermal, service, findings } = input.analyses;
  const s = e.summary;
  const out: Check[] = [
    {
      name: 'Links routed',
      value: `${s.routedCount} of ${s.linkCount}`,
      limit: 'all',
      state: s.routedCount === s.linkCount ? 'pass' : 'fail',
    },
    {
      name: 'Channel loss within budget',
      value: `${s.linkCount - s.failingCount} of ${s.linkCount}; worst margin ${fmt(s.worstMarginDb, 2)} dB${s.worstMarginLinkId ? ` (${s.worstMarginLinkId})` : ''}`,
      limit: 'margin ≥ 0 dB',
      state: s.failingCount > 0 ? 'fail' : 'pass',
    },
  ];
  if (thermal) {
    const over = thermal.components.filter((c) => c.marginC < 0);
    const worst = [...thermal.components].sort((a, b) => a.marginC - b.marginC)[0];
    out.push({
      name: 'Component temperatures',
      value: `max ${fmt(thermal.maxC, 1)} °C; ${over.length} over limit${worst ? `; least margin ${fmt(worst.marginC, 1)} K (${worst.name})` : ''}`,
      limit: 'each part ≤ its limit',
      state: over.length > 0 ? 'fail' : 'pass',
    });
    const opticalOver = thermal.optical.filter((o) => o.isOverLimit);
    out.push({
      name: 'Optical engines and lasers',
      value: `${thermal.optical.length - opticalOver.length} of ${thermal.optical.length} within limit`,
      limit: 'each ≤ its limit',
      state: opticalOver.length > 0 ? 'fail' : 'pass',
    });
  } else out.push({ name: 'Thermal', value: 'not analysed', limit: '—', state: 'info' });
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  out.push({
    name: 'Design rules',
    value: `${errors} errors, ${warnings} warnings`,
    limit: 'no errors',
    state: errors > 0 ? 'fail' : warnings > 0 ? 'warn' : 'pass',
  });
  out.push({
    name: 'Serviceability score',
    value: `${service.score} / 100`,
    limit: 'informative',
    state: 'info',
  });
  const open = input.doc.comments.filter((c) => c.status === 'open').length;
  out.push({
    name: 'Review comments',
    value: `${open} open, ${input.doc.comments.length - open} resolved`,
    limit: 'none open',
    state: open > 0 ? 'warn' : 'pass',
  });
  return out;
}

/** The overall verdict as a highlighted paragraph: all checks pass, or how many fail. */
export function verdictHtml(input: ReportInput): string {
  const list = checks(input);
  const failed = list.filter((c) => c.state === 'fail').length;
  return failed === 0
    ? `<p class="verdict pass">All checks pass${list.some((c) => c.state === 'warn') ? ' (with warnings)' : ''}.</p>`
    : `<p class="verdict fail">${failed} check${failed === 1 ? '' : 's'} fail: ${escapeHtml(
        list
          .filter((c) => c.state === 'fail')
          .map((c) => c.name.toLowerCase())
          .join(', '),
      )}.</p>`;
}

/** The executive summary section. */
export function summarySection(input: ReportInput): ReportSection {
  const list = checks(input);
  const verdict = verdictHtml(input);
  const checkTable = table(
    ['Check', 'Result', 'Limit', 'Status'],
    list.map((c) => [
      escapeHtml(c.name),
      escapeHtml(c.value),
      escapeHtml(c.limit),
      badge(c.state, STATE_TEXT[c.state]),
    ]),
  );
  const s = input.analyses.electrical.summary;
  const energy = linkEnergy(input.analyses);
  const thermal = input.analyses.thermal;
  const figures = table(
    ['Figure', 'Value'],
    [
      ['Total link power', `${energy.totalW.toFixed(2)} W (${energy.basis})`],
      ['Payload', `${(s.payloadGbps / 1000).toFixed(2)} Tb/s`],
      ['Energy per bit', `${energy.pjPerBit.toFixed(2)} pJ/bit`],
      [
        'DSP-pluggable baseline',
        `${s.baselinePowerW.toFixed(2)} W (${s.baselinePjPerBit.toFixed(2)} pJ/bit)`,
      ],
      [
        'Change against the baseline',
        `${fmtSigned(energy.deltaVsBaselineW, 2)} W (${energy.deltaVsBaselinePercent.toFixed(1)} %)`,
      ],
      ['Max electrical length', `${fmt(s.maxElectricalLengthMm, 2)} mm`],
      ['Max latency', `${fmt(s.maxLatencyNs, 1)} ns`],
      [
        'Max temperature',
        thermal ? `${fmt(thermal.maxC, 1)} °C (ambient ${fmt(thermal.ambientC, 1)} °C)` : '—',
      ],
    ],
    { numeric: [1], className: 'data figures' },
  );
  return {
    id: 'summary',
    title: 'Executive summary',
    html: `${verdict}${checkTable}<h3>Key figures</h3>${figures}`,
  };
}
