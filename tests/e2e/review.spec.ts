/**
 * Review mode: comments on a part and on a picked point, drawn as numbered pins (checked in
 * the canvas pixels) and listed in the comments panel; resolving changes the document and
 * the pin's colour; undo, edit and delete; comments are saved with the design.
 */
import { expect, test, type Page } from '@playwright/test';
import { threePartDesign } from './fixtures/designs';
import { StudioPage } from './pages/StudioPage';
import { pixelsNear } from './pages/reviewPixels';

const AMBER = '#ff9f1c';
const GREEN = '#2fbf71';

interface CommentView {
  id: string;
  author: string;
  createdAt: string;
  text: string;
  status: 'open' | 'resolved';
  anchor: { componentId?: string; pointMm?: { x: number; y: number; z: number } };
}

function comments(page: Page): Promise<CommentView[]> {
  return page.evaluate(
    () => window.__lightpathTest!.getDocument().comments as unknown as CommentView[],
  );
}

function pinPoint(page: Page, id: string) {
  return page.evaluate((c) => window.__lightpathTest!.screenPointOfComment(c), id);
}

test.beforeEach(async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.openText('three.lightpath.json', threePartDesign())).toBe(true);
  await studio.cameraAction('view.camera.top');
});

test('comments on a part and on a point: pins, list, resolve, undo', async ({ page }) => {
  const studio = new StudioPage(page);
  const panel = page.getByRole('region', { name: 'Comments' });

  // On the selected part: Shift+C opens a draft anchored to it.
  await studio.outlineRow('oe1').click();
  await studio.blurFields();
  await page.keyboard.press('Shift+C');
  await page.getByLabel('Comment text').fill('Check the OE case temperature');
  await page.getByLabel('Comment text').press('Enter');
  await expect.poll(() => comments(page).then((c) => c.length)).toBe(1);
  const [onPart] = await comments(page);
  expect(onPart).toMatchObject({
    id: 'comment-1',
    author: 'reviewer',
    text: 'Check the OE case temperature',
    status: 'open',
    anchor: { componentId: 'oe1' },
  });
  expect(Number.isNaN(Date.parse(onPart!.createdAt))).toBe(false);
  await studio.waitForFrame();
  const pin1 = await pinPoint(page, 'comment-1');
  expect(pin1).not.toBeNull();
  await expect.poll(() => pixelsNear(studio.canvas, pin1!, AMBER)).toBeGreaterThan(40);
  await expect(panel.locator('[data-comment-id="comment-1"]')).toContainText('OE1');

  // On a point: the comment tool picks the surface under the cursor.
  const u1 = (await page.evaluate(() => window.__lightpathTest!.screenPointOf('u1')))!;
  await studio.runAction('review.commentAtPoint');
  await page.mouse.click(u1.x, u1.y + 160);
  await page.getByLabel('Comment text').fill('Keep this corner free');
  await page.getByRole('button', { name: 'Add comment' }).click();
  await expect.poll(() => comments(page).then((c) => c.length)).toBe(2);
  const onPoint = (await comments(page))[1]!;
  const doc = await page.evaluate(() => window.__lightpathTest!.getDocument());
  const boardTopMm = doc.carriers[0]!.layers.reduce((sum, l) => sum + l.thicknessMm, 0);
  expect(onPoint.anchor.componentId).toBeUndefined();
  expect(onPoint.anchor.pointMm!.x).toBeCloseTo(90, -0.5);
  expect(onPoint.anchor.pointMm!.y).toBeLessThan(100);
  expect(onPoint.anchor.pointMm!.z).toBeGreaterThanOrEqual(boardTopMm - 1e-3);
  await studio.waitForFrame();
  const pin2 = (await pinPoint(page, 'comment-2'))!;
  await expect.poll(() => pixelsNear(studio.canvas, pin2, AMBER)).toBeGreaterThan(40);
  await expect(panel.locator('li[data-comment-id]')).toHaveCount(2);

  // Resolve the first: the document and the pin change.
  await panel
    .locator('[data-comment-id="comment-1"]')
    .getByRole('button', { name: 'Resolve' })
    .click();
  await expect.poll(() => comments(page).then((c) => c[0]!.status)).toBe('resolved');
  await studio.waitForFrame();
  await expect.poll(() => pixelsNear(studio.canvas, pin1!, GREEN)).toBeGreaterThan(40);
  expect(await pixelsNear(studio.canvas, pin1!, AMBER, 12, 30)).toBeLessThan(10);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(panel.locator('li[data-comment-id]')).toHaveCount(1);
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await studio.waitForFrame();
  await page.screenshot({
    path:
      process.env.LIGHTPATH_SCREENSHOTS === '1'
        ? 'docs/screenshots/review.png'
        : '.test-output/screenshots/review.png',
  });
  // Undo brings the open status (and the amber pin) back.
  await studio.blurFields();
  await page.keyboard.press('Control+z');
  await expect.poll(() => comments(page).then((c) => c[0]!.status)).toBe('open');
  await studio.waitForFrame();
  await expect.poll(() => pixelsNear(studio.canvas, pin1!, AMBER)).toBeGreaterThan(40);

  // Saved with the design.
  const saved = JSON.parse(await studio.serialized());
  expect(saved.comments.map((c: CommentView) => c.id)).toEqual(['comment-1', 'comment-2']);
});

test('edit, delete and undo a comment; the list focuses the view and selects the part', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  const panel = page.getByRole('region', { name: 'Comments' });
  await page.evaluate(() => localStorage.setItem('lightpath.review.author', 'A. Architect'));
  await studio.outlineRow('els1').click();
  await studio.runAction('review.addComment');
  await page.getByLabel('Comment text').fill('Laser too close');
  await page.getByLabel('Comment text').press('Enter');
  await expect.poll(() => comments(page).then((c) => c[0]?.author)).toBe('A. Architect');

  const item = panel.locator('[data-comment-id="comment-1"]');
  await item.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Edit comment text').fill('Laser 5 mm too close');
  await page.getByLabel('Edit comment text').press('Enter');
  await expect.poll(() => comments(page).then((c) => c[0]?.text)).toBe('Laser 5 mm too close');

  await studio.outlineRow('u1').click();
  const frame = Number(await studio.canvas.getAttribute('data-frame'));
  await item.locator('.comment__head').click();
  await expect.poll(() => studio.selection()).toEqual(['els1']);
  await expect
    .poll(async () => Number(await studio.canvas.getAttribute('data-frame')))
    .toBeGreaterThan(frame);
  const centre = await studio.canvas.boundingBox();
  const els1 = (await page.evaluate(() => window.__lightpathTest!.screenPointOf('els1')))!;
  expect(Math.abs(els1.x - (centre!.x + centre!.width / 2))).toBeLessThan(40);
  expect(Math.abs(els1.y - (centre!.y + centre!.height / 2))).toBeLessThan(40);

  // Clicking the pin in the viewport opens the closed panel on that comment.
  await page.getByRole('button', { name: 'Close comments' }).click();
  await expect(panel).toHaveCount(0);
  await studio.outlineRow('u1').click();
  await studio.waitForFrame();
  const pin = (await pinPoint(page, 'comment-1'))!;
  await page.mouse.click(pin.x, pin.y);
  await expect(item).toHaveClass(/is-active/);
  await expect.poll(() => studio.selection()).toEqual(['els1']);

  await item.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => comments(page).then((c) => c.length)).toBe(0);
  await studio.blurFields();
  await page.keyboard.press('Control+z');
  await expect
    .poll(() => comments(page).then((c) => c.map((k) => k.text)))
    .toEqual(['Laser 5 mm too close']);
  await page.keyboard.press('Control+z');
  await expect.poll(() => comments(page).then((c) => c[0]?.text)).toBe('Laser too close');
});
