/**
 * `lightpath report`: argument checks, the HTML it writes, and the clear refusal (exit 3,
 * HTML still written) when --pdf is asked for and no Chromium can be found.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT_NO_CHROMIUM, parseReportArgs } from '../../../electron/cli/report';
import { CHROMIUM_PATHS, findChromium } from '../../../electron/cli/pdfChromium';
import { runCliCaptured } from '../cli/cliHarness';

const FILE = 'assets/examples/switch-npo.lightpath.json';
const dir = mkdtempSync(join(tmpdir(), 'lightpath-report-'));

describe('report arguments', () => {
  it('needs one file and --out, and checks every value', () => {
    expect(parseReportArgs([FILE])).toMatch(/--out/);
    expect(parseReportArgs([FILE, '--out'])).toMatch(/--out needs a value/);
    expect(parseReportArgs([FILE, '--out', 'a.html', '--thermal', 'huge'])).toMatch(/--thermal/);
    expect(parseReportArgs([FILE, '--out', 'a.html', '--date', 'today'])).toMatch(/YYYY-MM-DD/);
    expect(parseReportArgs([FILE, '--out', 'a.html', '--bogus'])).toMatch(/unknown option --bogus/);
    expect(parseReportArgs([FILE, '--out', 'a.html', '--compare', 'b', '--compare', 'c'])).toEqual({
      file: FILE,
      out: 'a.html',
      compare: ['b', 'c'],
      thermal: 'normal',
    });
  });

  it('exits 2 with the usage on bad arguments or an unreadable file', async () => {
    const bad = await runCliCaptured(['report', FILE]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('usage: lightpath report');
    const missing = await runCliCaptured([
      'report',
      'nope.lightpath.json',
      '--out',
      join(dir, 'x.html'),
    ]);
    expect(missing.code).toBe(2);
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
  });
});

describe('report output', () => {
  const saved = process.env.LIGHTPATH_CHROMIUM;
  afterEach(() => {
    if (saved === undefined) delete process.env.LIGHTPATH_CHROMIUM;
    else process.env.LIGHTPATH_CHROMIUM = saved;
  });

  it('writes the HTML with the date given and the file hash as revision', async () => {
    const out = join(dir, 'npo.html');
    const run = await runCliCaptured([
      'report',
      FILE,
      '--out',
      out,
      '--date',
      '2026-01-02',
      '--thermal',
      'coarse',
    ]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<td>2026-01-02</td>');
    expect(html).toMatch(/<th>Revision<\/th><td>[0-9a-f]{8}<\/td>/);
    expect(html).toContain('(coarse mesh)');
  });

  it('exits 3 with where it looked and how to get Chromium, after writing the HTML', async () => {
    process.env.LIGHTPATH_CHROMIUM = join(dir, 'no-such-chromium');
    const out = join(dir, 'npo-nopdf.html');
    const run = await runCliCaptured([
      'report',
      FILE,
      '--out',
      out,
      '--pdf',
      join(dir, 'npo.pdf'),
      '--thermal',
      'none',
    ]);
    expect(run.code).toBe(EXIT_NO_CHROMIUM);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('no-such-chromium, which does not exist');
    expect(run.stderr).toContain('apt-get install chromium');
    expect(existsSync(out)).toBe(true);
    expect(existsSync(join(dir, 'npo.pdf'))).toBe(false);
  });
});

describe('findChromium', () => {
  it('prefers LIGHTPATH_CHROMIUM, else the first system path that exists', () => {
    expect(findChromium({ LIGHTPATH_CHROMIUM: '/opt/c' }, (p) => p === '/opt/c')).toEqual({
      ok: true,
      path: '/opt/c',
    });
    const second = CHROMIUM_PATHS[1] as string;
    expect(findChromium({}, (p) => p === second)).toEqual({ ok: true, path: second });
    const none = findChromium({}, () => false);
    expect(none.ok).toBe(false);
    if (!none.ok) for (const p of CHROMIUM_PATHS) expect(none.message).toContain(p);
  });
});
