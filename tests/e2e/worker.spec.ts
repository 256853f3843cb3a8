/**
 * The analysis worker in a real browser: results (electrical, then thermal) carry the
 * revision they were computed for and follow edits; a crashed worker is restarted and the
 * analysis re-run.
 */
import { expect, test } from '@playwright/test';
import { MetricsPage } from './pages/MetricsPage';
import { StudioPage } from './pages/StudioPage';

test.beforeEach(async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.runAction('file.new:switch-cpo-a')).toBe(true);
  await studio.waitForFrame();
});

test('results arrive tagged with the current revision after an edit', async ({ page }) => {
  const studio = new StudioPage(page);
  const metrics = new MetricsPage(page);
  const before = await studio.revision();
  await expect.poll(async () => (await metrics.analysis()).resultRevision).toBe(before);
  const first = await metrics.analysis();
  expect(first.summary?.linkCount).toBe(64);

  await metrics.select(['oe-eth56']);
  await studio.setField('x', '120');
  const after = await studio.revision();
  expect(after).toBeGreaterThan(before);
  await expect.poll(async () => (await metrics.analysis()).resultRevision).toBe(after);
  const second = await metrics.analysis();
  expect(second.requestedRevision).toBe(after);
  expect(second.error).toBeNull();
  // The engine moved 12.5 mm further from the switch: the longest path cannot shrink.
  expect(second.summary!.maxElectricalLengthMm!).toBeGreaterThanOrEqual(
    first.summary!.maxElectricalLengthMm!,
  );
  expect(second.summary).not.toEqual(first.summary);
});

test('a crashed worker is restarted and the analysis re-run', async ({ page }) => {
  // Three complete solves (before, after the restart, after an edit), each with the thermal
  // part on the normal mesh: allow a loaded machine time.
  test.setTimeout(180_000);
  const studio = new StudioPage(page);
  const metrics = new MetricsPage(page);
  const revision = await studio.revision();
  await metrics.waitForComplete(revision);
  const before = await metrics.analysis();

  await page.evaluate(() => window.__lightpathTest!.crashWorker!());
  await expect.poll(async () => (await metrics.analysis()).restarts).toBe(before.restarts + 1);
  // The re-run includes the thermal solve on the normal mesh: allow a loaded machine time.
  await expect
    .poll(async () => (await metrics.analysis()).resultsReceived, { timeout: 60_000 })
    .toBe(before.resultsReceived + 1);
  const rerun = await metrics.analysis();
  expect(rerun.resultRevision).toBe(revision);
  expect(rerun.summary).toEqual(before.summary);
  expect(rerun.thermal).toEqual(before.thermal);

  // The new worker keeps serving edits.
  await metrics.select(['oe-eth56']);
  await studio.setField('x', '121');
  const edited = await studio.revision();
  await metrics.waitForComplete(edited);
});
