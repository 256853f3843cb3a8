/**
 * 3D views: the isometric and top drawings of the layout (vector SVG, svg/isoView.ts and
 * svg/topView.ts) with a legend of the body kinds present.
 */
import { escapeHtml } from '../format';
import type { ReportSection } from '../reportTypes';
import { isoViewSvg, ISO_Z_EXAGGERATION } from '../svg/isoView';
import { BOX_COLORS, BOX_KIND_LABELS, type LayoutBox } from '../svg/layoutBoxes';
import { topViewSvg } from '../svg/topView';

/** Width of a full-width drawing, CSS px (A4 text width at 96 px/in is about 680 px). */
export const FIGURE_WIDTH_PX = 680;

function legend(boxes: readonly LayoutBox[]): string {
  const kinds = [...new Set(boxes.map((b) => b.kind))];
  return `<ul class="legend">${kinds
    .map(
      (k) =>
        `<li><span class="swatch" style="background:${BOX_COLORS[k]}"></span>${escapeHtml(BOX_KIND_LABELS[k])}</li>`,
    )
    .join('')}</ul>`;
}

/** The views section from the layout's boxes. */
export function viewsSection(boxes: readonly LayoutBox[]): ReportSection {
  return {
    id: 'views',
    title: '3D views',
    html: `<figure class="keep">${isoViewSvg(boxes, FIGURE_WIDTH_PX)}<figcaption>Isometric view from the south-west (heights drawn ${ISO_Z_EXAGGERATION}× to show the stack).</figcaption></figure>${legend(boxes)}<figure class="keep">${topViewSvg(boxes, FIGURE_WIDTH_PX)}<figcaption>Top view, to scale.</figcaption></figure>`,
  };
}
