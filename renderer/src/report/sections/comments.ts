/**
 * Review comments: every comment of the document with author, date, status and anchor,
 * open ones first.
 */
import type { Design } from '../../model/schema';
import { badge, escapeHtml, fmt, table } from '../format';
import type { ReportSection } from '../reportTypes';

/** The comments section. */
export function commentsSection(doc: Design): ReportSection {
  const names = new Map(doc.components.map((c) => [c.id, c.name]));
  const sorted = [...doc.comments].sort(
    (a, b) => Number(a.status === 'resolved') - Number(b.status === 'resolved'),
  );
  const rows = sorted.map((c) => [
    c.status === 'open' ? badge('warn', 'OPEN') : badge('pass', 'RESOLVED'),
    escapeHtml(c.author),
    escapeHtml(c.createdAt.slice(0, 10)),
    escapeHtml(
      'componentId' in c.anchor
        ? (names.get(c.anchor.componentId) ?? c.anchor.componentId)
        : `${fmt(c.anchor.pointMm.x, 1)}, ${fmt(c.anchor.pointMm.y, 1)}, ${fmt(c.anchor.pointMm.z, 1)} mm`,
    ),
    escapeHtml(c.text),
  ]);
  const open = doc.comments.filter((c) => c.status === 'open').length;
  return {
    id: 'comments',
    title: 'Review comments',
    html:
      rows.length === 0
        ? '<p>No review comments.</p>'
        : `<p>${open} open, ${doc.comments.length - open} resolved.</p>${table(['Status', 'Author', 'Date', 'On', 'Comment'], rows)}`,
  };
}
