/**
 * Findings: every design-rule finding (engine/rules), every electrical finding and every
 * thermal warning, errors first, each with the components involved.
 */
import { badge, escapeHtml, table } from '../format';
import type { ReportInput, ReportSection } from '../reportTypes';

const STATE = { error: 'fail', warning: 'warn', info: 'info' } as const;

/** The findings section. */
export function findingsSection(input: ReportInput): ReportSection {
  const names = new Map(input.doc.components.map((c) => [c.id, c.name]));
  const { findings, electrical, thermal } = input.analyses;
  const rows = [
    ...findings.map((f) => [
      badge(STATE[f.severity], f.severity.toUpperCase()),
      escapeHtml(f.rule),
      escapeHtml(f.message),
      escapeHtml(f.components.map((id) => names.get(id) ?? id).join(', ')),
    ]),
    ...electrical.findings.map((f) => [
      badge(STATE[f.severity], f.severity.toUpperCase()),
      escapeHtml(`electrical: ${f.kind}`),
      escapeHtml(f.message),
      escapeHtml(f.linkId),
    ]),
    ...(thermal?.warnings ?? []).map((w) => [
      badge('warn', 'WARNING'),
      'thermal',
      escapeHtml(w),
      '',
    ]),
  ];
  const html =
    rows.length === 0
      ? '<p>No findings: every enabled design rule passes.</p>'
      : `<p>${rows.length} finding${rows.length === 1 ? '' : 's'}.</p>${table(['Severity', 'Rule', 'Finding', 'Involves'], rows)}`;
  return { id: 'findings', title: 'Rule findings', html };
}
