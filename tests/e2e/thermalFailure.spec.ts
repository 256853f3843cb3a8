/**
 * Issue 14 item 6: a thermal solve that fails keeps the last good field, marked as such. The
 * NPO 224G example is solved, then sealed (every face adiabatic, every heatsink removed, by
 * Edit → Apply commands): its power has nowhere to go and the solve fails. The thermal
 * figures and the heat map stay on the last good revision, marked stale, the error says why,
 * and the power view says the fixed point did not run.
 */
import { expect, test } from '@playwright/test';
import { MetricsPage } from './pages/MetricsPage';
import { StudioPage } from './pages/StudioPage';

test('a failed solve keeps the last good field, marked stale, with the reason', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const studio = new StudioPage(page);
  const metrics = new MetricsPage(page);
  // The browser adapter's file input instead of the File System Access picker.
  await page.addInitScript(() => {
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  });
  await studio.goto();
  expect(await studio.runAction('file.new:switch-npo-224g')).toBe(true);
  const good = await studio.revision();
  await metrics.waitForComplete(good);
  expect(await studio.runAction('view.heatmap')).toBe(true);
  await expect(studio.canvas).toHaveAttribute('data-heatmap-revision', String(good));

  const boundaryIds = await page.evaluate(() =>
    window.__lightpathTest!.getDocument().cooling.boundaries.map((b) => b.id),
  );
  const commands = [
    { name: 'setExposedFaces', params: { topHtcWm2K: 0, bottomHtcWm2K: 0, sidesHtcWm2K: 0 } },
    ...boundaryIds.map((id) => ({ name: 'removeCoolingBoundary', params: { id } })),
  ];
  await studio.applyCommands('seal.commands.json', JSON.stringify(commands));
  await expect.poll(() => studio.revision()).toBeGreaterThan(good);

  const error = page.getByTestId('thermal-error');
  await expect(error).toContainText('no path to a heatsink or exposed face', { timeout: 60_000 });
  await expect(error).toContainText('the last good one');
  const thermal = page.getByTestId('metrics-thermal');
  await expect(thermal).toHaveAttribute('data-revision', String(good));
  await expect(thermal).toHaveAttribute('data-stale', 'true');
  await expect(studio.canvas).toHaveAttribute('data-heatmap-revision', String(good));
  await expect(studio.canvas).toHaveAttribute('data-heatmap-stale', 'true');
  await expect(page.getByTestId('power-Power ⇄ thermal')).toContainText('the thermal solve failed');
});
