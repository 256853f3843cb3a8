/**
 * Keeps docs/screenshots/studio.png (the README's picture) current: the CPO Type A example
 * with its switch selected, in the isometric view. Also checks what the picture must show.
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
  await page.screenshot({ path: 'docs/screenshots/studio.png' });
});
