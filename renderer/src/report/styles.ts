/**
 * The report's one stylesheet: screen and print (A4 portrait, 18/16 mm margins, page numbers
 * "Page n of N" and the design name in the @page margin boxes, which Chromium prints since
 * version 131), tables whose header repeats on every page and whose rows never split.
 */

/** CSS for a report titled `runningTitle` (already CSS-string safe). */
export function reportCss(runningTitle: string): string {
  return `
@page { size: A4 portrait; margin: 18mm 16mm 18mm 16mm;
  @top-left { content: "${runningTitle}"; font: 8pt Helvetica, Arial, sans-serif; color: #5b6570; }
  @top-right { content: "Design review report"; font: 8pt Helvetica, Arial, sans-serif; color: #5b6570; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Helvetica, Arial, sans-serif; color: #5b6570; }
  @bottom-left { content: "Lightpath Studio"; font: 8pt Helvetica, Arial, sans-serif; color: #5b6570; }
}
@page:first { @top-left { content: none; } @top-right { content: none; } }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 760px; padding: 24px; font: 9.5pt/1.4 Helvetica, Arial, sans-serif; color: #1d232b; background: #fff; }
h1 { font-size: 26pt; margin: 0 0 4px; line-height: 1.15; }
h2 { font-size: 15pt; margin: 0 0 10px; padding-bottom: 4px; border-bottom: 2px solid #1f4e79; color: #1f4e79; }
h3 { font-size: 11pt; margin: 16px 0 6px; break-after: avoid; }
p { margin: 6px 0; }
code { font: 8.5pt Menlo, Consolas, monospace; }
section.chapter { break-before: page; padding-top: 4px; }
.cover { min-height: 240mm; display: flex; flex-direction: column; justify-content: center; }
.cover .kicker { text-transform: uppercase; letter-spacing: 0.18em; color: #1f4e79; font-weight: bold; margin-bottom: 8px; }
.cover .subtitle { font-size: 14pt; color: #44505c; margin: 0 0 18px; }
.cover .glance { display: flex; gap: 8px; margin: 4px 0 10px; }
.cover .glance div { flex: 1; border: 1px solid #c9d3dd; border-top: 4px solid #1f4e79; padding: 6px 8px; }
.cover .glance span { display: block; font-size: 7.5pt; color: #5b6570; text-transform: uppercase; letter-spacing: 0.06em; }
.cover .glance strong { font-size: 13pt; }
.cover .description { max-width: 150mm; color: #333; }
.cover table.meta { margin-top: 18px; border-collapse: collapse; width: 130mm; }
.cover table.meta th { text-align: left; width: 38mm; color: #5b6570; font-weight: normal; padding: 3px 0; border-bottom: 1px solid #dde3ea; }
.cover table.meta td { padding: 3px 0; border-bottom: 1px solid #dde3ea; }
.cover .fineprint { margin-top: 24px; font-size: 8pt; color: #5b6570; max-width: 150mm; }
nav.toc ol { list-style: none; padding: 0; margin: 0; }
nav.toc li { display: flex; border-bottom: 1px dotted #b8c2cc; padding: 4px 0; }
nav.toc li a { color: #1d232b; text-decoration: none; flex: 1; }
nav.toc li .no { width: 28px; color: #1f4e79; font-weight: bold; }
table.data { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 8.5pt; }
table.data.small { font-size: 7.5pt; }
table.data.figures { width: 62%; }
table.data th { background: #1f4e79; color: #fff; text-align: left; padding: 3px 5px; font-weight: bold; }
table.data td { padding: 2.5px 5px; border-bottom: 1px solid #dde3ea; vertical-align: top; }
table.data tbody tr:nth-child(even) td { background: #f4f7fa; }
table.data .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.data td.this { font-weight: bold; }
table.data td.id { white-space: nowrap; }
table.compare .arch { font-weight: normal; font-size: 7pt; }
table.compare th.num { white-space: normal; vertical-align: bottom; }
table.compare td:first-child { width: 24%; }
thead { display: table-header-group; }
tr, .badge, figure.keep { break-inside: avoid; page-break-inside: avoid; }
.badge { display: inline-block; padding: 0 5px; border-radius: 3px; font-size: 7.5pt; font-weight: bold; color: #fff; white-space: nowrap; }
.badge.pass { background: #2e7d4f; } .badge.fail { background: #b3261e; } .badge.warn { background: #b86e00; } .badge.info { background: #6b7680; }
.verdict { font-size: 12pt; font-weight: bold; padding: 8px 12px; border-left: 5px solid; }
.verdict.pass { border-color: #2e7d4f; background: #eaf5ee; } .verdict.fail { border-color: #b3261e; background: #fbeceb; }
.score { font-size: 13pt; } .score strong { font-size: 20pt; color: #1f4e79; }
figure { margin: 10px 0; text-align: center; }
figure svg { max-width: 100%; height: auto; }
figure svg.view { width: auto; max-height: 112mm; }
figcaption { font-size: 8pt; color: #5b6570; margin-top: 4px; }
ul.legend { list-style: none; padding: 0; margin: 4px 0 10px; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 8pt; }
ul.legend .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: -1px; border: 1px solid #1d232b; }
.note { color: #5b6570; font-style: italic; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; } }
`;
}
