/**
 * Thermal: the heat map of the top-surface cut with its colour scale, the hotspot list and
 * the component temperatures against their limits (engine/thermal, docs/MODELS.md "Thermal").
 */
import type { ThermalResult } from '../../engine/thermal/thermalResult';
import { badge, escapeHtml, fmt, table } from '../format';
import type { ReportSection } from '../reportTypes';
import { heatMapSvg } from '../svg/heatMap';
import type { LayoutBox } from '../svg/layoutBoxes';
import { FIGURE_WIDTH_PX } from './views';

function solverNote(t: ThermalResult, preset: string | undefined): string {
  return `Steady-state conduction, ${t.grid.nx}×${t.grid.ny}×${t.grid.nz} cells (${preset ?? t.grid.preset} mesh), ${t.iterations} CG iterations, relative residual ${t.relativeResidual.toExponential(1)}, energy balance error ${(t.energyBalance.relativeError * 100).toFixed(2)} %. Ambient ${fmt(t.ambientC, 1)} °C.`;
}

/** The thermal section; `undefined` thermal result gives a short note. */
export function thermalSection(
  thermal: ThermalResult | undefined,
  preset: string | undefined,
  boxes: readonly LayoutBox[],
): ReportSection {
  if (!thermal)
    return {
      id: 'thermal',
      title: 'Thermal',
      html: '<p class="note">The thermal analysis was not run for this report.</p>',
    };
  const slice = thermal.slices[0];
  const map = slice
    ? `<figure class="keep">${heatMapSvg(slice, boxes, FIGURE_WIDTH_PX)}<figcaption>Temperature at the ${escapeHtml(slice.label)} (z = ${fmt(slice.zMm, 2)} mm), °C, with component outlines.</figcaption></figure>`
    : '';
  const names = new Map(thermal.components.map((c) => [c.id, c.name]));
  const hotspots = table(
    ['#', 'Temperature °C', 'x, y, z mm', 'In'],
    thermal.hotspots.map((h, i) => [
      String(i + 1),
      fmt(h.c, 1),
      `${fmt(h.x, 1)}, ${fmt(h.y, 1)}, ${fmt(h.z, 2)}`,
      escapeHtml(names.get(h.ownerId) ?? h.ownerId),
    ]),
    { numeric: [0, 1, 2] },
  );
  const parts = table(
    ['Component', 'Category', 'Max °C', 'Mean °C', 'Limit °C', 'Margin K', 'Status'],
    [...thermal.components]
      .sort((a, b) => a.marginC - b.marginC)
      .map((c) => [
        escapeHtml(c.name),
        escapeHtml(c.category),
        fmt(c.maxC, 1),
        fmt(c.meanC, 1),
        fmt(c.limitC, 0),
        fmt(c.marginC, 1),
        c.marginC < 0 ? badge('fail', 'OVER') : badge('pass', 'OK'),
      ]),
    { numeric: [2, 3, 4, 5], nowrap: [0, 1], className: 'data small' },
  );
  const warnings = thermal.warnings.length
    ? `<ul class="warnings">${thermal.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`
    : '';
  return {
    id: 'thermal',
    title: 'Thermal',
    html: `<p>${solverNote(thermal, preset)}</p>${map}<h3>Hotspots</h3>${hotspots}<h3>Component temperatures (least margin first)</h3>${parts}${warnings}`,
  };
}
