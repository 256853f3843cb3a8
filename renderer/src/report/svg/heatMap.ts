/**
 * The thermal heat map as vector SVG: one horizontal cut of the solved temperature field
 * (engine/thermal `TemperatureSlice`) drawn cell by cell on its non-uniform mesh, with
 * neighbouring cells of one colour level merged along x, the component outlines on top and a
 * colour bar in °C. Cells the cut misses (NaN) stay blank.
 */
import type { TemperatureSlice } from '../../engine/thermal/thermalResult';
import { escapeHtml, fmt } from '../format';
import { COLOR_LEVELS, colorLevel, levelColor } from './colorScale';
import type { LayoutBox } from './layoutBoxes';

/** Lowest and highest finite temperature of a slice, °C. */
export function sliceRangeC(slice: TemperatureSlice): { minC: number; maxC: number } {
  let minC = Infinity;
  let maxC = -Infinity;
  for (const t of slice.tempC)
    if (Number.isFinite(t)) {
      minC = Math.min(minC, t);
      maxC = Math.max(maxC, t);
    }
  return { minC, maxC };
}

function cells(slice: TemperatureSlice, minC: number, maxC: number): string[] {
  const out: string[] = [];
  for (let j = 0; j < slice.ny; j++) {
    const y0 = slice.yMm[j] as number;
    const y1 = slice.yMm[j + 1] as number;
    let i = 0;
    while (i < slice.nx) {
      const t = slice.tempC[j * slice.nx + i] as number;
      if (!Number.isFinite(t)) {
        i++;
        continue;
      }
      const level = colorLevel(t, minC, maxC);
      let end = i + 1;
      while (end < slice.nx) {
        const next = slice.tempC[j * slice.nx + end] as number;
        if (!Number.isFinite(next) || colorLevel(next, minC, maxC) !== level) break;
        end++;
      }
      const x0 = slice.xMm[i] as number;
      const x1 = slice.xMm[end] as number;
      out.push(
        `<rect x="${x0.toFixed(2)}" y="${(-y1).toFixed(2)}" width="${(x1 - x0).toFixed(2)}" height="${(y1 - y0).toFixed(2)}" fill="${levelColor(level)}"/>`,
      );
      i = end;
    }
  }
  return out;
}

function colorBar(
  minC: number,
  maxC: number,
  x: number,
  y: number,
  heightMm: number,
  fontMm: number,
): string {
  const step = heightMm / COLOR_LEVELS;
  const bars: string[] = [];
  for (let l = 0; l < COLOR_LEVELS; l++)
    bars.push(
      `<rect x="${x.toFixed(2)}" y="${(y + heightMm - (l + 1) * step).toFixed(2)}" width="${(fontMm * 1.6).toFixed(2)}" height="${(step + 0.05).toFixed(2)}" fill="${levelColor(l)}"/>`,
    );
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const ty = y + heightMm * (1 - f);
    return `<text x="${(x + fontMm * 2).toFixed(2)}" y="${(ty + fontMm * 0.35).toFixed(2)}" font-size="${fontMm.toFixed(2)}" fill="#1d232b">${fmt(minC + f * (maxC - minC), 1)} °C</text>`;
  });
  return `<g class="colorbar">${bars.join('')}${ticks.join('')}</g>`;
}

/** The heat map of `slice` with component outlines, as an SVG element `widthPx` wide. */
export function heatMapSvg(
  slice: TemperatureSlice,
  outlines: readonly LayoutBox[],
  widthPx: number,
): string {
  const { minC, maxC } = sliceRangeC(slice);
  if (!Number.isFinite(minC)) return '<p class="note">The cut meets no material.</p>';
  const x0 = slice.xMm[0] as number;
  const x1 = slice.xMm[slice.nx] as number;
  const y0 = slice.yMm[0] as number;
  const y1 = slice.yMm[slice.ny] as number;
  const spanX = x1 - x0;
  const fontMm = spanX / 60;
  const legendW = fontMm * 9;
  const pad = spanX * 0.02;
  const w = spanX + legendW + 2 * pad;
  const h = y1 - y0 + 2 * pad;
  const heightPx = Math.round((widthPx * h) / w);
  const stroke = (spanX / 1200).toFixed(3);
  const lines = outlines
    .filter((b) => b.kind !== 'carrier')
    .map(
      (b) =>
        `<rect x="${b.minMm.x.toFixed(2)}" y="${(-b.maxMm.y).toFixed(2)}" width="${(b.maxMm.x - b.minMm.x).toFixed(2)}" height="${(b.maxMm.y - b.minMm.y).toFixed(2)}" fill="none" stroke="#111" stroke-width="${stroke}"><title>${escapeHtml(b.name)}</title></rect>`,
    );
  const bar = colorBar(minC, maxC, x1 + pad, -y1 + (y1 - y0) * 0.1, (y1 - y0) * 0.8, fontMm);
  return `<svg class="heatmap" xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="${(x0 - pad).toFixed(2)} ${(-y1 - pad).toFixed(2)} ${w.toFixed(2)} ${h.toFixed(2)}" role="img" aria-label="Heat map, ${escapeHtml(slice.label)}" shape-rendering="crispEdges"><g class="cells">${cells(slice, minC, maxC).join('')}</g><g class="outlines">${lines.join('')}</g>${bar}</svg>`;
}
