/**
 * Fibers authored and routed (issue 12, item 4), on the NPO (224G) example: a fiber is
 * deleted and drawn again with the Add fiber tool (port, then the board's front edge); the
 * engine routes it; a double-click on the drawn route inserts a waypoint, dragging its
 * handle moves it (one command: the route and its length follow); a bend radius below the
 * type's minimum is refused naming the range; the metrics panel lists the bundle's lengths
 * and skew first; undo walks every step back; no page error or NaN geometry is logged. Writes
 * .test-output/screenshots/fibers.png (docs/screenshots/ with LIGHTPATH_SCREENSHOTS=1).
 */
import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';

const FIBER = 'fib-oe-eth26';
const ENGINE = 'oe-eth26';

async function fiberOf(page: Page, id: string) {
  return page.evaluate(
    (fid) => window.__lightpathTest!.getDocument().fibers.find((f) => f.id === fid) ?? null,
    id,
  );
}

async function drawn(page: Page) {
  return page.evaluate(() => window.__lightpathTest!.drawnFiber());
}

/** Client point of a model point, failing the test when it is off screen. */
async function screenOf(page: Page, p: { x: number; y: number; z: number }) {
  const s = await page.evaluate((q) => window.__lightpathTest!.screenPointOfMm(q), p);
  if (!s) throw new Error(`model point ${JSON.stringify(p)} is behind the camera`);
  return s;
}

test('fibers: draw with the tool, waypoint by double-click, drag, refusal, bundle skew, undo', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const studio = new StudioPage(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || /NaN/.test(m.text())) errors.push(m.text());
  });
  await studio.goto();
  expect(await studio.runAction('file.new:switch-npo-224g')).toBe(true);
  await page.getByTestId('thermal-preset').selectOption('coarse');
  await studio.waitForFrame();
  const original = await fiberOf(page, FIBER);
  expect(original).not.toBeNull();
  const count = await page.evaluate(() => window.__lightpathTest!.getDocument().fibers.length);

  // Delete the example's fiber, then draw it again with the tool.
  await page.evaluate((id) => window.__lightpathTest!.select([id]), FIBER);
  await page.locator('[data-testid="viewport"] canvas').focus();
  await page.keyboard.press('Delete');
  await expect.poll(() => fiberOf(page, FIBER)).toBeNull();
  await studio.cameraAction('view.camera.orthoTop');
  expect(await studio.runAction('fiber.add')).toBe(true);
  await expect
    .poll(() => page.evaluate(() => window.__lightpathTest!.getView().tool))
    .toBe('fiber');
  await studio.waitForFrame();
  const port = await page.evaluate(
    (id) => window.__lightpathTest!.screenPointOfPort(id, 'fiber'),
    ENGINE,
  );
  if (!port) throw new Error('the engine fiber port is not on screen');
  await page.mouse.click(port.x, port.y);
  await expect
    .poll(() => page.evaluate(() => window.__lightpathTest!.getView().connectFrom))
    .toEqual({ componentId: ENGINE, port: 'fiber' });
  const edge = await page.evaluate(() => {
    const doc = window.__lightpathTest!.getDocument();
    const base = doc.carriers.find((c) => c.onCarrierId === undefined)!;
    const top = base.layers.reduce((s, l) => s + l.thicknessMm, 0);
    return { x: base.originMm.x, y: base.originMm.y, width: base.widthMm, top };
  });
  const enginePos = await page.evaluate(
    (id) => window.__lightpathTest!.getDocument().components.find((c) => c.id === id)!.positionMm,
    ENGINE,
  );
  const edgeX = Math.min(edge.x + edge.width - 5, enginePos.x + 20);
  const onEdge = await screenOf(page, { x: edgeX, y: edge.y + 4, z: edge.top });
  // Hover first, as a hand does: a click landing within a few ms of the port pick was
  // sometimes not delivered to the strip (not understood yet; see the stop note).
  await page.mouse.move(onEdge.x, onEdge.y);
  await studio.waitForFrame();
  await page.waitForTimeout(250);
  await page.mouse.click(onEdge.x, onEdge.y);
  await expect
    .poll(() => page.evaluate(() => window.__lightpathTest!.getDocument().fibers.length))
    .toBe(count);
  const added = await page.evaluate((engine) => {
    const api = window.__lightpathTest!;
    const selected = api.getSelection();
    return (
      api
        .getDocument()
        .fibers.find((f) => f.from.componentId === engine && selected.includes(f.id)) ?? null
    );
  }, ENGINE);
  expect(added, 'the new fiber is selected').not.toBeNull();
  expect(added!.endMm?.y).toBeCloseTo(edge.y, 6);
  expect(added!.waypointsMm).toHaveLength(0);
  const id = added!.id;
  expect(await studio.runAction('fiber.add'), 'B again: back to the select tool').toBe(true);
  await expect.poll(async () => (await drawn(page))?.fiberId).toBe(id);
  await expect(page.getByTestId('fiber-inspector')).toBeVisible();
  await expect(page.getByTestId('fiber-length')).not.toHaveText('—', { timeout: 60_000 });

  // Double-click the middle of the route's longest leg: one waypoint there.
  const route = (await drawn(page))!;
  let best = 0;
  for (let k = 1; k < route.pathMm.length - 1; k++) {
    const len = (i: number) =>
      Math.hypot(
        route.pathMm[i + 1]!.x - route.pathMm[i]!.x,
        route.pathMm[i + 1]!.y - route.pathMm[i]!.y,
      );
    if (len(k) > len(best)) best = k;
  }
  const a = route.pathMm[best]!;
  const b = route.pathMm[best + 1]!;
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, z: (a.z + b.z) / 2 };
  const onRoute = await screenOf(page, mid);
  await page.mouse.dblclick(onRoute.x, onRoute.y);
  await expect.poll(async () => (await fiberOf(page, id))?.waypointsMm.length).toBe(1);
  expect(await page.evaluate(() => window.__lightpathTest!.getSelection())).toEqual([id]);
  const inserted = (await fiberOf(page, id))!.waypointsMm[0]!;
  expect(Math.hypot(inserted.x - mid.x, inserted.y - mid.y)).toBeLessThan(3);
  await expect(page.getByTestId('fiber-waypoints')).toContainText('1 (');
  const lengthBefore = (await drawn(page))!.lengthMm;

  // Drag the waypoint's handle 12 mm sideways: one command, the route follows.
  await studio.waitForFrame();
  const revisionBefore = await studio.revision();
  const handle = await screenOf(page, inserted);
  const shifted = { ...inserted, x: inserted.x + 12 };
  const target = await screenOf(page, shifted);
  await page.mouse.move(handle.x, handle.y);
  await page.mouse.down();
  for (let s = 1; s <= 8; s++) {
    await page.mouse.move(
      handle.x + ((target.x - handle.x) * s) / 8,
      handle.y + ((target.y - handle.y) * s) / 8,
    );
  }
  await page.mouse.up();
  await expect
    .poll(async () => (await fiberOf(page, id))!.waypointsMm[0]!.x)
    .toBeCloseTo(shifted.x, 0);
  expect(await studio.revision()).toBe(revisionBefore + 1);
  await expect.poll(async () => (await drawn(page))!.lengthMm).not.toBeCloseTo(lengthBefore, 3);
  expect((await drawn(page))!.waypointIndices).toHaveLength(1);

  // A bend radius below the type's minimum is refused with the field and the range.
  const radius = page.getByTestId('fiber-radius');
  const revisionRefused = await studio.revision();
  await radius.fill('2');
  await radius.press('Enter');
  await expect(page.getByTestId('fiber-inspector').getByRole('alert')).toContainText('7.5');
  expect(await studio.revision()).toBe(revisionRefused);

  // Bundle two fibers: the metrics panel lists their lengths and skew.
  const bundle = page.getByTestId('fiber-bundle');
  await bundle.fill('front-A');
  await bundle.press('Enter');
  await expect.poll(async () => (await fiberOf(page, id))!.bundle).toBe('front-A');
  await page.evaluate(() => window.__lightpathTest!.select(['fib-oe-eth25']));
  // Wait for the inspector to show the other fiber, or the typing lands in the old form.
  await expect(page.getByTestId('fiber-inspector')).toContainText('fib-oe-eth25');
  await page.getByTestId('fiber-bundle').fill('front-A');
  await page.getByTestId('fiber-bundle').press('Enter');
  await expect.poll(async () => (await fiberOf(page, 'fib-oe-eth25'))!.bundle).toBe('front-A');
  const row = page.locator('[data-testid="fiber-bundle-row"][data-bundle="front-A"]');
  await expect(row).toBeVisible({ timeout: 60_000 });
  await expect(row.locator('td').nth(1)).toHaveText(/^\d+$/);
  const skewMm = Number(await row.locator('td').nth(4).innerText());
  const minMm = Number(await row.locator('td').nth(2).innerText());
  const maxMm = Number(await row.locator('td').nth(3).innerText());
  expect(skewMm).toBeCloseTo(maxMm - minMm, 0);
  expect(maxMm).toBeGreaterThan(0);

  await page.evaluate((fid) => window.__lightpathTest!.select([fid]), id);
  await expect.poll(async () => (await drawn(page))?.fiberId).toBe(id);
  await studio.cameraAction('view.camera.isometric');
  await row.scrollIntoViewIfNeeded();
  await studio.waitForFrame();
  await page.screenshot({ path: screenshotPath(), fullPage: false });
  expect(errors, 'no page errors and no NaN geometry').toEqual([]);

  // Undo: the two bundle names, the drag, the waypoint, the new fiber, the deletion.
  for (let k = 0; k < 5; k++) expect(await studio.runAction('edit.undo')).toBe(true);
  expect(await fiberOf(page, id)).toBeNull();
  expect(await studio.runAction('edit.undo')).toBe(true);
  expect(await fiberOf(page, FIBER)).toEqual(original);
});

function screenshotPath(): string {
  const dir =
    process.env.LIGHTPATH_SCREENSHOTS === '1' ? 'docs/screenshots' : '.test-output/screenshots';
  return `${dir}/fibers.png`;
}
