/**
 * Issue 12 item 6 in the studio: the NPO example's findings panel scores 75 with its engines
 * socketed through their part, the oe-distance findings name the NPO reach from the mounts,
 * and opening the same design relabelled CPO Type C changes neither.
 */
import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';

test('serviceability and the oe-distance reach ignore the architecture label', async ({ page }) => {
  test.setTimeout(180_000);
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.runAction('file.new:switch-npo')).toBe(true);
  expect(await studio.runAction('view.findings')).toBe(true);
  const panel = page.getByTestId('findings-panel');
  await expect(panel.getByTestId('service-score')).toHaveText('75', { timeout: 120_000 });
  const reach = panel.getByText(/on the board beside its xPU \(NPO reach\) is allowed 50 mm/);
  await expect(reach.first()).toBeVisible({ timeout: 120_000 });
  const count = await reach.count();
  expect(count).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/service-from-parts-npo.png' });

  const text = await page.evaluate(() => window.__lightpathTest!.getSerialized());
  const relabelled = JSON.parse(text);
  relabelled.meta.architecture = 'cpo-c';
  relabelled.meta.variant = 'NPO labelled CPO Type C';
  expect(await studio.openText('relabelled.lightpath.json', JSON.stringify(relabelled))).toBe(true);
  if (!(await panel.isVisible())) expect(await studio.runAction('view.findings')).toBe(true);
  await expect
    .poll(() => page.evaluate(() => window.__lightpathTest!.getDocument().meta.architecture))
    .toBe('cpo-c');
  await expect(panel.getByTestId('service-score')).toHaveText('75', { timeout: 120_000 });
  await expect(reach).toHaveCount(count, { timeout: 120_000 });
  await reach.first().scrollIntoViewIfNeeded();
  await panel.screenshot({ path: 'test-results/service-from-parts-relabelled.png' });
});
