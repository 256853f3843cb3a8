/**
 * Stack-up: every carrier with its place in the stack (height span, standoff, parent) and
 * its layers from bottom to top with thickness and thermal conductivity.
 */
import { designLayerK } from '../../model/layerConductivity';
import { escapeHtml, fmt, table } from '../format';
import type { ReportSection } from '../reportTypes';
import type { LayoutBox } from '../svg/layoutBoxes';
import type { Design } from '../../model/schema';

/** The stack-up section. */
export function stackupSection(doc: Design, boxes: readonly LayoutBox[]): ReportSection {
  const spans = new Map(boxes.map((b) => [b.id, b]));
  const names = new Map(doc.carriers.map((c) => [c.id, c.name]));
  const carriers = table(
    ['Carrier', 'Kind', 'On', 'Size mm', 'Standoff mm', 'z mm', 'Layers'],
    doc.carriers.map((c) => {
      const b = spans.get(c.id);
      return [
        escapeHtml(c.name),
        escapeHtml(c.kind),
        escapeHtml(c.onCarrierId ? (names.get(c.onCarrierId) ?? c.onCarrierId) : '—'),
        `${fmt(c.widthMm, 1)} × ${fmt(c.depthMm, 1)}`,
        fmt(c.standoffMm, 2),
        b ? `${fmt(b.minMm.z, 3)} – ${fmt(b.maxMm.z, 3)}` : '—',
        String(c.layers.length),
      ];
    }),
    { numeric: [3, 4, 5, 6] },
  );
  const layers = doc.carriers
    .map(
      (c) =>
        `<h3>${escapeHtml(c.name)}</h3>${table(
          [
            '#',
            'Layer (bottom to top)',
            'Material',
            'Thickness mm',
            'k in-plane W/(m·K)',
            'k through W/(m·K)',
          ],
          c.layers.map((l, i) => {
            const k = designLayerK(doc, l);
            const regions = (l.regions ?? []).map((r) => `${r.name || r.id} (${r.material})`);
            return [
              String(i + 1),
              escapeHtml(l.name) +
                (regions.length
                  ? `<br><small>regions: ${escapeHtml(regions.join(', '))}</small>`
                  : ''),
              escapeHtml(l.material) + (l.copper?.length ? ' + Cu' : ''),
              fmt(l.thicknessMm, 3),
              fmt(k.inPlaneWmK, 1),
              fmt(k.throughPlaneWmK, 2),
            ];
          }),
          { numeric: [0, 3, 4, 5] },
        )}`,
    )
    .join('');
  return { id: 'stackup', title: 'Stack-up', html: `${carriers}${layers}` };
}
