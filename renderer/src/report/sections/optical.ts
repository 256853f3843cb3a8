/**
 * Optical engines and lasers: maximum temperature against the limit and the microring
 * resonance drift (ringDriftNmPerK × active-layer rise over the ring reference temperature,
 * model/data/thermal.ts), with the xPU → optical-part thermal coupling.
 */
import type { ThermalResult } from '../../engine/thermal/thermalResult';
import { badge, escapeHtml, fmt, table } from '../format';
import type { ReportSection } from '../reportTypes';
import { barChartSvg } from '../svg/barChart';

/** Bars in the temperature chart: the hottest optical parts. */
const CHART_PARTS = 16;

/** The optical section; without a thermal result it says so. */
export function opticalSection(thermal: ThermalResult | undefined): ReportSection {
  const base = { id: 'optical', title: 'Optical engines: temperature and ring drift' };
  if (!thermal) return { ...base, html: '<p class="note">No thermal result.</p>' };
  if (thermal.optical.length === 0)
    return { ...base, html: '<p>The design has no optical engines or laser sources.</p>' };
  const rows = thermal.optical.map((o) => [
    escapeHtml(o.name),
    escapeHtml(o.category),
    fmt(o.maxC, 1),
    fmt(o.limitC, 0),
    fmt(o.marginC, 1),
    o.ringDriftNm === undefined ? '—' : fmt(o.ringDriftNm, 3),
    o.isOverLimit ? badge('fail', 'OVER') : badge('pass', 'OK'),
  ]);
  const hottest = [...thermal.optical].sort((a, b) => b.maxC - a.maxC).slice(0, CHART_PARTS);
  const chart = barChartSvg(
    hottest.map((o) => ({
      label: o.name,
      value: o.maxC,
      valueText: `${fmt(o.maxC, 1)} °C`,
      state: o.isOverLimit ? 'fail' : o.marginC < 5 ? 'warn' : 'pass',
    })),
    680,
  );
  const names = new Map(thermal.components.map((c) => [c.id, c.name]));
  const couplings = thermal.couplings.length
    ? `<h3>Coupling from the xPU</h3>${table(
        ['xPU', 'Optical part', 'Rise per xPU watt K/W'],
        thermal.couplings.map((c) => [
          escapeHtml(names.get(c.xpuId) ?? c.xpuId),
          escapeHtml(names.get(c.opticalId) ?? c.opticalId),
          fmt(c.kPerW, 4),
        ]),
        { numeric: [2] },
      )}`
    : '';
  return {
    ...base,
    html: `<figure class="keep">${chart}<figcaption>Maximum temperature of the ${hottest.length} hottest of ${thermal.optical.length} optical engines and laser sources.</figcaption></figure>${table(
      ['Part', 'Category', 'Max °C', 'Limit °C', 'Margin K', 'Ring drift nm', 'Status'],
      rows,
      { numeric: [2, 3, 4, 5], nowrap: [0, 1], className: 'data small' },
    )}${couplings}`,
  };
}
