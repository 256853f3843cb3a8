/**
 * The metrics panel and the margin-coloured traces: an example shows its figures, an
 * edit in the inspector changes them for the new revision, and a slow solve shows progress
 * and marks the figures on screen as stale.
 */
import { expect, test } from '@playwright/test';
import { MetricsPage } from './pages/MetricsPage';
import { StudioPage } from './pages/StudioPage';

test('an example shows its figures; moving a part changes them for the new revision', async ({
  page,
}) => {
  // Waits for the thermal part on the normal mesh (the studio's default for the examples).
  test.setTimeout(120_000);
  const studio = new StudioPage(page);
  const metrics = new MetricsPage(page);
  await studio.goto();
  expect(await studio.runAction('file.new:switch-npo')).toBe(true);
  const opened = await studio.revision();
  await metrics.waitForResult(opened);

  await expect(metrics.rows).toHaveCount(64);
  await expect(metrics.total('Total power')).toHaveText(/^\d+\.\d W$/);
  await expect(metrics.total('Max electrical length')).toHaveText(/^\d+\.\d mm$/);
  await expect(metrics.panel.getByTestId('metrics-revision')).toContainText(`Revision ${opened}`);
  const rowBefore = await metrics.linkRow('link-eth20');
  expect(Number(rowBefore[1])).toBeGreaterThan(0);

  // Traces for this result are drawn.
  await expect(studio.canvas).toHaveAttribute('data-trace-revision', String(opened));
  expect(Number(await studio.canvas.getAttribute('data-trace-segments'))).toBeGreaterThan(64);

  // Move the engine on link-eth20 (east side) 20 mm further out.
  await metrics.select(['oe-eth20']);
  const x = (await studio.document()).components.find((c) => c.id === 'oe-eth20')!.positionMm.x;
  await studio.setField('x', String(x + 20));
  const moved = await studio.revision();
  expect(moved).toBeGreaterThan(opened);
  await metrics.waitForResult(moved);
  await expect(metrics.panel.getByTestId('metrics-revision')).toContainText(`Revision ${moved}`);
  const rowAfter = await metrics.linkRow('link-eth20');
  expect(Number(rowAfter[1])).toBeGreaterThan(Number(rowBefore[1]) + 15);
  expect(Number(rowAfter[2])).toBeGreaterThan(Number(rowBefore[2]));
  await expect(studio.canvas).toHaveAttribute('data-trace-revision', String(moved));

  // The thermal part follows for the same revision.
  await metrics.waitForComplete(moved);
  await expect(page.getByTestId('metrics-thermal')).toBeVisible();
  await expect(page.getByTestId('thermal-Max temperature')).toHaveText(/^\d+\.\d °C$/);
});

test('the link table sorts by a column', async ({ page }) => {
  const studio = new StudioPage(page);
  const metrics = new MetricsPage(page);
  await studio.goto();
  expect(await studio.runAction('file.new:switch-dsp-pluggable')).toBe(true);
  await metrics.waitForResult(await studio.revision());
  await metrics.sortBy('Length');
  const ascending = (await metrics.rows.locator('td:nth-child(2)').allTextContents()).map(Number);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await metrics.sortBy('Length');
  const descending = (await metrics.rows.locator('td:nth-child(2)').allTextContents()).map(Number);
  expect(descending).toEqual([...ascending].reverse());
  expect(descending[0]!).toBeGreaterThan(descending.at(-1)!);
});

test('figures for an older revision are marked stale while the new solve runs', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  const metrics = new MetricsPage(page);
  await studio.goto();
  expect(await studio.runAction('file.new:stress-2000')).toBe(true);
  const opened = await studio.revision();
  await metrics.waitForResult(opened);
  await expect(metrics.rows).toHaveCount(200);

  // Record every state the panel goes through, so the check does not depend on how long
  // the solve takes.
  await page.evaluate(() => {
    const panel = document.querySelector('[data-testid="metrics-panel"]')!;
    const seen: string[] = [];
    (window as unknown as { panelStates: string[] }).panelStates = seen;
    new MutationObserver(() => {
      const stale = panel.querySelector('[data-testid="metrics-stale"]')?.textContent ?? '';
      const busy = panel.querySelector('[role="progressbar"]') ? 'busy' : 'idle';
      seen.push(`${panel.getAttribute('data-stale')}|${stale}|${busy}`);
    }).observe(panel, { attributes: true, childList: true, subtree: true, characterData: true });
  });
  await metrics.select(['t00-oe-eth20']);
  const x = (await studio.document()).components.find((c) => c.id === 't00-oe-eth20')!.positionMm.x;
  await studio.setField('x', String(x + 2));
  const moved = await studio.revision();
  await metrics.waitForResult(moved);
  await expect(metrics.stale).toBeHidden();
  await metrics.waitForComplete(moved);
  const states = await page.evaluate(
    () => (window as unknown as { panelStates: string[] }).panelStates,
  );
  expect(states).toContain(`true|stale · rev ${opened}|busy`);
  expect(states.at(-1)).toBe('false||idle');
});
