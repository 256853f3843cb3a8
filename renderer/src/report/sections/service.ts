/**
 * Serviceability: the 0–100 score with its deductions, the yearly failure, downtime and
 * repair-spend figures, and failures per year by part (engine/service, docs/MODELS.md).
 */
import type { ServiceResult } from '../../engine/service/serviceTypes';
import { escapeHtml, fmt, fmtInt, table } from '../format';
import type { ReportSection } from '../reportTypes';
import { barChartSvg } from '../svg/barChart';

/** The serviceability section. */
export function serviceSection(service: ServiceResult): ReportSection {
  const chart = barChartSvg(
    service.breakdown.map((d) => ({
      label: d.id,
      value: d.points,
      valueText: `−${d.points} of ${d.maxPoints}`,
      state: d.points === 0 ? 'pass' : d.points >= d.maxPoints / 2 ? 'fail' : 'warn',
    })),
    680,
  );
  const breakdown = table(
    ['Deduction', 'Points', 'Why'],
    service.breakdown.map((d) => [
      escapeHtml(d.id),
      `−${d.points} / ${d.maxPoints}`,
      escapeHtml(d.explanation),
    ]),
    { numeric: [1] },
  );
  const figures = table(
    ['Figure', 'Value'],
    [
      ['Failures per year', fmt(service.failuresPerYear, 4)],
      ['Full-outage hours per year', fmt(service.downtimeHoursPerYear, 3)],
      ['Repair spend', `${fmtInt(service.repairSpendUsdPerYear)} USD/yr`],
      ['Hardware cost', `${fmtInt(service.hardwareCostUsd)} USD`],
      ['Total bandwidth', `${(service.totalBandwidthGbps / 1000).toFixed(2)} Tb/s`],
    ],
    { numeric: [1], className: 'data figures' },
  );
  const parts = table(
    ['Part', 'Count', 'Σ FIT', 'Failures/yr'],
    service.parts.map((p) => [
      escapeHtml(p.partId),
      String(p.count),
      fmt(p.totalFit, 0),
      fmt(p.failuresPerYear, 5),
    ]),
    { numeric: [1, 2, 3] },
  );
  return {
    id: 'service',
    title: 'Serviceability',
    html: `<p class="score">Score <strong>${service.score}</strong> / 100</p><figure class="keep">${chart}<figcaption>Points deducted from 100, by cause.</figcaption></figure>${breakdown}<h3>Yearly figures</h3>${figures}<h3>Failures by part</h3>${parts}`,
  };
}
