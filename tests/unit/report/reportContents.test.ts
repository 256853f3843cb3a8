/**
 * Report contents that depend on the document: every rule finding and every review comment
 * is listed (text escaped), comparison columns appear only with variants, and the helpers
 * (formatting, revision hash, colour scale, scale bar) behave as documented.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../renderer/src/report/buildReport';
import { escapeHtml, fmt, fmtSigned } from '../../../renderer/src/report/format';
import { contentRevision } from '../../../renderer/src/report/revision';
import { colorLevel, COLOR_LEVELS, rampColor } from '../../../renderer/src/report/svg/colorScale';
import { scaleBarMm } from '../../../renderer/src/report/svg/topView';
import type { Design } from '../../../renderer/src/model/schema';
import { loadExample, reportInput } from './reportHarness';

/** CPO-A with the first two engines piled onto the switch and three comments (two open). */
function troubledDesign(): Design {
  const doc = structuredClone(loadExample('assets/examples/switch-cpo-a.lightpath.json'));
  const xpu = doc.components.find((c) => c.partId.startsWith('switch'));
  const engines = doc.components.filter((c) => c.partId.startsWith('oe'));
  if (!xpu || engines.length < 2) throw new Error('unexpected example');
  for (const oe of engines.slice(0, 2)) oe.positionMm = { ...xpu.positionMm };
  doc.comments = [
    {
      id: 'c-open-1',
      author: 'A. Reviewer',
      createdAt: '2026-11-20T10:00:00Z',
      text: 'Check the <OE> spacing & keep-outs',
      status: 'open',
      anchor: { componentId: xpu.id },
    },
    {
      id: 'c-open-2',
      author: 'B. Thermal',
      createdAt: '2026-11-21T10:00:00Z',
      text: 'Cold plate margin is thin',
      status: 'open',
      anchor: { pointMm: { x: 1, y: 2, z: 3 } },
    },
    {
      id: 'c-done',
      author: 'C. SI',
      createdAt: '2026-11-22T10:00:00Z',
      text: 'Loss budget confirmed',
      status: 'resolved',
      anchor: { componentId: xpu.id },
    },
  ];
  return doc;
}

describe('findings and comments', () => {
  const input = reportInput(troubledDesign());
  const html = buildReport(input);
  const section = (id: string) =>
    html.slice(html.indexOf(`id="${id}"`), html.indexOf('</section>', html.indexOf(`id="${id}"`)));

  it('lists every rule finding with its message', () => {
    const findings = input.analyses.findings;
    expect(findings.filter((f) => f.rule === 'overlap').length).toBeGreaterThan(0);
    const text = section('findings');
    for (const f of findings) expect(text).toContain(escapeHtml(f.message));
    expect(text).toContain(
      `${findings.length + input.analyses.electrical.findings.length + (input.analyses.thermal?.warnings.length ?? 0)} finding`,
    );
  });

  it('lists every comment, open first, escaped, and counts the open ones in the summary', () => {
    const text = section('comments');
    expect(text).toContain('Check the &lt;OE&gt; spacing &amp; keep-outs');
    expect(text.indexOf('Cold plate margin')).toBeLessThan(text.indexOf('Loss budget confirmed'));
    expect(text.match(/badge warn">OPEN/g)?.length).toBe(2);
    expect(text.match(/badge pass">RESOLVED/g)?.length).toBe(1);
    expect(section('summary')).toContain('2 open, 1 resolved');
    expect(section('summary')).toMatch(/Design rules<\/td><td>\d+ errors/);
    expect(section('summary')).toContain('verdict fail');
  });

  it('adds the comparison only when variants are given', () => {
    expect(html).not.toContain('id="comparison"');
    const other = loadExample('assets/examples/switch-npo.lightpath.json');
    const withVariant = buildReport({
      ...input,
      variants: [{ label: 'NPO', doc: other, analyses: reportInput(other).analyses }],
    });
    const text = withVariant.slice(withVariant.indexOf('id="comparison"'));
    expect(text).toContain('<span class="arch">NPO</span>');
    // The variant's link power as dissipated (its coupled power ⇄ thermal result).
    const coupled = reportInput(other).analyses.coupled!;
    expect(text).toContain(`<td class="num">${coupled.power.totalW.toFixed(2)}</td>`);
  });

  it('is deterministic', () => {
    expect(buildReport(input)).toBe(html);
  });
});

describe('report helpers', () => {
  it('formats like the CLI and marks missing figures', () => {
    expect(fmt(1.005, 2)).toBe((1.005).toFixed(2));
    expect(fmt(null, 2)).toBe('—');
    expect(fmt(Number.NaN, 1)).toBe('—');
    expect(fmtSigned(2, 1)).toBe('+2.0');
    expect(fmtSigned(-2, 1)).toBe('-2.0');
  });

  it('hashes revisions with FNV-1a (published test vectors)', () => {
    expect(contentRevision('')).toBe('811c9dc5');
    expect(contentRevision('a')).toBe('e40c292c');
    expect(contentRevision('foobar')).toBe('bf9cf968');
  });

  it('maps temperatures onto the colour levels monotonically', () => {
    expect(colorLevel(20, 20, 80)).toBe(0);
    expect(colorLevel(80, 20, 80)).toBe(COLOR_LEVELS - 1);
    expect(colorLevel(50, 20, 80)).toBe(COLOR_LEVELS / 2);
    expect(rampColor(0)).toBe('#313695');
    expect(rampColor(1)).toBe('#a50026');
  });

  it('picks round scale bars', () => {
    expect(scaleBarMm(500)).toBe(100);
    expect(scaleBarMm(230)).toBe(50);
    expect(scaleBarMm(12)).toBe(2);
  });
});
