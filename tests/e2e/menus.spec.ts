/**
 * The menu bar and toolbar drive the same actions as the keys: templates, camera presets,
 * panels and Open Recent (through a file handle the browser host kept in IndexedDB).
 */
import { expect, test } from '@playwright/test';
import { threePartDesign } from './fixtures/designs';
import { StudioPage } from './pages/StudioPage';

test('File → New from template… opens the chosen architecture', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /New from template/ }).click();
  const picker = page.getByTestId('templates-dialog');
  await expect(picker.locator('[data-template="switch-npo"] .template__arch')).toHaveText('NPO');
  await picker.locator('[data-template="switch-npo"]').click();
  await expect(picker).toHaveCount(0);
  await expect.poll(async () => (await studio.document()).meta.architecture).toBe('npo');
  await expect(page).toHaveTitle('switch-npo.lightpath.json — Lightpath Studio');
});

test('camera presets redraw the view from another side; the panels toggle', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  const shots: Buffer[] = [];
  for (const label of ['Top', 'Front', 'Side', 'Iso']) {
    const frame = Number(await studio.canvas.getAttribute('data-frame'));
    await page.getByRole('toolbar').getByRole('button', { name: label, exact: true }).click();
    await expect
      .poll(async () => Number(await studio.canvas.getAttribute('data-frame')))
      .toBeGreaterThan(frame);
    shots.push(await studio.canvas.screenshot());
  }
  for (let i = 1; i < shots.length; i++) expect(shots[i]!.equals(shots[i - 1]!)).toBe(false);

  await page.getByRole('button', { name: 'View' }).click();
  await page.getByRole('menuitem', { name: 'Outline panel' }).click();
  await expect(studio.outline).toHaveCount(0);
  await page.getByRole('button', { name: 'View' }).click();
  await page.getByRole('menuitem', { name: 'Outline panel' }).click();
  await expect(studio.outline).toBeVisible();
});

test('Open Recent reopens a file saved through a File System Access handle', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker = async () => {
      const dir = await navigator.storage.getDirectory();
      return dir.getFileHandle('recent.lightpath.json', { create: true });
    };
  });
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.openText('three.lightpath.json', threePartDesign())).toBe(true);
  expect(await studio.runAction('file.saveAs')).toBe(true);
  const saved = await studio.serialized();
  expect(await studio.runAction('file.new:empty')).toBe(true);
  expect((await studio.document()).components).toHaveLength(0);

  await page.reload();
  await studio.waitForFrame();
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'recent.lightpath.json' }).click();
  await expect(page).toHaveTitle('recent.lightpath.json — Lightpath Studio');
  expect(await studio.serialized()).toBe(saved);
});

test('opening a template over unsaved changes asks first; Cancel keeps the work', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.openText('three.lightpath.json', threePartDesign())).toBe(true);
  await studio.outlineRow('u1').click();
  await studio.setField('x', '66');
  const edited = await studio.serialized();
  const chooseNpo = async () => {
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: /New from template/ }).click();
    await page.getByTestId('templates-dialog').locator('[data-template="switch-npo"]').click();
  };
  await chooseNpo();
  const ask = page.getByTestId('confirm-dialog');
  await expect(ask).toContainText('three.lightpath.json has changes that are not saved');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toHaveCount(0);
  expect(await studio.serialized()).toBe(edited);

  await chooseNpo();
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect.poll(async () => (await studio.document()).meta.architecture).toBe('npo');
});
