/**
 * Fibers: the length of every fiber bundle (a fiber's `bundle`, or the fiber alone) with
 * its skew in mm and ps (engine/latency/fiberBundles.ts: route with its bend arcs plus the
 * external length; group delay n_g / c from model/data/propagation.ts), then every fiber.
 */
import type { ElectricalResult } from '../../engine/resultTypes';
import type { Design } from '../../model/schema';
import { badge, escapeHtml, fmt, table } from '../format';
import type { ReportSection } from '../reportTypes';

/** The fibers section; a design without fibers says so. */
export function fibersSection(doc: Design, electrical: ElectricalResult): ReportSection {
  const base = { id: 'fibers', title: 'Fibers: lengths and skew' };
  const result = electrical.fibers;
  if (!result || result.fibers.length === 0)
    return { ...base, html: '<p>The design has no fibers.</p>' };
  const byId = new Map(doc.fibers.map((f) => [f.id, f]));
  const bundles = table(
    ['Bundle', 'Ribbons', 'Fibers', 'Min mm', 'Max mm', 'Skew mm', 'Skew ps'],
    result.bundles.map((b) => [
      escapeHtml(b.bundle),
      String(b.fiberIds.length),
      String(b.fiberCount),
      fmt(b.minMm, 1),
      fmt(b.maxMm, 1),
      fmt(b.skewMm, 1),
      fmt(b.skewPs, 1),
    ]),
    { numeric: [1, 2, 3, 4, 5, 6], nowrap: [0], className: 'data small' },
  );
  const fibers = table(
    ['Fiber', 'From', 'To', 'Type', 'Radius mm', 'Route mm', 'Total mm', 'Bends'],
    result.fibers.map((row) => {
      const f = byId.get(row.id);
      const to = f?.to
        ? `${f.to.componentId}.${f.to.port}`
        : f?.endMm
          ? `(${fmt(f.endMm.x, 1)}, ${fmt(f.endMm.y, 1)})`
          : '—';
      return [
        escapeHtml(row.id),
        escapeHtml(f ? `${f.from.componentId}.${f.from.port}` : '—'),
        escapeHtml(to),
        escapeHtml(f?.fiberType ?? '—'),
        f?.bendRadiusMm === undefined ? 'type min' : fmt(f.bendRadiusMm, 1),
        fmt(row.routeMm, 1),
        fmt(row.lengthMm, 1),
        row.hasProblem ? badge('fail', 'TIGHT') : badge('pass', 'OK'),
      ];
    }),
    { numeric: [4, 5, 6], nowrap: [0, 1, 2], className: 'data small' },
  );
  const note = `<p class="note">Routes are computed round keep-outs and cooled or tall parts and over lower ones, every corner on an arc of the fiber's bend radius; skew at ${fmt(result.psPerMm, 2)} ps/mm (group index ${fmt(result.psPerMm * 0.299792458, 4)}).</p>`;
  return { ...base, html: `${note}<h3>Bundles</h3>${bundles}<h3>Every fiber</h3>${fibers}` };
}
