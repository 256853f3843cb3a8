/**
 * Component table: every placed component with its part, category, position, rotation,
 * carrier and side, power and temperature limit (instance overrides applied).
 */
import { designParts } from '../../model/designParts';
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import { escapeHtml, fmt, table } from '../format';
import type { ReportSection } from '../reportTypes';

/** The component section. */
export function componentsSection(doc: Design, partLibrary: PartLibrary): ReportSection {
  const library = designParts(doc, partLibrary);
  let totalW = 0;
  const rows = doc.components.map((c) => {
    const part = library.get(c.partId);
    const powerW = c.overrides?.powerW ?? part?.powerW;
    totalW += powerW ?? 0;
    return [
      escapeHtml(c.name),
      escapeHtml(part?.name ?? `unknown part ${c.partId}`),
      escapeHtml(part?.category ?? '—'),
      `${fmt(c.positionMm.x, 2)}, ${fmt(c.positionMm.y, 2)}`,
      fmt(c.rotationDeg, 0),
      escapeHtml(`${c.mount.carrierId}${c.mount.side === 'bottom' ? ' (bottom)' : ''}`),
      fmt(powerW, 2),
      fmt(c.overrides?.tempLimitC ?? part?.tempLimitC, 0),
    ];
  });
  return {
    id: 'components',
    title: 'Components',
    html: `<p>${doc.components.length} components dissipating ${totalW.toFixed(2)} W in total (part power with instance overrides).</p>${table(
      ['Ref', 'Part', 'Category', 'Position x, y mm', 'Rot °', 'Carrier', 'Power W', 'Limit °C'],
      rows,
      { numeric: [3, 4, 6, 7], nowrap: [0, 2], className: 'data small' },
    )}`,
  };
}
