/**
 * The browser build prints the report from a hidden frame that inherits the studio's strict
 * CSP. The frame's print() is replaced (in child frames only) by a probe that records what
 * the page looks like at the moment it would print: the report's own styles must apply.
 */
import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';

interface PrintProbe {
  h1FontSizePx: number;
  swatchBackground: string | null;
  hasReport: boolean;
}

test('Export PDF prints the report with its own styles under the studio CSP', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    if (window === window.top) return;
    window.print = () => {
      const h1 = document.querySelector('h1');
      const swatch = document.querySelector<HTMLElement>('[style*="background"]');
      (window.top as unknown as { __printProbe: PrintProbe }).__printProbe = {
        h1FontSizePx: h1 ? parseFloat(getComputedStyle(h1).fontSize) : 0,
        swatchBackground: swatch ? getComputedStyle(swatch).backgroundColor : null,
        hasReport: document.querySelector('section.cover') !== null,
      };
    };
  });
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.runAction('file.new:switch-cpo-a')).toBe(true);
  await studio.waitForFrame();
  expect(await studio.runAction('report.exportPdf')).toBe(true);
  const probe = await page.waitForFunction(
    () => (window as unknown as { __printProbe?: PrintProbe }).__printProbe,
    undefined,
    { timeout: 90_000 },
  );
  const result = (await probe.jsonValue()) as PrintProbe;
  expect(result.hasReport).toBe(true);
  // styles.ts sets h1 to 26 pt (34.67 px); the browser default is 32 px.
  expect(result.h1FontSizePx).toBeCloseTo((26 * 96) / 72, 1);
  // Legend swatches carry their colour in a style attribute.
  expect(result.swatchBackground).not.toBeNull();
  expect(result.swatchBackground).not.toBe('rgba(0, 0, 0, 0)');
});
