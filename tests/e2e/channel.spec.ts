/**
 * The inspector's Channel section (issue 13 items 3 and 7): on the CPO-A example a selected
 * link shows its IL(f) chart with loss and budget; overriding the reach class changes the
 * budget and undoes in one step; importing a valid .s2p marks the loss "measured" and changes
 * it; a malformed file is refused with its line number and the estimate stays.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { MetricsPage } from './pages/MetricsPage';
import { StudioPage } from './pages/StudioPage';

const LINK = 'link-eth0';
const fixture = (name: string) => readFileSync(`tests/fixtures/touchstone/${name}`);

/** The link as the document holds it. */
function docLink(page: Page): Promise<{ serdesClass: string; measuredLoss?: unknown }> {
  return page.evaluate(
    (id) => window.__lightpathTest!.getDocument().links.find((l) => l.id === id)!,
    LINK,
  );
}

/** Clicks "Import Touchstone…" and hands the file picker `name`. */
async function importFile(page: Page, name: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('channel-import').click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: fixture(name) });
}

test('channel: chart, reach-class override and undo, Touchstone import and refusal', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.addInitScript(() => {
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  });
  const studio = new StudioPage(page);
  const metrics = new MetricsPage(page);
  await studio.goto();
  expect(await studio.runAction('file.new:switch-cpo-a')).toBe(true);
  await metrics.waitForResult(await studio.revision());
  await metrics.select([LINK]);

  const channel = page.getByTestId('link-channel');
  await expect(channel).toBeVisible();
  await expect(channel.locator('[data-testid="channel-chart"] canvas')).toBeVisible();
  const drawn = await channel
    .locator('[data-testid="channel-chart"] canvas')
    .evaluate((el: HTMLCanvasElement) => {
      const data = el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data;
      let inked = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked += 1;
      return inked;
    });
  expect(drawn).toBeGreaterThan(500);
  const loss = page.getByTestId('channel-loss');
  const budget = page.getByTestId('channel-budget');
  await expect(loss).toHaveText(/^\d+\.\d\d dB @ 26\.56 GHz$/);
  await expect(budget).toHaveText('10.0 dB');
  await expect(page.getByTestId('channel-source')).toHaveText('estimate');
  await expect(page.getByTestId('channel-suggested')).toHaveText(/^(XSR|XSR\+|VSR|MR|LR)$/);
  const estimate = await loss.textContent();

  // Override the reach class: the budget follows; undo restores it in one step.
  await page.getByTestId('channel-class').selectOption('VSR');
  await metrics.waitForResult(await studio.revision());
  await expect(budget).not.toHaveText('10.0 dB');
  expect((await docLink(page)).serdesClass).toBe('VSR');
  expect(await studio.runAction('edit.undo')).toBe(true);
  await metrics.waitForResult(await studio.revision());
  await expect(budget).toHaveText('10.0 dB');
  await expect(page.getByTestId('channel-class')).toHaveValue('XSR');

  // A valid measurement: IL = 0.4 dB/GHz, so 10.63 dB at 26.5625 GHz.
  await importFile(page, 'through-0p4db-per-ghz.s2p');
  await expect(page.getByTestId('channel-source')).toHaveText(
    'measured: through-0p4db-per-ghz.s2p',
  );
  await expect(loss).toHaveText('10.63 dB @ 26.56 GHz');
  await expect(page.getByTestId('channel-refusal')).toHaveCount(0);
  await page.screenshot({ path: 'docs/screenshots/channel.png' });

  // The import is one undo step: undo restores the estimate, redo the measurement.
  expect(await studio.runAction('edit.undo')).toBe(true);
  await expect(page.getByTestId('channel-source')).toHaveText('estimate');
  await expect(loss).toHaveText(estimate!);
  expect(await studio.runAction('edit.redo')).toBe(true);
  await expect(page.getByTestId('channel-source')).toHaveText(
    'measured: through-0p4db-per-ghz.s2p',
  );

  // Back to the estimate, then a malformed file: refused with its line, the estimate stays.
  await page.getByTestId('channel-estimate').click();
  await expect(page.getByTestId('channel-source')).toHaveText('estimate');
  await expect(loss).toHaveText(estimate!);
  await importFile(page, 'malformed.s2p');
  await expect(page.getByTestId('channel-refusal')).toHaveText(
    'malformed.s2p line 5: "oops" is not a number',
  );
  await expect(page.getByTestId('channel-source')).toHaveText('estimate');
  await expect(loss).toHaveText(estimate!);
  expect(await docLink(page)).not.toHaveProperty('measuredLoss');
});
