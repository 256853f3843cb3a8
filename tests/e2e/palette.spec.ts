/**
 * Command palette (Ctrl+K): runs an action by its typed name (the document and the view
 * change), goes to a part by name, keeps recently used entries first; the shortcuts
 * overlay lists every action with keys, grouped, the review ones included.
 */
import { expect, test } from '@playwright/test';
import { threePartDesign } from './fixtures/designs';
import { StudioPage } from './pages/StudioPage';

test.beforeEach(async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.openText('three.lightpath.json', threePartDesign())).toBe(true);
  await studio.cameraAction('view.camera.isometric');
});

test('Ctrl+K runs actions by name and goes to a part', async ({ page }) => {
  const studio = new StudioPage(page);
  const palette = page.getByTestId('command-palette');
  const input = palette.getByRole('combobox', { name: 'Command' });

  await studio.outlineRow('oe1').click();
  await studio.blurFields();
  await page.keyboard.press('Control+k');
  await expect(palette).toBeVisible();
  await input.fill('rot');
  await expect(palette.getByRole('option').first()).toContainText('Rotate 90°');
  await expect(palette.getByRole('option').first()).toContainText('R');
  await input.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect
    .poll(async () => (await studio.document()).components.find((c) => c.id === 'oe1')!.rotationDeg)
    .toBe(90);

  // Arrow keys: "view" lists the camera views; ArrowDown picks the second.
  const frame = Number(await studio.canvas.getAttribute('data-frame'));
  await page.keyboard.press('Control+k');
  await input.fill('top view');
  await expect(palette.getByRole('option').first()).toContainText('Top view');
  await input.press('Enter');
  await expect(
    page.getByRole('toolbar', { name: 'Tools' }).getByRole('button', { name: 'Top' }),
  ).toHaveClass(/is-active/);
  await expect
    .poll(async () => Number(await studio.canvas.getAttribute('data-frame')))
    .toBeGreaterThan(frame);

  // Go to part by name: selects it.
  await page.keyboard.press('Control+k');
  await input.fill('els1');
  const first = palette.getByRole('option').first();
  await expect(first).toHaveAttribute('data-key', 'part:els1');
  await expect(first).toContainText('Go to part: ELS1');
  await input.press('Enter');
  await expect.poll(() => studio.selection()).toEqual(['els1']);

  // Recently used first, most recent on top; arrows move, Escape closes without running.
  await page.keyboard.press('Control+k');
  const keys = await palette
    .getByRole('option')
    .evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-key')));
  expect(keys).toEqual(['part:els1', 'action:view.camera.top', 'action:part.rotate']);
  await input.press('ArrowDown');
  await expect(palette.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await input.press('ArrowUp');
  await input.press('ArrowUp');
  await expect(palette.getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
  const before = await studio.serialized();
  await input.press('Escape');
  await expect(palette).toHaveCount(0);
  expect(await studio.serialized()).toBe(before);
});

test('the palette lists every registry action; unavailable ones do not run', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.blurFields();
  await page.keyboard.press('Control+k');
  const palette = page.getByTestId('command-palette');
  const input = palette.getByRole('combobox', { name: 'Command' });
  await input.fill('delete');
  const del = palette.locator('[data-key="action:edit.delete"]');
  await expect(del).toHaveAttribute('aria-disabled', 'true');
  const before = (await studio.document()).components.length;
  await expect(del).toHaveAttribute('aria-selected', 'true');
  await input.press('Enter');
  await expect(palette).toBeVisible();
  expect((await studio.document()).components.length).toBe(before);
  await input.fill('measure');
  await expect(palette.getByRole('option').first()).toContainText('Measure distance');
  await expect(palette.getByRole('option').first().locator('kbd')).toHaveText('M');
  if (process.env.LIGHTPATH_SCREENSHOTS === '1') {
    await input.fill('co');
    await page.screenshot({ path: 'docs/screenshots/palette.png' });
  }
});

test('the shortcuts overlay lists every action with keys, grouped', async ({ page }) => {
  const studio = new StudioPage(page);
  // Every menu item showing a shortcut must be in the overlay.
  const withKeys: string[] = [];
  for (const menu of ['File', 'Edit', 'View', 'Help']) {
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('button', { name: menu })
      .click();
    const items = page.getByRole('menu').getByRole('menuitem');
    withKeys.push(
      ...(await items.evaluateAll((els) =>
        els
          .filter((e) => (e.querySelector('kbd')?.textContent ?? '') !== '')
          .map((e) => e.getAttribute('data-action') ?? ''),
      )),
    );
    await page.keyboard.press('Escape');
    await page.mouse.click(5, 890);
  }
  expect(withKeys.length).toBeGreaterThan(10);
  await studio.blurFields();
  await page.keyboard.press('?');
  const dialog = page.getByTestId('shortcuts-dialog');
  await expect(dialog).toBeVisible();
  const listed = await dialog
    .locator('tr[data-action]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
  for (const id of [...withKeys, 'palette.open', 'measure.toggle', 'review.addComment'])
    expect(listed).toContain(id);
  await expect(dialog.locator('tbody[data-group="Review"]')).toContainText('Add comment');
  await expect(dialog.locator('tbody[data-group="Tools"]')).toContainText('Measure distance');
  await expect(dialog.locator('tbody[data-group="Help"]')).toContainText('Ctrl+K');
  await expect(dialog.locator('tbody[data-group="Edit"]')).toContainText('Ctrl+Z');
});
