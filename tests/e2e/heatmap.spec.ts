/**
 * The heat map: on the CPO Type A example, key H draws the chosen layer's temperatures in the
 * heat-map colours (pixels prove it), the legend's ends equal that layer's min/max from the
 * result, hotspots carry their °C, the inspector shows the selected engine's temperatures,
 * the layer and mesh pickers re-draw and re-solve. Also writes the docs picture
 * (.test-output/screenshots/heatmap.png; docs/screenshots/ with LIGHTPATH_SCREENSHOTS=1).
 */
import { expect, test, type Page } from '@playwright/test';
import { HEAT_STOPS } from '../../renderer/src/scene/heatmap/heatColors';
import { MetricsPage } from './pages/MetricsPage';
import { StudioPage } from './pages/StudioPage';

interface SliceFigures {
  label: string;
  minC: number;
  maxC: number;
}

/** The heat-map slices' labels and ranges, and what the analysis says of one component. */
function thermalFigures(page: Page, componentId: string) {
  return page.evaluate((id) => {
    const t = window.__lightpathTest!.getAnalysis!().thermal as unknown as {
      preset: string;
      maxC: number;
      slices: SliceFigures[];
      components: { id: string; maxC: number; meanC: number; limitC: number; marginC: number }[];
    };
    return {
      preset: t.preset,
      maxC: t.maxC,
      slices: t.slices.map((s) => ({ label: s.label, minC: s.minC, maxC: s.maxC })),
      component: t.components.find((c) => c.id === id)!,
    };
  }, componentId);
}

/** Canvas pixels whose colour lies within `tolerance` (per channel) of the heat scale. */
function heatPixels(page: Page, tolerance = 10): Promise<number> {
  const scale: number[][] = [];
  for (let k = 0; k <= 128; k++) {
    const u = k / 128;
    let i = 1;
    while (i < HEAT_STOPS.length - 1 && HEAT_STOPS[i]![0] < u) i++;
    const [t0, ...a] = HEAT_STOPS[i - 1]!;
    const [t1, ...b] = HEAT_STOPS[i]!;
    const f = (u - t0) / (t1 - t0);
    scale.push(a.map((v, c) => v + (b[c]! - v) * f));
  }
  return page.locator('[data-testid="viewport"] canvas').evaluate(
    (el: HTMLCanvasElement, [colours, tol]) => {
      const copy = document.createElement('canvas');
      copy.width = el.width;
      copy.height = el.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(el, 0, 0);
      const d = ctx.getImageData(0, 0, copy.width, copy.height).data;
      let n = 0;
      for (let p = 0; p < d.length; p += 16) {
        const near = colours.some(
          (c) =>
            Math.abs(c[0]! - d[p]!) <= tol &&
            Math.abs(c[1]! - d[p + 1]!) <= tol &&
            Math.abs(c[2]! - d[p + 2]!) <= tol,
        );
        if (near) n++;
      }
      return n;
    },
    [scale, tolerance] as const,
  );
}

test('heat map on the CPO Type A example: pixels, legend, hotspots, inspector, pickers', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const studio = new StudioPage(page);
  const metrics = new MetricsPage(page);
  await studio.goto();
  expect(await studio.runAction('file.new:switch-cpo-a')).toBe(true);
  const revision = await studio.revision();
  await metrics.waitForComplete(revision);
  await studio.cameraAction('view.camera.top');
  const before = await heatPixels(page);

  await studio.blurFields();
  await page.keyboard.press('h');
  await expect(page.getByTestId('heatmap-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(studio.canvas).toHaveAttribute('data-heatmap-revision', String(revision));
  await studio.cameraAction('view.camera.top');
  const after = await heatPixels(page);
  const [w, h] = await studio.canvas.evaluate((el: HTMLCanvasElement) => [el.width, el.height]);
  // A sample of every 4th pixel: at least 5 % of the view is now in heat-map colours.
  expect(after - before).toBeGreaterThan((0.05 * w * h) / 4);

  const figures = await thermalFigures(page, 'oe-eth20');
  expect(figures.preset).toBe('normal');
  const top = figures.slices[0]!;
  expect(top.label).toBe('top surface');
  await expect(studio.canvas).toHaveAttribute('data-heatmap-layer', 'top surface');
  const legend = page.getByTestId('heatmap-legend');
  await expect(legend).toContainText('top surface');
  await expect(page.getByTestId('heatmap-min')).toHaveText(`${top.minC.toFixed(1)} °C`);
  await expect(page.getByTestId('heatmap-max')).toHaveText(`${top.maxC.toFixed(1)} °C`);
  await expect(page.getByTestId('hotspot-tag').first()).toHaveText(`${figures.maxC.toFixed(1)} °C`);

  // The inspector shows the selected engine's temperatures, as the result has them.
  await metrics.select(['oe-eth20']);
  const oe = figures.component;
  await expect(page.getByTestId('inspector-temp-max')).toHaveText(`${oe.maxC.toFixed(1)} °C`);
  await expect(page.getByTestId('inspector-temp-mean')).toHaveText(`${oe.meanC.toFixed(1)} °C`);
  await expect(page.getByTestId('inspector-temp-limit')).toHaveText(`${oe.limitC.toFixed(0)} °C`);
  await expect(page.getByTestId('inspector-temp-margin')).toContainText(
    Math.abs(oe.marginC).toFixed(1),
  );

  // Another layer: the overlay and the legend follow it.
  const other = figures.slices.find((s) => s.label !== top.label && s.maxC !== top.maxC)!;
  await page.getByTestId('heatmap-layer').selectOption(other.label);
  await expect(studio.canvas).toHaveAttribute('data-heatmap-layer', other.label);
  await expect(page.getByTestId('heatmap-max')).toHaveText(`${other.maxC.toFixed(1)} °C`);
  await expect(page.getByTestId('heatmap-min')).toHaveText(`${other.minC.toFixed(1)} °C`);

  // A coarser mesh re-solves the same revision.
  await page.getByTestId('thermal-preset').selectOption('coarse');
  await expect.poll(async () => (await thermalFigures(page, 'oe-eth20')).preset).toBe('coarse');
  expect(await studio.revision()).toBe(revision);
  await expect(page.getByTestId('metrics-thermal')).toContainText('coarse mesh');

  // The toolbar button hides it again.
  await page.getByTestId('heatmap-toggle').click();
  await expect(studio.canvas).toHaveAttribute('data-heatmap-layer', '');
  await expect(legend).toBeHidden();
});

test('heat map screenshot for the docs', async ({ page }) => {
  test.setTimeout(180_000);
  const studio = new StudioPage(page);
  const metrics = new MetricsPage(page);
  await studio.goto();
  expect(await studio.runAction('file.new:switch-cpo-a')).toBe(true);
  const revision = await studio.revision();
  await metrics.waitForComplete(revision);
  await metrics.select(['oe-eth20']);
  expect(await studio.runAction('view.heatmap')).toBe(true);
  await expect(studio.canvas).toHaveAttribute('data-heatmap-revision', String(revision));
  await studio.cameraAction('view.camera.isometric');
  await expect(page.getByTestId('inspector-temp-max')).toBeVisible();
  const folder =
    process.env.LIGHTPATH_SCREENSHOTS === '1' ? 'docs/screenshots' : '.test-output/screenshots';
  await page.screenshot({ path: `${folder}/heatmap.png` });
});
