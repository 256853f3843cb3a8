/**
 * Reports of the six examples: every section is present, the key figures equal what
 * `lightpath analyze --json` prints (formatted the same way), the document is
 * self-contained (no script, no external reference) and holds the vector drawings.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../renderer/src/report/buildReport';
import { runCliCaptured } from '../cli/cliHarness';
import { EXAMPLES, loadExample, reportInput } from './reportHarness';

const SECTION_IDS = [
  'summary',
  'views',
  'stackup',
  'components',
  'links',
  'thermal',
  'optical',
  'fibers',
  'service',
  'findings',
  'comments',
  'appendix',
];

interface AnalyzeJson {
  links: {
    id: string;
    lengthMm: number | null;
    lossDb: number | null;
    marginDb: number | null;
    latencyNs: number | null;
    powerW: number;
    pjPerBit: number;
  }[];
  summary: {
    totalPowerW: number;
    pjPerBit: number;
    baselinePowerW: number;
    maxLatencyNs: number | null;
    worstMarginDb: number | null;
  };
  power: { totalW: number; pjPerBit: number };
}

/** The number in the summary figures' row `label` (its value cell, first number). */
function figure(html: string, label: string): number {
  const at = html.indexOf(`<td>${label}</td>`, html.indexOf('id="summary"'));
  expect(at, label).toBeGreaterThan(0);
  return parseFloat(html.slice(at + label.length + 9).replace(/^<td[^>]*>/, ''));
}

/** The text of the row of link `id` in the link table (between its <tr> and </tr>). */
function linkRow(html: string, id: string): string {
  const start = html.indexOf(`<tr><td class="id">${id}</td>`, html.indexOf('id="links"'));
  expect(start, `row of ${id}`).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</tr>', start));
}

describe.each(EXAMPLES)('report of %s', (file) => {
  const doc = loadExample(file);
  const html = buildReport(reportInput(doc));

  it('has every section, in order, with the TOC linking to each', () => {
    let at = 0;
    for (const id of SECTION_IDS) {
      const pos = html.indexOf(`<section class="chapter" id="${id}">`);
      expect(pos, id).toBeGreaterThan(at);
      at = pos;
      expect(html).toContain(`href="#${id}"`);
    }
  });

  it('prints the figures of `lightpath analyze --json`', async () => {
    const run = await runCliCaptured(['analyze', file, '--json', '--preset', 'coarse']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as AnalyzeJson;
    const s = json.summary;
    // Link power and pJ/bit as dissipated: the pipeline's coupled figures, on the same mesh.
    expect(figure(html, 'Total link power')).toBeCloseTo(json.power.totalW, 2);
    expect(figure(html, 'Energy per bit')).toBeCloseTo(json.power.pjPerBit, 2);
    expect(html).toContain(`${json.power.pjPerBit.toFixed(2)} pJ/bit`);
    expect(html).toContain(`${s.baselinePowerW.toFixed(2)} W`);
    expect(html).toContain(`${s.maxLatencyNs?.toFixed(1)} ns`);
    expect(html).toContain(`worst margin ${s.worstMarginDb?.toFixed(2)} dB`);
    for (const l of json.links) {
      const row = linkRow(html, l.id);
      for (const v of [
        l.lengthMm?.toFixed(2),
        l.lossDb?.toFixed(2),
        l.marginDb?.toFixed(2),
        l.latencyNs?.toFixed(1),
        l.powerW.toFixed(3),
        l.pjPerBit.toFixed(2),
      ])
        expect(row, `${l.id} ${v}`).toContain(`<td class="num">${v}</td>`);
    }
  });

  it('is self-contained: no script, no external URL, no stylesheet link', () => {
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(|javascript:/i);
    const urls = html.match(/(?:https?:)?\/\/[^\s"'<>)]+/g) ?? [];
    expect(urls.filter((u) => u !== 'http://www.w3.org/2000/svg')).toEqual([]);
    expect(html.match(/href="([^"]*)"/g)?.every((h) => h.startsWith('href="#'))).toBe(true);
  });

  it('holds the isometric and top views, the heat map with its scale and page numbering', () => {
    const iso = html.slice(
      html.indexOf('<svg class="view iso"'),
      html.indexOf('</svg>', html.indexOf('<svg class="view iso"')),
    );
    expect(iso.match(/<polygon /g)?.length).toBe(3 * (doc.carriers.length + doc.components.length));
    expect(html).toContain('<svg class="view top"');
    const map = html.slice(html.indexOf('<svg class="heatmap"'));
    expect(map.slice(0, map.indexOf('</svg>')).match(/<rect /g)?.length).toBeGreaterThan(200);
    expect(map).toMatch(/°C<\/text>/);
    expect(html).toContain('counter(page)');
  });
});
