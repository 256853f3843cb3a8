/**
 * Top (plan) vector drawing of the layout: carriers and components as filled footprints in
 * z order, y up, with the reference designators of components large enough to hold one, and
 * a scale bar in mm.
 */
import { escapeHtml } from '../format';
import { BOX_COLORS, type LayoutBox } from './layoutBoxes';

function bounds(boxes: readonly LayoutBox[]) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.minMm.x);
    minY = Math.min(minY, b.minMm.y);
    maxX = Math.max(maxX, b.maxMm.x);
    maxY = Math.max(maxY, b.maxMm.y);
  }
  return { minX, minY, maxX, maxY };
}

/** A round scale-bar length, mm: 1, 2 or 5 × 10ⁿ near a fifth of the span. */
export function scaleBarMm(spanMm: number): number {
  const target = spanMm / 5;
  const decade = 10 ** Math.floor(Math.log10(target));
  const steps = [1, 2, 5, 10].map((s) => s * decade);
  return steps.reduce((best, s) => (Math.abs(s - target) < Math.abs(best - target) ? s : best));
}

/** The top view as an SVG element of the given width, px. */
export function topViewSvg(boxes: readonly LayoutBox[], widthPx: number): string {
  if (boxes.length === 0) return '<p class="note">The design has no bodies to draw.</p>';
  const r = bounds(boxes);
  const spanX = r.maxX - r.minX;
  const pad = spanX * 0.03;
  const bar = scaleBarMm(spanX);
  const w = spanX + 2 * pad;
  const h = r.maxY - r.minY + 2 * pad + pad * 2;
  const heightPx = Math.round((widthPx * h) / w);
  const sorted = [...boxes].sort((a, b) => a.minMm.z - b.minMm.z);
  const labelMm = spanX / 90;
  const shapes = sorted.map((b) => {
    const x = b.minMm.x;
    const y = -b.maxMm.y;
    const bw = b.maxMm.x - b.minMm.x;
    const bh = b.maxMm.y - b.minMm.y;
    const rect = `<rect x="${x.toFixed(2)}" y="${y.toFixed(2)}" width="${bw.toFixed(2)}" height="${bh.toFixed(2)}" fill="${BOX_COLORS[b.kind]}" stroke="#1d232b" stroke-width="${(spanX / 1500).toFixed(3)}"><title>${escapeHtml(b.name)}</title></rect>`;
    const fits = b.kind !== 'carrier' && bw > labelMm * b.name.length * 0.62 && bh > labelMm * 1.4;
    const label = fits
      ? `<text x="${(x + bw / 2).toFixed(2)}" y="${(y + bh / 2 + labelMm * 0.35).toFixed(2)}" font-size="${labelMm.toFixed(2)}" text-anchor="middle" fill="#fff">${escapeHtml(b.name)}</text>`
      : '';
    return rect + label;
  });
  const barY = -r.minY + pad * 1.5;
  const barX = r.minX;
  const scale = `<g class="scale"><line x1="${barX}" y1="${barY}" x2="${barX + bar}" y2="${barY}" stroke="#1d232b" stroke-width="${(spanX / 400).toFixed(3)}"/><text x="${barX + bar + labelMm}" y="${barY + labelMm * 0.35}" font-size="${labelMm.toFixed(2)}" fill="#1d232b">${bar} mm</text></g>`;
  return `<svg class="view top" xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="${(r.minX - pad).toFixed(2)} ${(-r.maxY - pad).toFixed(2)} ${w.toFixed(2)} ${h.toFixed(2)}" role="img" aria-label="Top view">${shapes.join('')}${scale}</svg>`;
}
