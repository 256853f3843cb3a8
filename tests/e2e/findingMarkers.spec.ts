/**
 * Rule-finding markers in the viewport: View → Rule markers (Shift+R) draws one dot per spot
 * with findings in its severity's colour (checked in the canvas pixels, and gone again when
 * toggled off); clicking a marker selects its finding's parts (not the part under it) and
 * makes the finding active in the findings panel, and a panel click highlights the marker;
 * moving a part off an overlap removes the overlap's marker after re-evaluation.
 */
import { expect, test, type Page } from '@playwright/test';
import { overlapDesign } from './fixtures/designs';
import { StudioPage } from './pages/StudioPage';
import { pixelsNear } from './pages/reviewPixels';

const RED = '#ff4040';

function markers(page: Page) {
  return page.evaluate(() => window.__lightpathTest!.findingMarkers());
}

/** The markers once the evaluation of the current revision is drawn (maybe none). */
async function currentMarkers(page: Page, studio: StudioPage) {
  await expect
    .poll(
      async () => {
        const revision = await studio.revision();
        const findings = await page.evaluate(() => window.__lightpathTest!.findings());
        const list = await markers(page);
        const isDrawn = findings?.findings.length === 0 || list.some((m) => !m.isStale);
        return findings?.revision === revision && isDrawn;
      },
      { timeout: 60_000 },
    )
    .toBe(true);
  await studio.waitForFrame();
  return markers(page);
}

test('Shift+R draws markers in the severity colour; clicks walk a stack of findings', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.runAction('file.new:switch-cpo-c')).toBe(true);
  await studio.cameraAction('view.camera.top');
  expect(await markers(page)).toEqual([]);
  await studio.blurFields();
  await page.keyboard.press('Shift+R');
  const list = await currentMarkers(page, studio);
  // CPO Type C's stacked engines run over their limit: red temp-limit markers, counted per stack.
  const stack = list.find((m) => m.rule === 'temp-limit' && m.count === 3);
  expect(stack, JSON.stringify(list.slice(0, 5))).toBeDefined();
  expect(stack!.severity).toBe('error');
  await expect.poll(() => pixelsNear(studio.canvas, stack!, RED, 12, 30)).toBeGreaterThan(40);
  const drawCalls = () => page.evaluate(() => window.__lightpathTest!.frameStats().drawCalls);
  const withMarkers = await drawCalls();

  // Off again: the dot is gone from the pixels. All the markers were one draw call.
  await page.keyboard.press('Shift+R');
  await expect.poll(() => markers(page)).toEqual([]);
  await expect.poll(() => pixelsNear(studio.canvas, stack!, RED, 12, 30)).toBeLessThan(10);
  expect(list.length).toBeGreaterThan(20);
  expect(withMarkers - (await drawCalls())).toBe(1);

  // With the findings panel open the markers show too; a click selects the stack's first
  // finding's parts and makes it active in the panel, the next click the next finding.
  expect(await studio.runAction('view.findings')).toBe(true);
  const again = (await currentMarkers(page, studio)).find((m) => m.index === stack!.index)!;
  const findings = (await page.evaluate(() => window.__lightpathTest!.findings()))!.findings;
  const canvasBox = await studio.canvas.boundingBox();
  await page.mouse.click(again.x, again.y);
  await expect.poll(() => studio.selection()).toEqual(findings[stack!.index]!.components);
  const panel = page.getByTestId('findings-panel');
  const active = panel.locator('[data-testid="finding"][aria-current="true"]');
  await expect(active).toHaveAttribute('data-index', String(stack!.index));
  await expect(active).toBeInViewport();
  // Bringing the finding into view scrolls the panel only, never the viewport; and the click
  // went to the marker alone, not to the comment pin anchored on the same engine (which
  // would turn the camera to it and open the comments).
  expect(await studio.canvas.boundingBox()).toEqual(canvasBox);
  const still = (await markers(page)).find((m) => m.index === stack!.index)!;
  expect(Math.hypot(still.x - again.x, still.y - again.y)).toBeLessThan(1);
  await expect(page.getByRole('region', { name: 'Comments' })).toHaveCount(0);
  await page.mouse.click(again.x, again.y);
  await expect(active).not.toHaveAttribute('data-index', String(stack!.index));
  const second = Number(await active.getAttribute('data-index'));
  expect(stack!.count).toBeGreaterThan(1);
  await expect.poll(() => studio.selection()).toEqual(findings[second]!.components);

  // Hovering shows the messages of the stack.
  await page.mouse.move(again.x + 2, again.y + 1);
  await expect(page.getByTestId('finding-tooltip')).toContainText(/reaches [\d.]+ °C/);

  // A click in the panel makes that finding's marker the active one.
  const other = list.find((m) => m.index !== stack!.index && m.rule === 'temp-limit')!;
  await panel.locator(`[data-testid="finding"][data-index="${other.index}"]`).click();
  await expect
    .poll(async () => (await markers(page)).filter((m) => m.isActive).map((m) => m.index))
    .toEqual([other.index]);
});

test('clicking an overlap marker selects both parts; fixing the overlap removes it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.openText('overlap.lightpath.json', overlapDesign())).toBe(true);
  await studio.cameraAction('view.camera.top');
  expect(await studio.runAction('view.ruleMarkers')).toBe(true);
  const overlap = (await currentMarkers(page, studio)).find((m) => m.rule === 'overlap');
  expect(overlap).toBeDefined();
  expect(overlap!.components).toEqual(['oe1', 'u1']);
  await expect.poll(() => pixelsNear(studio.canvas, overlap!, RED, 12, 30)).toBeGreaterThan(40);

  // The marker takes the click: both parts, not only the GPU drawn under it; nothing moves.
  const revision = await studio.revision();
  await page.mouse.click(overlap!.x, overlap!.y);
  await expect.poll(() => studio.selection()).toEqual(['oe1', 'u1']);
  expect(await studio.revision()).toBe(revision);

  // Move the engine off the GPU: the markers fade, then the overlap marker is gone.
  await studio.outlineRow('oe1').click();
  await studio.setField('x', '170');
  await expect
    .poll(async () => (await markers(page)).map((m) => m.isStale).includes(false))
    .toBe(false);
  expect((await markers(page)).length).toBeGreaterThan(0);
  const after = await currentMarkers(page, studio);
  expect(after.filter((m) => m.rule === 'overlap')).toEqual([]);
  const findings = (await page.evaluate(() => window.__lightpathTest!.findings()))!;
  expect(findings.revision).toBe(await studio.revision());
  expect(findings.findings.filter((f) => f.rule === 'overlap')).toEqual([]);
  await expect.poll(() => pixelsNear(studio.canvas, overlap!, RED, 12, 30)).toBeLessThan(10);
});

test('findings markers screenshot for the docs', async ({ page }) => {
  test.setTimeout(120_000);
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.runAction('file.new:switch-cpo-c')).toBe(true);
  // The switch package, from above a little tilted: engines, stacks and fibers apart.
  const doc = await studio.document();
  const xpu = doc.components.find((c) => /switch/i.test(c.name)) ?? doc.components[0]!;
  await studio.outlineRow(xpu.id).click();
  await studio.cameraAction('view.camera.top');
  await studio.cameraAction('view.fit');
  expect(await studio.runAction('view.findings')).toBe(true);
  const panel = (await page.getByTestId('findings-panel').boundingBox())!;
  const view = (await studio.canvas.boundingBox())!;
  // Markers on the canvas and clear of the docked panel (which takes the pointer over it).
  const open = (await currentMarkers(page, studio)).filter(
    (m) =>
      m.x > view.x + 20 &&
      m.x < panel.x - 40 &&
      m.y > view.y + 20 &&
      m.y < view.y + view.height - 60,
  );
  const stack = open.find((m) => m.count > 1 && m.severity === 'error') ?? open[0]!;
  await page.mouse.click(stack.x, stack.y);
  await expect(page.locator('[data-testid="finding"][aria-current="true"]')).toHaveCount(1);
  await studio.waitForFrame();
  const left = [...open].sort((a, b) => a.x - b.x);
  const hovered = left.find((m) => m.index !== stack.index && m.severity === 'warning') ?? left[0]!;
  await page.mouse.move(hovered.x, hovered.y);
  await expect(page.getByTestId('finding-tooltip')).toBeVisible();
  const folder =
    process.env.LIGHTPATH_SCREENSHOTS === '1' ? 'docs/screenshots' : '.test-output/screenshots';
  await page.screenshot({ path: `${folder}/findings-markers.png` });
});
