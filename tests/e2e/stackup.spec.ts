/**
 * The Stack-up panel: from a bare board, add a package substrate, edit its layers (a mould
 * layer, its thickness, a k override, the order), add a die region in the mould, watch the
 * cross-section follow, see a negative thickness refused with the command's message and the
 * document unchanged, and undo / redo the edits one step each.
 */
import { expect, test } from '@playwright/test';
import { StackupPage } from './pages/StackupPage';
import { StudioPage } from './pages/StudioPage';

interface LayerView {
  name: string;
  material: string;
  thicknessMm: number;
  kThroughPlaneWmK?: number;
  regions?: { id: string; kind: string; rectMm: { x: number; width: number } }[];
}

test('stack-up: add a substrate, edit its layers and regions, refuse bad input, undo', async ({
  page,
}) => {
  test.setTimeout(180_000); // one long walk through the panel on a shared 2-core machine
  const studio = new StudioPage(page);
  const stackup = new StackupPage(page);
  await studio.goto();
  await stackup.menu('File', 'file.templates');
  await page.locator('[data-template="empty"]').click();
  await expect
    .poll(() => page.evaluate(() => window.__lightpathTest!.getDocument().carriers.length))
    .toBe(1);

  await stackup.addCarrier('substrate', '60', '50', 'board');
  await expect(stackup.panel).toBeVisible();
  const layers = () =>
    page.evaluate(
      () =>
        window.__lightpathTest!.getDocument().carriers.find((c) => c.id !== 'board')
          ?.layers as unknown as LayerView[],
    );
  await expect
    .poll(async () => (await layers())?.map((l) => l.material))
    .toEqual(['abf', 'substrate-core', 'abf']);
  expect(await stackup.bandThicknesses()).toEqual([0.35, 0.8, 0.35]);

  // Add a layer on top (the active layer is none → on top), make it mould of 0.6 mm.
  await stackup.panel.getByRole('button', { name: 'Add layer' }).click();
  await stackup.panel.getByLabel('Material of layer 3').selectOption('mould-compound');
  await stackup.commit('Name of layer 3', 'mould');
  await stackup.commit('Thickness of layer 3', '0.6');
  await expect
    .poll(async () => (await layers())[3])
    .toEqual({ name: 'mould', material: 'mould-compound', thicknessMm: 0.6 });
  await expect.poll(() => stackup.bandThicknesses()).toEqual([0.35, 0.8, 0.35, 0.6]);
  const heights = await stackup.bandHeights();
  expect(heights[3]! / heights[1]!).toBeCloseTo(0.6 / 0.8, 5);

  // Override the mould's through-plane k, then see it marked as an override.
  await stackup.commit('through-plane k of layer 3', '1.5');
  await expect.poll(async () => (await layers())[3]!.kThroughPlaneWmK).toBe(1.5);
  await expect(stackup.layerRow(3).getByText('override')).toBeVisible();

  // Reorder: move the core down below the bottom build-up.
  await stackup.panel.getByRole('button', { name: 'Move layer 1 down' }).click();
  await expect
    .poll(async () => (await layers()).map((l) => l.material))
    .toEqual(['substrate-core', 'abf', 'abf', 'mould-compound']);
  await expect.poll(() => stackup.bandThicknesses()).toEqual([0.8, 0.35, 0.35, 0.6]);

  // A die region in the mould layer: drawn inside the mould band.
  await stackup.layerRow(3).locator('td').first().click();
  await studio.waitForFrame(await studio.revision());
  const viewBefore = await studio.canvas.screenshot();
  await stackup.panel.getByRole('button', { name: 'Add region' }).click();
  await expect.poll(async () => (await layers())[3]!.regions?.map((r) => r.kind)).toEqual(['die']);
  // The region is drawn in the 3D view too (a box coloured by kind).
  await studio.waitForFrame(await studio.revision());
  expect((await studio.canvas.screenshot()).equals(viewBefore)).toBe(false);
  const region = stackup.section.locator('rect[data-region]');
  await expect(region).toHaveCount(1);
  const band = stackup.section.locator('rect[data-layer="3"]');
  expect(await region.getAttribute('y')).toBe(await band.getAttribute('y'));
  expect(await region.getAttribute('height')).toBe(await band.getAttribute('height'));
  const regionId = (await layers())[3]!.regions![0]!.id;
  await stackup.commit(`width of region ${regionId}`, '30');
  await expect.poll(async () => (await layers())[3]!.regions![0]!.rectMm.width).toBe(30);
  const bandWidth = Number(await band.getAttribute('width'));
  await expect
    .poll(async () => Number(await region.getAttribute('width')) / bandWidth)
    .toBeCloseTo(0.5, 5);

  // A negative thickness is refused: message beside the field, document unchanged.
  const before = await page.evaluate(() => window.__lightpathTest!.getSerialized());
  const revision = await studio.revision();
  await stackup.commit('Thickness of layer 3', '-0.2');
  const message = stackup.layerRow(3).getByRole('alert');
  await expect(message).toContainText('thicknessMm');
  await expect(message).toContainText('>0');
  await expect(message).toContainText('found -0.2');
  expect(await page.evaluate(() => window.__lightpathTest!.getSerialized())).toBe(before);
  expect(await studio.revision()).toBe(revision);
  await page.screenshot({ path: 'docs/screenshots/stackup.png' });

  // Undo steps back one edit at a time: the region width, the region, the move.
  await studio.runAction('edit.undo');
  await expect.poll(async () => (await layers())[3]!.regions![0]!.rectMm.width).toBe(15);
  await studio.runAction('edit.undo');
  await expect.poll(async () => (await layers())[3]!.regions).toBeUndefined();
  await expect(region).toHaveCount(0);
  await studio.runAction('edit.undo');
  await expect.poll(() => stackup.bandThicknesses()).toEqual([0.35, 0.8, 0.35, 0.6]);
  await studio.runAction('edit.redo');
  await expect.poll(() => stackup.bandThicknesses()).toEqual([0.8, 0.35, 0.35, 0.6]);
  await studio.runAction('edit.redo');
  await expect(region).toHaveCount(1);
});
