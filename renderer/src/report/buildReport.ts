/**
 * The design-review report as one self-contained HTML document: cover, table of contents,
 * numbered sections (one file each in sections/), styles inline, drawings as inline SVG,
 * no script and no external reference, so it passes the CSP
 * `default-src 'none'; style-src 'unsafe-inline'; img-src data:` and prints on its own.
 * Pure: the same input gives the same string.
 */
import { escapeHtml } from './format';
import type { ReportInput, ReportSection } from './reportTypes';
import { appendixSection } from './sections/appendix';
import { commentsSection } from './sections/comments';
import { comparisonSection } from './sections/comparison';
import { componentsSection } from './sections/components';
import { coverHtml } from './sections/cover';
import { fibersSection } from './sections/fibers';
import { findingsSection } from './sections/findings';
import { linksSection } from './sections/links';
import { opticalSection } from './sections/optical';
import { serviceSection } from './sections/service';
import { stackupSection } from './sections/stackup';
import { summarySection } from './sections/summary';
import { thermalSection } from './sections/thermal';
import { viewsSection } from './sections/views';
import { reportCss } from './styles';
import { layoutBoxes } from './svg/layoutBoxes';

/** The Content-Security-Policy the report is written for (also set in its <meta>). */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The sections in report order (the comparison only when variants are given). */
export function reportSections(input: ReportInput): ReportSection[] {
  const boxes = layoutBoxes(input.doc, input.library);
  const { thermal, thermalPreset, service } = input.analyses;
  const comparison = comparisonSection(input);
  return [
    summarySection(input),
    viewsSection(boxes),
    stackupSection(input.doc, boxes),
    componentsSection(input.doc, input.library),
    linksSection(input),
    thermalSection(thermal, thermalPreset, boxes),
    opticalSection(thermal),
    fibersSection(input.doc, input.analyses.electrical),
    serviceSection(service),
    findingsSection(input),
    ...(comparison ? [comparison] : []),
    commentsSection(input.doc),
    appendixSection(input),
  ];
}

function toc(sections: readonly ReportSection[]): string {
  const items = sections
    .map(
      (s, i) =>
        `<li><span class="no">${i + 1}</span><a href="#${s.id}">${escapeHtml(s.title)}</a></li>`,
    )
    .join('');
  return `<section class="chapter"><h2>Contents</h2><nav class="toc"><ol>${items}</ol></nav></section>`;
}

/** CSS string literal content: quotes and backslashes escaped, line breaks removed. */
function cssString(text: string): string {
  return text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}

/** Builds the report HTML. */
export function buildReport(input: ReportInput): string {
  const sections = reportSections(input);
  const { meta } = input.doc;
  const title =
    meta.variant && !meta.name.includes(meta.variant)
      ? `${meta.name} — ${meta.variant}`
      : meta.name;
  const body = sections
    .map(
      (s, i) =>
        `<section class="chapter" id="${s.id}"><h2>${i + 1}. ${escapeHtml(s.title)}</h2>${s.html}</section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Lightpath Studio ${escapeHtml(input.studioVersion)}">
<title>${escapeHtml(`Design review: ${title}`)}</title>
<style>${reportCss(cssString(title))}</style>
</head>
<body>
${coverHtml(input)}
${toc(sections)}
${body}
</body>
</html>
`;
}
