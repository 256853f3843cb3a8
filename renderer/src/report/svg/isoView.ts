/**
 * Isometric vector drawing of the layout: each box as its three visible faces (top, south,
 * west) seen from the south-west above, drawn far to near (painter's order), heights
 * exaggerated so thin carriers stay visible. Projection for a camera along (−1, −1, 1):
 * u = (x − y)/√2, v = (x + y + 2z·k)/√6 with k the height exaggeration.
 */
import { escapeHtml } from '../format';
import { BOX_COLORS, type LayoutBox } from './layoutBoxes';
import { shade } from './shade';

/** Height exaggeration of the isometric view (z is drawn this many times taller). */
export const ISO_Z_EXAGGERATION = 4;

interface Point2 {
  u: number;
  v: number;
}

function project(x: number, y: number, z: number): Point2 {
  return { u: (x - y) / Math.SQRT2, v: -(x + y + 2 * z * ISO_Z_EXAGGERATION) / Math.sqrt(6) };
}

function polygon(points: readonly Point2[], fill: string): string {
  const d = points.map((p) => `${p.u.toFixed(2)},${p.v.toFixed(2)}`).join(' ');
  return `<polygon points="${d}" fill="${fill}" stroke="#1d232b" stroke-width="0.25" stroke-linejoin="round"/>`;
}

function boxFaces(b: LayoutBox): string {
  const { x: x0, y: y0, z: z0 } = b.minMm;
  const { x: x1, y: y1, z: z1 } = b.maxMm;
  const base = BOX_COLORS[b.kind];
  const top = [project(x0, y0, z1), project(x1, y0, z1), project(x1, y1, z1), project(x0, y1, z1)];
  const south = [
    project(x0, y0, z0),
    project(x1, y0, z0),
    project(x1, y0, z1),
    project(x0, y0, z1),
  ];
  const west = [project(x0, y0, z0), project(x0, y1, z0), project(x0, y1, z1), project(x0, y0, z1)];
  return `<g><title>${escapeHtml(b.name)}</title>${polygon(west, shade(base, 0.62))}${polygon(south, shade(base, 0.8))}${polygon(top, base)}</g>`;
}

/** Far to near: lower bodies first, then by distance from the camera (larger x + y first). */
function paintOrder(a: LayoutBox, b: LayoutBox): number {
  if (a.minMm.z !== b.minMm.z) return a.minMm.z - b.minMm.z;
  return b.minMm.x + b.minMm.y - (a.minMm.x + a.minMm.y);
}

/** The isometric view as an SVG element of the given width, px (height follows the content). */
export function isoViewSvg(boxes: readonly LayoutBox[], widthPx: number): string {
  if (boxes.length === 0) return '<p class="note">The design has no bodies to draw.</p>';
  let minU = Infinity;
  let maxU = -Infinity;
  let minV = Infinity;
  let maxV = -Infinity;
  for (const b of boxes)
    for (const x of [b.minMm.x, b.maxMm.x])
      for (const y of [b.minMm.y, b.maxMm.y])
        for (const z of [b.minMm.z, b.maxMm.z]) {
          const p = project(x, y, z);
          minU = Math.min(minU, p.u);
          maxU = Math.max(maxU, p.u);
          minV = Math.min(minV, p.v);
          maxV = Math.max(maxV, p.v);
        }
  const pad = (maxU - minU) * 0.02;
  const w = maxU - minU + 2 * pad;
  const h = maxV - minV + 2 * pad;
  const heightPx = Math.round((widthPx * h) / w);
  const body = [...boxes].sort(paintOrder).map(boxFaces).join('');
  return `<svg class="view iso" xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="${(minU - pad).toFixed(2)} ${(minV - pad).toFixed(2)} ${w.toFixed(2)} ${h.toFixed(2)}" role="img" aria-label="Isometric view">${body}</svg>`;
}
