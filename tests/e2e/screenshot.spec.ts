/**
 * The README's picture: the CPO Type A example with its switch selected, in the isometric
 * view. Written to .test-output/screenshots/ on every run; with LIGHTPATH_SCREENSHOTS=1 it
 * replaces docs/screenshots/studio.png (the analysis timings in it differ run to run, so
 * ordinary runs leave the committed picture alone). Also checks what the picture must show.
 */
import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';

test('main screen screenshot for the docs', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.runAction('file.new:cpo-a')).toBe(true);
  const doc = await studio.document();
  expect(doc.meta.architecture).toBe('cpo-a');
  const xpu = doc.components.find((c) => /switch|gpu|xpu/i.test(c.name)) ?? doc.components[0]!;
  await studio.outlineRow(xpu.id).click();
  await studio.cameraAction('view.camera.isometric');
  await studio.waitForFrame();
  await expect(studio.field('name')).toHaveValue(xpu.name);
  const folder =
    process.env.LIGHTPATH_SCREENSHOTS === '1' ? 'docs/screenshots' : '.test-output/screenshots';
  await page.screenshot({ path: `${folder}/studio.png` });
});
