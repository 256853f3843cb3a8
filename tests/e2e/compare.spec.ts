/**
 * Compare view, sweep panel and findings panel in the browser build: the compare view shows
 * the six architecture examples with the best value of each row marked; a sweep on the
 * worker pool gives the same CSV (to 1e-9 relative) as the CLI's single-thread sweep; a
 * finding click selects its parts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';

test('the compare view shows the six examples with the best value marked', async ({ page }) => {
  test.setTimeout(120_000);
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.runAction('view.compare')).toBe(true);
  const view = page.getByTestId('compare-view');
  const table = view.getByTestId('compare-table');
  await expect(table).toBeVisible({ timeout: 90_000 });
  const headers = await table.locator('thead th').allTextContents();
  expect(headers.slice(1, -1)).toHaveLength(6);
  const energy = table.getByTestId('compare-row-pjPerBit');
  const cells = energy.locator('td');
  await expect(cells).toHaveCount(8);
  const best = energy.locator('td[data-best]');
  expect(await best.count()).toBeGreaterThan(0);
  await expect(best.first()).toContainText('★');
  // The DSP-pluggable baseline (first column) is not the energy-per-bit best.
  const dspIndex = headers.findIndex((h) => /DSP/i.test(h));
  expect(dspIndex).toBeGreaterThan(0);
  expect(await cells.nth(dspIndex).getAttribute('data-best')).toBeNull();
  for (const key of ['serviceScore', 'maxElectricalLengthMm', 'worstMarginDb'])
    expect(
      await table.getByTestId(`compare-row-${key}`).locator('td[data-best]').count(),
    ).toBeGreaterThan(0);
  await expect(view).toContainText(/lowest energy per bit: [\d.]+ pJ\/bit against/);
  expect(await table.locator('svg.bars rect').count()).toBeGreaterThanOrEqual(6 * 10);
});

function parseCsv(text: string): string[][] {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => l.split(','));
}

test('a pooled sweep equals the CLI sweep; cancel stops a run', async ({ page }) => {
  test.setTimeout(180_000);
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.runAction('file.new:switch-cpo-a')).toBe(true);
  expect(await studio.runAction('view.sweep')).toBe(true);
  const panel = page.getByTestId('sweep-panel');
  await panel.getByTestId('sweep-steps').fill('4');
  await panel.getByRole('button', { name: 'Run' }).click();
  await expect(panel.getByTestId('sweep-status')).toHaveText('done: 4 steps', { timeout: 120_000 });
  await expect(panel.getByTestId('plot-hottestOeC').locator('path')).toHaveCount(1);
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const pooled = parseCsv(readFileSync(file, 'utf8'));

  const outDir = '.test-output/cli-e2e';
  execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--outDir', outDir], {
    stdio: 'pipe',
  });
  const start =
    `const { runCli, nodeIo } = await import('${process.cwd()}/${outDir}/lightpath.mjs');` +
    'process.exitCode = await runCli(process.argv.slice(1), nodeIo());';
  // The CLI sweeps the very document the studio holds (the example as the studio opened it).
  const docFile = test.info().outputPath('open.lightpath.json');
  writeFileSync(docFile, await studio.serialized());
  const cli = execFileSync(
    'node',
    [
      '--input-type=module',
      '-e',
      start,
      'sweep',
      docFile,
      '--param',
      'oe-distance-mm',
      '--from',
      '0',
      '--to',
      '40',
      '--steps',
      '4',
      '--csv',
      '--jobs',
      '1',
    ],
    { encoding: 'utf8' },
  );
  const single = parseCsv(cli);
  expect(pooled[0]).toEqual(single[0]);
  expect(pooled).toHaveLength(5);
  pooled.forEach((row, r) =>
    row.forEach((cell, c) => {
      const a = Number(cell);
      const b = Number(single[r]![c]);
      if (cell === '' || Number.isNaN(a)) expect(cell).toBe(single[r]![c]);
      else expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
    }),
  );

  await panel.getByTestId('sweep-steps').fill('40');
  await panel.getByRole('button', { name: 'Run' }).click();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByTestId('sweep-status')).toHaveText('cancelled');
});

test('clicking a finding selects its parts', async ({ page }) => {
  test.setTimeout(90_000);
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.runAction('file.new:switch-cpo-c')).toBe(true);
  expect(await studio.runAction('view.findings')).toBe(true);
  const panel = page.getByTestId('findings-panel');
  await expect(panel.getByTestId('service-score')).toHaveText(/^\d+$/, { timeout: 60_000 });
  const first = panel.getByTestId('finding').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect.poll(() => studio.selection()).not.toHaveLength(0);
});
