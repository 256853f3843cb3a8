/**
 * Context menus: right-click a part in the viewport runs Duplicate from the menu; the
 * keyboard moves through the items and Escape closes; right-click on empty space offers
 * paste, add comment here and fit view; the outline rows have the same part menu.
 */
import { expect, test } from '@playwright/test';
import { threePartDesign } from './fixtures/designs';
import { StudioPage } from './pages/StudioPage';

test.beforeEach(async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.openText('three.lightpath.json', threePartDesign())).toBe(true);
  await studio.cameraAction('view.camera.top');
});

test('right-click a part, Duplicate; keyboard and Escape', async ({ page }) => {
  const studio = new StudioPage(page);
  const menu = page.getByTestId('context-menu');
  const oe1 = (await page.evaluate(() => window.__lightpathTest!.screenPointOf('oe1')))!;
  await page.mouse.click(oe1.x, oe1.y, { button: 'right' });
  await expect(menu).toBeVisible();
  await expect(menu).toHaveAttribute('aria-label', 'Part actions');
  await expect.poll(() => studio.selection()).toEqual(['oe1']);
  const labels = await menu.getByRole('menuitem').allTextContents();
  for (const label of ['Rotate 90°', 'Duplicate', 'Delete', 'Add comment', 'Focus on selection'])
    expect(labels.join('|')).toContain(label);

  // Keyboard: focus starts on the first item; ArrowDown reaches Duplicate, Enter runs it.
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.locator('[data-item="edit.duplicate"]')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  expect((await studio.document()).components).toHaveLength(3);

  await page.mouse.click(oe1.x, oe1.y, { button: 'right' });
  await menu.getByRole('menuitem', { name: /Duplicate/ }).click();
  await expect.poll(async () => (await studio.document()).components.length).toBe(4);
  const copy = (await studio.document()).components[3]!;
  expect(copy.positionMm).toEqual({ x: 175, y: 95 });
  await expect.poll(() => studio.selection()).toEqual([copy.id]);
  await expect(menu).toHaveCount(0);
});

test('right-click empty space: add comment here; outline rows have the part menu', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  const menu = page.getByTestId('context-menu');
  const box = (await studio.canvas.boundingBox())!;
  await page.mouse.click(box.x + 30, box.y + 30, { button: 'right' });
  await expect(menu).toHaveAttribute('aria-label', 'View actions');
  const labels = (await menu.getByRole('menuitem').allTextContents()).join('|');
  expect(labels).toContain('Add comment here');
  expect(labels).toMatch(/Fit/);
  await menu.getByRole('menuitem', { name: 'Add comment here' }).click();
  await page.getByLabel('Comment text').fill('Cable exit');
  await page.getByLabel('Comment text').press('Enter');
  const doc = await page.evaluate(() => window.__lightpathTest!.getDocument());
  expect(doc.comments).toHaveLength(1);
  expect('pointMm' in doc.comments[0]!.anchor).toBe(true);

  await studio.outlineRow('u1').click({ button: 'right' });
  await expect(menu).toHaveAttribute('aria-label', 'Part actions');
  await expect.poll(() => studio.selection()).toEqual(['u1']);
  await menu.getByRole('menuitem', { name: /Rotate/ }).click();
  await expect
    .poll(async () => (await studio.document()).components.find((c) => c.id === 'u1')!.rotationDeg)
    .toBe(90);
});
