/**
 * Cooling on any face (issue 12): on the LPO (224G) example (coarse thermal mesh), Shift+H opens the Cooling panel;
 * a cold plate added on the board's top face through the panel is drawn as a blue slab with
 * its name (pixels and tag prove it) and lowers the solved maximum; a resistance ≤ 0 typed
 * in its edit form is refused with the command's message; the inspector lists a part's boundaries; making every exposed face
 * adiabatic raises it; a negative coefficient is refused with the command's message; undo
 * restores the document's cooling. Writes .test-output/screenshots/cooling.png
 * (docs/screenshots/ with LIGHTPATH_SCREENSHOTS=1).
 */
import { expect, test, type Page } from '@playwright/test';
import { MetricsPage } from './pages/MetricsPage';
import { StudioPage } from './pages/StudioPage';

/** Sampled canvas pixels that are strongly blue (the cooling slab over the board). */
function bluePixels(page: Page): Promise<number> {
  return page.locator('[data-testid="viewport"] canvas').evaluate((el: HTMLCanvasElement) => {
    const copy = document.createElement('canvas');
    copy.width = el.width;
    copy.height = el.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(el, 0, 0);
    const d = ctx.getImageData(0, 0, copy.width, copy.height).data;
    let n = 0;
    for (let p = 0; p < d.length; p += 16) {
      if (d[p + 2]! > 120 && d[p + 2]! > d[p]! + 70 && d[p + 2]! > d[p + 1]! + 35) n++;
    }
    return n;
  });
}

/** Waits (long: the machine may be loaded) until revision `revision` is fully analysed. */
async function waitSolved(metrics: MetricsPage, revision: number): Promise<void> {
  await expect
    .poll(
      async () => {
        const a = await metrics.analysis();
        return [a.resultRevision, a.thermalRevision, a.progress];
      },
      { timeout: 150_000 },
    )
    .toEqual([revision, revision, null]);
}

async function cooling(page: Page) {
  return page.evaluate(() => window.__lightpathTest!.getDocument().cooling);
}

test('cooling panel: cold plate on a carrier top, adiabatic faces, refusal, undo', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const studio = new StudioPage(page);
  const metrics = new MetricsPage(page);
  await studio.goto();
  expect(await studio.runAction('file.new:switch-lpo-224g')).toBe(true);
  // The coarse mesh keeps the three solves below short on a shared machine.
  await page.getByTestId('thermal-preset').selectOption('coarse');
  const start = await studio.revision();
  await waitSolved(metrics, start);
  const original = await cooling(page);
  const maxBefore = (await metrics.analysis()).thermal!.maxC;
  await studio.cameraAction('view.camera.top');
  const blueBefore = await bluePixels(page);

  await studio.blurFields();
  await page.keyboard.press('Shift+H');
  const panel = page.getByTestId('cooling-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('0 makes a face adiabatic');
  // The View menu has it too, with its shortcut; it closes and reopens the panel.
  await page.getByRole('button', { name: 'View' }).click();
  const item = page.locator('[data-action="view.panel.cooling"]');
  await expect(item).toContainText('Shift+H');
  await item.click();
  await expect(panel).toBeHidden();
  await studio.blurFields();
  await page.keyboard.press('Shift+H');
  await expect(panel).toBeVisible();

  // Add: a cold plate (preset) on the board's top face.
  await page.getByTestId('cooling-add').click();
  await page.getByTestId('cooling-target').selectOption('carrier');
  await page.getByTestId('cooling-carrier').selectOption('board');
  await page.getByTestId('cooling-face').selectOption('top');
  await page.getByTestId('cooling-preset').selectOption('cold-plate-1kw');
  await page.getByTestId('cooling-submit').click();
  await expect(page.getByTestId('cooling-form')).toBeHidden();
  const added = (await cooling(page)).boundaries.at(-1)!;
  expect(added.target).toEqual({ kind: 'carrier', carrierId: 'board', face: 'top' });
  expect(added.rating).toEqual({ kind: 'resistance', kPerW: 0.04 });
  expect(added.presetId).toBe('cold-plate-1kw');
  await expect(page.getByTestId('cooling-boundaries')).toContainText('top of carrier');

  // Seen in the viewport: its tag, and blue over the board.
  const withPlate = await studio.revision();
  await studio.waitForFrame(withPlate);
  await expect(page.locator('.cooling-tag', { hasText: added.name })).toBeVisible();
  await studio.cameraAction('view.camera.top');
  const blueAfter = await bluePixels(page);
  const [w, h] = await studio.canvas.evaluate((el: HTMLCanvasElement) => [el.width, el.height]);
  expect(blueAfter - blueBefore).toBeGreaterThan((0.05 * w * h) / 16);

  // The solve sees it: a cooled board runs cooler.
  await waitSolved(metrics, withPlate);
  const maxWithPlate = (await metrics.analysis()).thermal!.maxC;
  expect(maxWithPlate).toBeLessThan(maxBefore);

  // Editing it to a resistance ≤ 0 is refused with the command's message; nothing changes.
  await page.getByRole('button', { name: `Edit ${added.name}` }).click();
  await page.getByTestId('cooling-rating').fill('-1');
  await page.getByTestId('cooling-submit').click();
  await expect(page.getByTestId('cooling-message')).toContainText(
    `cooling boundary "${added.id}" rating.kPerW = -1 K/W is out of range: expected > 0 K/W`,
  );
  expect(await studio.revision()).toBe(withPlate);
  await page.getByRole('button', { name: 'Cancel' }).click();

  // The inspector lists the boundaries on a selected part.
  await metrics.select(['sw']);
  await expect(page.getByTestId('inspector-cooling')).toContainText('Cold plate');

  // A negative coefficient is refused with the command's message; nothing changes.
  const top = page.getByTestId('cooling-exposed-top');
  await top.fill('-5');
  await top.press('Enter');
  await expect(page.getByTestId('cooling-exposed-top-message')).toContainText(
    'cooling.exposed.topHtcWm2K = -5 W/(m²·K) is out of range: expected ≥ 0',
  );
  expect(await studio.revision()).toBe(withPlate);

  // Every exposed face adiabatic: heat leaves through the boundaries only, so it runs hotter.
  for (const face of ['top', 'bottom', 'sides']) {
    const field = page.getByTestId(`cooling-exposed-${face}`);
    await field.fill('0');
    await field.press('Enter');
  }
  expect((await cooling(page)).exposed).toEqual({
    topHtcWm2K: 0,
    bottomHtcWm2K: 0,
    sidesHtcWm2K: 0,
  });
  const adiabatic = await studio.revision();
  await waitSolved(metrics, adiabatic);
  const maxAdiabatic = (await metrics.analysis()).thermal!.maxC;
  expect(maxAdiabatic).toBeGreaterThan(maxWithPlate);

  const folder =
    process.env.LIGHTPATH_SCREENSHOTS === '1' ? 'docs/screenshots' : '.test-output/screenshots';
  await studio.cameraAction('view.camera.isometric');
  await page.screenshot({ path: `${folder}/cooling.png` });

  // Undo: four steps (three faces, the boundary) restore the example's cooling.
  await studio.blurFields();
  for (let i = 0; i < 4; i++) expect(await studio.runAction('edit.undo')).toBe(true);
  expect(await cooling(page)).toEqual(original);
  await expect(page.locator('.cooling-tag', { hasText: added.name })).toHaveCount(0);
});
