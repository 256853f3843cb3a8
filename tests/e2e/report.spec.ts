/**
 * The design-review report in Chromium: the CLI writes the HTML and the PDF of the CPO-A
 * example; the PDF's text holds the figures of `lightpath analyze --json`; its pages,
 * rendered to PNG by pdftoppm, are not blank and the 3D-view and heat-map pages are drawn;
 * the HTML opened in Chromium makes no request and no CSP violation (and the same check
 * catches a report that does).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';

const OUT = '.test-output/report-e2e';
/** A runner for the CLI bundle built into OUT (the bundle exports runCli; the bin starts it). */
const CLI = join(OUT, 'run.mjs');
const EXAMPLE = 'assets/examples/switch-cpo-a.lightpath.json';
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function lightpath(args: string[]): string {
  return execFileSync('node', [CLI, ...args], { encoding: 'utf8' });
}

/** Share of pixels that are not near-white in an 8-bit RGB PNG (pdftoppm's output). */
function inkFraction(png: Buffer): number {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(png[24], 'bit depth').toBe(8);
  expect(png[25], 'colour type RGB').toBe(2);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT')
      chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * 3;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] as number;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x] as number;
      const a = x >= 3 ? (rows[y * stride + x - 3] as number) : 0;
      const b = y > 0 ? (rows[(y - 1) * stride + x] as number) : 0;
      const c = x >= 3 && y > 0 ? (rows[(y - 1) * stride + x - 3] as number) : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter] as number;
      rows[y * stride + x] = (v + predictor) & 255;
    }
  }
  let ink = 0;
  for (let i = 0; i < rows.length; i += 3)
    if ((rows[i] as number) + (rows[i + 1] as number) + (rows[i + 2] as number) < 3 * 235) ink++;
  return ink / (width * height);
}

/** Opens `html` at a fake origin, served with the report CSP; returns requests and violations. */
async function openReport(page: Page, html: string) {
  const requests: string[] = [];
  const consoleCsp: string[] = [];
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
  });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === 'http://report.invalid/report.html')
      return route.fulfill({
        contentType: 'text/html',
        body: html,
        headers: { 'content-security-policy': CSP },
      });
    requests.push(url);
    return route.abort();
  });
  await page.goto('http://report.invalid/report.html', { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  );
  return { requests, violations, consoleCsp };
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    CLI,
    "import { runCli, nodeIo } from './cli/lightpath.mjs';\nprocess.exitCode = await runCli(process.argv.slice(2), nodeIo());\n",
  );
  execFileSync('npx', [
    'vite',
    'build',
    '--config',
    'vite.cli.config.ts',
    '--outDir',
    join(OUT, 'cli'),
    '--logLevel',
    'error',
  ]);
  lightpath([
    'report',
    EXAMPLE,
    '--out',
    join(OUT, 'cpo-a.html'),
    '--pdf',
    join(OUT, 'cpo-a.pdf'),
    '--date',
    '2026-11-24',
  ]);
});

test('the PDF holds the figures of lightpath analyze --json, with page numbers', () => {
  const json = JSON.parse(lightpath(['analyze', EXAMPLE, '--json'])) as {
    links: { id: string; lengthMm: number; lossDb: number; marginDb: number; pjPerBit: number }[];
    summary: { totalPowerW: number; pjPerBit: number; maxLatencyNs: number; worstMarginDb: number };
    power: { totalW: number; pjPerBit: number };
  };
  const text = execFileSync('pdftotext', ['-layout', join(OUT, 'cpo-a.pdf'), '-'], {
    encoding: 'utf8',
  });
  const s = json.summary;
  // Link power and energy per bit as dissipated: the coupled figures (JSON rounds them to 3
  // and 4 decimals, the report prints 2, so compare the numbers).
  const linkW = /Total link power\s+([\d.]+) W \(as dissipated\)/.exec(text)?.[1];
  expect(Math.abs(Number(linkW) - json.power.totalW)).toBeLessThanOrEqual(0.0051);
  const pj = /Energy per bit\s+([\d.]+) pJ\/bit/.exec(text)?.[1];
  expect(Math.abs(Number(pj) - json.power.pjPerBit)).toBeLessThanOrEqual(0.0051);
  expect(text).toContain(`${s.maxLatencyNs.toFixed(1)} ns`);
  expect(text).toContain(`worst margin ${s.worstMarginDb.toFixed(2)} dB`);
  for (const l of json.links) {
    const line = text
      .split('\n')
      .find((row) => row.trimStart().startsWith(`${l.id} `) && row.includes('→'));
    expect(line, l.id).toBeDefined();
    for (const v of [
      l.lengthMm.toFixed(2),
      l.lossDb.toFixed(2),
      l.marginDb.toFixed(2),
      l.pjPerBit.toFixed(2),
    ])
      expect(line?.split(/\s+/), `${l.id} ${v}`).toContain(v);
  }
  const pages = Number(
    /Pages:\s+(\d+)/.exec(
      execFileSync('pdfinfo', [join(OUT, 'cpo-a.pdf')], { encoding: 'utf8' }),
    )?.[1],
  );
  expect(pages).toBeGreaterThan(10);
  expect(text).toContain(`Page 2 of ${pages}`);
});

test('every page is drawn; the 3D views and the heat map are on their pages', () => {
  const pdf = join(OUT, 'cpo-a.pdf');
  execFileSync('pdftoppm', ['-r', '50', '-png', pdf, join(OUT, 'page')]);
  const files = readdirSync(OUT)
    .filter((f) => /^page-\d+\.png$/.test(f))
    .sort();
  const ink = files.map((f) => inkFraction(readFileSync(join(OUT, f))));
  for (const [i, v] of ink.entries()) expect(v, `page ${i + 1}`).toBeGreaterThan(0.005);
  const pageOf = (heading: string) => {
    for (let p = 1; p <= files.length; p++) {
      const t = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], {
        encoding: 'utf8',
      });
      if (t.includes(heading)) return p;
    }
    return -1;
  };
  const views = pageOf('2. 3D views');
  const thermal = pageOf('6. Thermal');
  expect(views).toBeGreaterThan(0);
  expect(thermal).toBeGreaterThan(0);
  expect(ink[views - 1], '3D view ink').toBeGreaterThan(0.15);
  expect(ink[thermal - 1], 'heat map ink').toBeGreaterThan(0.25);
});

test('the HTML opens with no network request and no CSP violation', async ({ page }) => {
  const html = readFileSync(join(OUT, 'cpo-a.html'), 'utf8');
  const result = await openReport(page, html);
  expect(result.requests).toEqual([]);
  expect(result.violations).toEqual([]);
  expect(result.consoleCsp).toEqual([]);
  await expect(page.locator('svg.heatmap')).toBeVisible();
  await expect(page.locator('svg.view.iso polygon').first()).toBeAttached();
});

test('the same check catches a report that reaches out', async ({ page }) => {
  const html = readFileSync(join(OUT, 'cpo-a.html'), 'utf8').replace(
    '</body>',
    '<img src="https://example.invalid/pixel.png"><script>1</script></body>',
  );
  const result = await openReport(page, html);
  expect(result.violations.length + result.requests.length).toBeGreaterThan(0);
  expect(result.violations.join(' ')).toMatch(/img-src|script-src/);
});

test.describe('studio exports (browser build)', () => {
  test('report HTML from the File menu, then metrics JSON and CSV and glTF, as downloads', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const studio = new StudioPage(page);
    await studio.goto();
    expect(await studio.runAction('file.new:switch-cpo-b')).toBe(true);
    await studio.waitForFrame();
    const cli = JSON.parse(
      lightpath(['analyze', 'assets/examples/switch-cpo-b.lightpath.json', '--json']),
    ) as { summary: unknown; links: unknown[]; power: { totalW: number } };

    await page.getByRole('button', { name: 'File' }).click();
    const item = page.locator('[data-action="report.exportHtml"]');
    await expect(item).toBeEnabled();
    const reportDownload = page.waitForEvent('download', { timeout: 60_000 });
    await item.click();
    // While the report builds, every export is disabled.
    expect(await studio.runAction('export.gltf')).toBe(false);
    const report = await reportDownload;
    expect(report.suggestedFilename()).toBe('switch-cpo-b-report.html');
    const html = await readFile(await report.path(), 'utf8');
    expect(html).toContain('<svg class="heatmap"');
    expect(html).toContain('<svg class="view iso"');
    // The cover's link power is the coupled figure as dissipated, as `analyze --json` power.
    const linkW = /Link power<\/span><strong>([\d.]+) W/.exec(html)?.[1];
    expect(Math.abs(Number(linkW) - cli.power.totalW)).toBeLessThanOrEqual(0.0051);

    const download = async (id: string) => {
      const next = page.waitForEvent('download', { timeout: 60_000 });
      expect(await studio.runAction(id)).toBe(true);
      const file = await next;
      return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
    };
    const json = await download('export.metricsJson');
    expect(json.name).toBe('switch-cpo-b-metrics.json');
    const metrics = JSON.parse(json.text) as {
      summary: unknown;
      links: unknown[];
      thermal: { maxC: number };
    };
    expect(metrics.summary).toEqual(cli.summary);
    expect(metrics.links).toEqual(cli.links);
    expect(metrics.thermal.maxC).toBeGreaterThan(35);

    const csv = await download('export.metricsCsv');
    expect(csv.name).toBe('switch-cpo-b-links.csv');
    expect(csv.text.split('\r\n')).toHaveLength(cli.links.length + 2);

    const gltf = await download('export.gltf');
    expect(gltf.name).toBe('switch-cpo-b.gltf');
    const scene = JSON.parse(gltf.text) as {
      asset: { version: string };
      nodes: { name: string }[];
    };
    expect(scene.asset.version).toBe('2.0');
    const doc = JSON.parse(await studio.serialized()) as {
      carriers: unknown[];
      components: unknown[];
    };
    expect(scene.nodes).toHaveLength(doc.carriers.length + doc.components.length + 1);
  });
});
