/**
 * Measure tool (M): click two parts, the ends snap to the centres of their top faces and
 * the readout shows dx, dy, dz and the straight distance in mm (known answer from the
 * design); the line is drawn in the canvas; Escape clears, a second Escape leaves the tool.
 */
import { expect, test } from '@playwright/test';
import { runCommand } from '../../renderer/src/model/commands/command';
import { addComponent } from '../../renderer/src/model/commands/components';
import { newDocument } from '../../renderer/src/model/newDocument';
import { serializeDesign } from '../../renderer/src/model/serialize';
import { StudioPage } from './pages/StudioPage';
import { pixelsNear } from './pages/reviewPixels';

/** Two identical 800G optical engines 50 mm apart in x and 60 mm in y: 78.102 mm. */
function twoEngines(): string {
  let doc = newDocument({ name: 'E2E measure' });
  for (const [id, x, y] of [
    ['oe1', 170, 100],
    ['oe2', 120, 40],
  ] as const) {
    const component = {
      id,
      partId: 'oe-800g',
      name: id.toUpperCase(),
      positionMm: { x, y },
      rotationDeg: 0,
      mount: { carrierId: 'board', side: 'top' as const },
    };
    doc = runCommand(doc, addComponent({ component })).doc;
  }
  return serializeDesign(doc);
}

test('measures between two parts, snapping to their centres', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.openText('measure.lightpath.json', twoEngines())).toBe(true);
  await studio.cameraAction('view.camera.isometric');
  const readout = page.getByTestId('measure-readout');

  await studio.blurFields();
  await page.keyboard.press('m');
  await expect(readout).toContainText('Click the first point');
  const a = (await page.evaluate(() => window.__lightpathTest!.screenPointOf('oe1')))!;
  const b = (await page.evaluate(() => window.__lightpathTest!.screenPointOf('oe2')))!;
  // A few pixels off the centre: the snap brings the end onto it.
  await page.mouse.click(a.x + 3, a.y + 2);
  await expect(readout).toContainText('Click the second point');
  await page.mouse.click(b.x - 2, b.y + 3);
  await expect(page.getByTestId('measure-distance')).toHaveText('78.102 mm');
  await expect(page.getByTestId('measure-dx')).toHaveText('-50.000 mm');
  await expect(page.getByTestId('measure-dy')).toHaveText('-60.000 mm');
  await expect(page.getByTestId('measure-dz')).toHaveText('0.000 mm');
  await expect(readout).toContainText('A: centre (170.00, 100.00');
  await expect(readout).toContainText('B: centre (120.00, 40.00');
  await expect(page.locator('.measure-tag')).toHaveText('78.10 mm');

  // Measuring neither selected nor moved anything.
  expect(await studio.selection()).toEqual([]);
  const doc = await studio.document();
  expect(doc.components.map((c) => c.positionMm)).toEqual([
    { x: 170, y: 100 },
    { x: 120, y: 40 },
  ]);

  // The line is drawn: measure-blue pixels half way between the two ends.
  await studio.waitForFrame();
  await page.screenshot({ path: '.test-output/screenshots/measure.png' });
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  await expect.poll(() => pixelsNear(studio.canvas, mid, '#4dd0ff', 6, 50)).toBeGreaterThan(3);

  await page.keyboard.press('Escape');
  await expect(readout).toContainText('Click the first point');
  await expect(page.getByTestId('measure-distance')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(readout).toHaveCount(0);
  await studio.clickComponentInViewport('oe2');
  await expect.poll(() => studio.selection()).toEqual(['oe2']);
});
