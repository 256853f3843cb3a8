/**
 * Selecting and editing: pick a part in the viewport and in the outline, move and rotate
 * it in the inspector, refuse invalid input, undo and redo from the keyboard.
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

test('clicking a part in the viewport selects it and the outline follows', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.clickComponentInViewport('oe1');
  await expect.poll(() => studio.selection()).toEqual(['oe1']);
  await expect(studio.outlineRow('oe1')).toHaveAttribute('aria-pressed', 'true');
  await expect(studio.field('name')).toHaveValue('OE1');
  await studio.clickComponentInViewport('u1');
  await expect.poll(() => studio.selection()).toEqual(['u1']);
  await expect(studio.outlineRow('oe1')).toHaveAttribute('aria-pressed', 'false');
});

test('clicking an outline row selects the part and the viewport highlights it', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  const before = await studio.canvas.screenshot();
  await studio.outlineRow('els1').click();
  await expect.poll(() => studio.selection()).toEqual(['els1']);
  await expect(page.getByTestId('status-selection')).toHaveText('els1');
  await expect(studio.field('x')).toHaveValue('215');
  await expect.poll(async () => (await studio.canvas.screenshot()).equals(before)).toBe(false);
});

test('moving a part in the inspector changes the document, then undo and redo', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.outlineRow('u1').click();
  const rev0 = await studio.revision();
  await studio.setField('x', '60.5 mm');
  await expect
    .poll(async () => (await studio.document()).components[0]!.positionMm)
    .toEqual({ x: 60.5, y: 100 });
  expect(await studio.revision()).toBe(rev0 + 1);
  await studio.waitForFrame(rev0 + 1);
  await expect(page).toHaveTitle(/^● three\.lightpath\.json — Lightpath Studio$/);

  await studio.setField('rotation', '45');
  await expect.poll(async () => (await studio.document()).components[0]!.rotationDeg).toBe(45);

  await studio.blurFields();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect
    .poll(async () => (await studio.document()).components[0]!.positionMm)
    .toEqual({ x: 90, y: 100 });
  expect((await studio.document()).components[0]!.rotationDeg).toBe(0);
  await expect(studio.field('x')).toHaveValue('90');
  await expect(page).toHaveTitle(/^three\.lightpath\.json — Lightpath Studio$/);

  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(async () => (await studio.document()).components[0]!.positionMm.x).toBe(60.5);
  await page.keyboard.press('Control+y');
  await expect.poll(async () => (await studio.document()).components[0]!.rotationDeg).toBe(45);
});

test('invalid input shows a message and changes nothing', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.outlineRow('oe1').click();
  const before = await studio.serialized();
  const rev = await studio.revision();
  await studio.setField('y', 'twelve');
  const alerts = studio.inspector.getByRole('alert');
  await expect(alerts.filter({ hasText: '"twelve" is not a number in mm' })).toBeVisible();
  await studio.setField('x', '1e9');
  await expect(alerts.filter({ hasText: 'Expected -10000 to 10000 mm' })).toBeVisible();
  expect(await studio.serialized()).toBe(before);
  expect(await studio.revision()).toBe(rev);
});

test('keyboard: duplicate, rotate, delete, select all, shortcuts help', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.outlineRow('u1').click();
  await studio.blurFields();
  await page.keyboard.press('Control+d');
  await expect.poll(async () => (await studio.document()).components.length).toBe(4);
  const copy = (await studio.selection())[0]!;
  expect(copy).not.toBe('u1');
  await page.keyboard.press('r');
  await expect
    .poll(async () => (await studio.document()).components.find((c) => c.id === copy)?.rotationDeg)
    .toBe(90);
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await studio.document()).components.length).toBe(3);
  await page.keyboard.press('Control+a');
  await expect.poll(async () => (await studio.selection()).length).toBe(3);
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts-dialog')).toHaveCount(0);
});

test('dragging a part moves it as one undo step; Escape cancels a drag', async ({ page }) => {
  const studio = new StudioPage(page);
  const start = await page.evaluate(() => window.__lightpathTest!.screenPointOf('u1'));
  if (!start) throw new Error('u1 not on screen');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + 6 * i, start.y);
  await page.mouse.up();
  const moved = (await studio.document()).components[0]!.positionMm;
  expect(moved.x).toBeGreaterThan(95);
  expect(moved.y).toBe(100);
  expect(moved.x % 0.5).toBe(0);
  expect(await studio.selection()).toEqual(['u1']);
  await studio.waitForFrame();

  await page.keyboard.press('Control+z');
  await expect
    .poll(async () => (await studio.document()).components[0]!.positionMm)
    .toEqual({ x: 90, y: 100 });

  const before = await studio.serialized();
  await studio.waitForFrame();
  const again = await page.evaluate(() => window.__lightpathTest!.screenPointOf('u1'));
  await page.mouse.move(again!.x, again!.y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(again!.x, again!.y + 8 * i);
  // Held still, the document takes the dragged position (a preview inside the gesture).
  await expect
    .poll(async () => (await studio.document()).components[0]!.positionMm.y)
    .not.toBe(100);
  await page.keyboard.press('Escape');
  await page.mouse.up();
  expect(await studio.serialized()).toBe(before);
  expect(await page.evaluate(() => window.__lightpathTest!.runAction('edit.redo'))).toBe(true);
  await expect
    .poll(async () => (await studio.document()).components[0]!.positionMm.x)
    .toBe(moved.x);
});

test('a drag draws the part at the pointer without a revision per move; rest and release hand it to the document', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  const start = await page.evaluate(() => window.__lightpathTest!.screenPointOf('u1'));
  if (!start) throw new Error('u1 not on screen');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 6, start.y);
  const revisionBefore = await page.evaluate(() => window.__lightpathTest!.getRevision());
  // 30 moves of 3 px at 60 Hz, dispatched in the page as the browser would deliver them.
  const moves = 30;
  await page.evaluate(
    async ({ x0, y0, n }) => {
      const canvas = document.querySelector('[data-testid="viewport"] canvas')!;
      for (let i = 1; i <= n; i++) {
        await new Promise((r) => setTimeout(r, 16));
        canvas.dispatchEvent(
          new PointerEvent('pointermove', {
            pointerId: 1,
            pointerType: 'mouse',
            isPrimary: true,
            clientX: x0 + 3 * i,
            clientY: y0,
            buttons: 1,
            bubbles: true,
          }),
        );
      }
    },
    { x0: start.x + 6, y0: start.y, n: moves },
  );
  const during = await page.evaluate(() => ({
    revision: window.__lightpathTest!.getRevision(),
    preview: window.__lightpathTest!.getView().dragPreview,
  }));
  // Not a document revision per move (a slow machine may rest once or twice in between).
  expect(during.revision - revisionBefore).toBeLessThan(moves / 3);
  expect(during.preview?.ids).toEqual(['u1']);
  // Drawn at the pointer, about 96 px right of where it was pressed, once the view store has
  // taken the last moves (it does at the next animation frame).
  await expect
    .poll(async () => (await page.evaluate(() => window.__lightpathTest!.screenPointOf('u1')))!.x)
    .toBeGreaterThan(start.x + 80);
  // At rest the document takes the position; the metrics are held, marked stale, until release.
  await expect
    .poll(async () => (await studio.document()).components[0]!.positionMm.x)
    .toBeGreaterThan(95);
  await expect(page.getByTestId('metrics-panel')).toHaveAttribute('data-stale', 'true');
  await page.mouse.up();
  await expect(page.getByTestId('metrics-panel')).toHaveAttribute('data-stale', 'false');
  expect((await page.evaluate(() => window.__lightpathTest!.getView())).dragPreview).toBeNull();
  // One undo step for the whole drag.
  await page.keyboard.press('Control+z');
  await expect
    .poll(async () => (await studio.document()).components[0]!.positionMm)
    .toEqual({ x: 90, y: 100 });
});

test('a review pin on a dragged part follows the drag before the document takes it', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.outlineRow('u1').click();
  await studio.blurFields();
  await page.keyboard.press('Shift+C');
  await page.getByLabel('Comment text').fill('Keep the HBM side clear');
  await page.getByLabel('Comment text').press('Enter');
  await studio.waitForFrame();
  // Where the pin stands relative to its part, before the drag.
  const gap = () =>
    page.evaluate(() => {
      const api = window.__lightpathTest!;
      const pin = api.screenPointOfComment('comment-1');
      const part = api.screenPointOf('u1');
      return pin && part ? { dx: pin.x - part.x, dy: pin.y - part.y, partX: part.x } : null;
    });
  const before = (await gap())!;
  // No rest commit during this test: the part stays in its preview until release.
  await page.evaluate(() => window.__lightpathTest!.setDragRestMs(60_000));
  const at = (await page.evaluate(() => window.__lightpathTest!.screenPointOf('u1')))!;
  // Press below the centre: the pin stands above its anchor.
  await page.mouse.move(at.x, at.y + 15);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(at.x + 8 * i, at.y + 15);
  expect((await page.evaluate(() => window.__lightpathTest!.getView())).dragPreview?.ids).toEqual([
    'u1',
  ]);
  // The part is drawn about 64 px right, the document has not moved, the pin kept its place on it.
  await expect.poll(async () => (await gap())!.partX - before.partX).toBeGreaterThan(40);
  expect((await studio.document()).components[0]!.positionMm).toEqual({ x: 90, y: 100 });
  await expect.poll(async () => Math.abs((await gap())!.dx - before.dx)).toBeLessThan(2);
  await page.mouse.up();
  await page.evaluate(() => window.__lightpathTest!.setDragRestMs(150));
  expect((await studio.document()).components[0]!.positionMm.x).toBeGreaterThan(95);
});
