/**
 * Parts of the design's own: define a die in the part editor (a refused Save keeps the
 * dialog open with the command's message), see it under "This design", drop it on the
 * board, undo the placement and then the definition; duplicate a library part and change
 * its power; export the design's part library as a download and import it into a new
 * design. Screenshot of the editor on a realistic part: docs/screenshots/part-editor.png.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
// The command families are imported one by one: the commands index reaches modules that
// load the part library through Vite's import.meta.glob, which Playwright's Node lacks.
import { runCommand } from '../../renderer/src/model/commands/command';
import { addComponent } from '../../renderer/src/model/commands/components';
import { addPartDefinition } from '../../renderer/src/model/commands/partDefinitions';
import { newDocument } from '../../renderer/src/model/newDocument';
import { PartSchema } from '../../renderer/src/model/partSchema';
import { serializeDesign } from '../../renderer/src/model/serialize';
import { PartEditorPage } from './pages/PartEditorPage';
import { StudioPage } from './pages/StudioPage';

interface Doc {
  parts: {
    id: string;
    name: string;
    powerW: number;
    category: string;
    sizeMm: { x: number; y: number; z: number };
    layers: { material: string; thicknessMm: number; isHeatSource: boolean }[];
    powerMap?: { kind: string; blocks?: { powerW: number }[] };
    ports: { id: string }[];
    sources: Record<string, string>;
  }[];
  components: { id: string; partId: string }[];
}

function fullDoc(page: Page): Promise<Doc> {
  return page.evaluate(() => window.__lightpathTest!.getDocument() as unknown as Doc);
}

async function withoutFsAccessApi(page: Page) {
  await page.addInitScript(() => {
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
}

/** A 700 W GPU, an 800G optical engine and a laser source on the default board. */
function threePartDesign(): string {
  let doc = newDocument({ name: 'E2E three parts' });
  const placed: [string, string, number, number][] = [
    ['u1', 'gpu-700w', 90, 100],
    ['oe1', 'oe-800g', 170, 100],
    ['els1', 'els-16ch', 215, 150],
  ];
  for (const [id, partId, x, y] of placed) {
    const component = {
      id,
      partId,
      name: id.toUpperCase(),
      positionMm: { x, y },
      rotationDeg: 0,
      mount: { carrierId: 'board', side: 'top' as const },
    };
    doc = runCommand(doc, addComponent({ component })).doc;
  }
  return serializeDesign(doc);
}

// The shared machine runs several browsers at once: give frames and tests more time.
test.describe.configure({ timeout: 180_000 });
const patient = expect.configure({ timeout: 60_000 });

/** Waits until the canvas has drawn the document's current revision. */
async function drawn(studio: StudioPage): Promise<void> {
  await patient
    .poll(
      async () =>
        (await studio.canvas.getAttribute('data-revision')) === String(await studio.revision()),
    )
    .toBe(true);
}

/** Opens the studio with `text` as the design, once its frame is drawn. */
async function openDesign(page: Page, name: string, text: string): Promise<StudioPage> {
  const studio = new StudioPage(page);
  await page.goto('/');
  await page.waitForFunction(() => window.__lightpathTest !== undefined);
  await drawn(studio);
  const ok = await page.evaluate(([n, t]) => window.__lightpathTest!.openText(n, t).ok, [
    name,
    text,
  ] as const);
  expect(ok).toBe(true);
  await drawn(studio);
  return studio;
}

function openedStudio(page: Page): Promise<StudioPage> {
  return openDesign(page, 'three.lightpath.json', threePartDesign());
}

/** A flip-chip compute die: bumps, active layer (heat source), bulk silicon; three blocks. */
function computeDieDesign(): string {
  const part = PartSchema.parse({
    id: 'xpu-die-450w',
    name: 'xPU compute die, 450 W',
    category: 'die',
    description: 'Reticle-size compute die, flip-chip on the package substrate.',
    sizeMm: { x: 26, y: 33, z: 0.78 },
    powerW: 450,
    tempLimitC: 105,
    ports: [
      {
        id: 'serdes-s',
        kind: 'electrical',
        lanes: 32,
        laneRateGbps: 212.5,
        modulation: 'PAM4',
        serdesClass: 'XSR',
        edge: 'south',
        offsetMm: 0,
      },
      {
        id: 'serdes-n',
        kind: 'electrical',
        lanes: 32,
        laneRateGbps: 212.5,
        modulation: 'PAM4',
        serdesClass: 'XSR',
        edge: 'north',
        offsetMm: 0,
      },
    ],
    fruClass: 'co-packaged',
    failureRateFit: 100,
    costUsd: 8000,
    layers: [
      { name: 'C4 bumps + underfill', material: 'underfill', thicknessMm: 0.05 },
      { name: 'active + BEOL', material: 'silicon', thicknessMm: 0.03, isHeatSource: true },
      { name: 'bulk silicon', material: 'silicon', thicknessMm: 0.7 },
    ],
    powerMap: {
      kind: 'blocks',
      blocks: [
        { name: 'SerDes south', rectMm: { x: 0, y: 0, width: 26, depth: 6.5 }, powerW: 60 },
        { name: 'compute', rectMm: { x: 0, y: 6.5, width: 26, depth: 20 }, powerW: 330 },
        { name: 'SerDes north', rectMm: { x: 0, y: 26.5, width: 26, depth: 6.5 }, powerW: 60 },
      ],
    },
    sources: {
      sizeMm: 'user',
      powerW: 'user',
      powerMap: 'user',
      tempLimitC: 'user',
      failureRateFit: 'lightpath-estimate',
      costUsd: 'lightpath-estimate',
      'layers.thicknessMm': 'lightpath-estimate',
      'ports.lanes': 'user',
      'ports.laneRateGbps': 'user',
      'ports.offsetMm': 'lightpath-convention',
    },
  });
  const doc = runCommand(newDocument({ name: 'E2E own die' }), addPartDefinition({ part })).doc;
  const component = {
    id: 'u1',
    partId: part.id,
    name: 'U1',
    positionMm: { x: 125, y: 100 },
    rotationDeg: 0,
    mount: { carrierId: 'board', side: 'top' as const },
  };
  const placed = runCommand(doc, addComponent({ component })).doc;
  // A cold plate on the die (0.05 K/W to 35 °C coolant), so its temperatures are plausible.
  const coldPlate = {
    id: 'cool-1',
    name: 'Cold plate',
    kind: 'cold-plate' as const,
    target: { kind: 'components' as const, componentIds: ['u1'] },
    rating: { kind: 'resistance' as const, kPerW: 0.05 },
    coolantC: 35,
  };
  return serializeDesign({ ...placed, cooling: { ...placed.cooling, boundaries: [coldPlate] } });
}

test('a die defined in the editor is placed from "This design"; undo removes the placement, then the definition', async ({
  page,
}) => {
  const studio = await openedStudio(page);
  const frame = Number((await studio.canvas.getAttribute('data-frame')) ?? 0);
  expect(await studio.runAction('view.camera.orthoTop')).toBe(true);
  await patient
    .poll(async () => Number((await studio.canvas.getAttribute('data-frame')) ?? 0))
    .toBeGreaterThan(frame);
  const editor = new PartEditorPage(page);
  await editor.openNew();
  await editor.fillGeneral({
    id: 'die-150w',
    name: 'Test die 150 W',
    category: 'die',
    sizeMm: [20, 20, 1],
    powerW: 150,
  });
  await expect(editor.control('Layer 1 material')).toHaveValue('silicon');
  await expect(editor.control('Layer 1 thickness')).toHaveValue('0.8');
  // The build-up (0.8 mm) disagrees with the height (1 mm): refused, dialog stays open.
  await editor.save();
  await expect(editor.error).toContainText('build-up is 0.8 mm thick but sizeMm.z is 1 mm');
  await expect(editor.dialog).toBeVisible();
  expect((await fullDoc(page)).parts).toEqual([]);
  await editor.fill('size-z', '0.8');
  await expect(editor.error).toHaveCount(0);
  // A design material, added from the editor, is offered for the layers.
  await editor.control('New material key').fill('die-attach');
  await editor.control('New material name').fill('Sintered silver die attach');
  await editor.control('New material k in-plane').fill('150');
  await editor.control('New material k through-plane').fill('150');
  await editor.dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(editor.dialog.getByTestId('design-materials')).toContainText('die-attach');
  await expect(
    editor.control('Layer 1 material').locator('option[value="die-attach"]'),
  ).toHaveCount(1);
  // One power-map block covering the die, and a port.
  await editor.field('powermap-kind').selectOption('blocks');
  await editor.control('Block 1 width').fill('20');
  await editor.control('Block 1 depth').fill('20');
  await expect(editor.dialog.getByTestId('part-powermap-total')).toHaveText(
    'Map total 150 W of 150 W',
  );
  await editor.dialog.getByRole('button', { name: 'Add port' }).click();
  await editor.control('Port 1 id').fill('d2d');
  const rev = await studio.revision();
  await editor.save();
  await expect(editor.dialog).toHaveCount(0);
  expect(await studio.revision()).toBe(rev + 1);
  const [part] = (await fullDoc(page)).parts;
  expect(part).toMatchObject({
    id: 'die-150w',
    category: 'die',
    powerW: 150,
    sizeMm: { x: 20, y: 20, z: 0.8 },
    layers: [{ material: 'silicon', thicknessMm: 0.8, isHeatSource: true }],
    powerMap: { kind: 'blocks', blocks: [{ powerW: 150 }] },
    ports: [{ id: 'd2d' }],
  });
  expect(part?.sources).toMatchObject({ powerW: 'user', sizeMm: 'user', powerMap: 'user' });
  await expect(editor.designPart('die-150w')).toContainText('Test die 150 W');
  await expect(editor.libraryParts.locator('[data-part-id="gpu-700w"]')).toBeVisible();

  // Drop it on the board like a library part.
  const u1 = await page.evaluate(() => window.__lightpathTest!.screenPointOf('u1'));
  const els = await page.evaluate(() => window.__lightpathTest!.screenPointOf('els1'));
  const drop = { x: (u1!.x + els!.x) / 2, y: els!.y + 40 };
  await editor.designPart('die-150w').dragTo(studio.canvas, {
    targetPosition: await studio.canvas.evaluate((el, p) => {
      const r = el.getBoundingClientRect();
      return { x: p.x - r.left, y: p.y - r.top };
    }, drop),
  });
  await expect.poll(async () => (await fullDoc(page)).components.length).toBe(4);
  expect((await fullDoc(page)).components[3]?.partId).toBe('die-150w');
  await drawn(studio);

  await studio.blurFields();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await fullDoc(page)).components.length).toBe(3);
  expect((await fullDoc(page)).parts.map((p) => p.id)).toEqual(['die-150w']);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await fullDoc(page)).parts.length).toBe(0);
  await expect(editor.designPart('die-150w')).toHaveCount(0);
  expect(await page.evaluate(() => window.__lightpathTest!.getDocument().materials.length)).toBe(1);
});

test('a library part duplicated in the editor keeps its build-up and takes the new power', async ({
  page,
}) => {
  const studio = await openedStudio(page);
  const editor = new PartEditorPage(page);
  await editor.duplicateLibraryPart('gpu-700w');
  await expect(editor.field('id')).toHaveValue('gpu-700w-copy');
  await editor.fill('powerW', '650');
  await editor.save();
  await expect(editor.dialog).toHaveCount(0);
  const [copy] = (await fullDoc(page)).parts;
  expect(copy?.id).toBe('gpu-700w-copy');
  expect(copy?.powerW).toBe(650);
  expect(copy?.sources.powerW).toBe('user');
  expect(copy?.layers).toHaveLength(7);
  // Edited again from "This design": the id is fixed, a refused value keeps the dialog.
  await editor.editDesignPart('gpu-700w-copy');
  await expect(editor.field('id')).toBeDisabled();
  await editor.fill('powerW', '-5');
  await editor.save();
  await expect(editor.error).toContainText('powerW');
  await expect(editor.error).toContainText('-5');
  await editor.dialog.getByRole('button', { name: 'Cancel' }).click();
  expect((await fullDoc(page)).parts[0]?.powerW).toBe(650);
  expect(await studio.revision()).toBeGreaterThan(0);
});

test('the part library exports as a download and imports into a new design', async ({ page }) => {
  await withoutFsAccessApi(page);
  const studio = await openDesign(page, 'own-die.lightpath.json', computeDieDesign());
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Export part library/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('own-die.lightpath-parts.json');
  const text = await readFile(await file.path(), 'utf8');
  const json = JSON.parse(text);
  expect(json.format).toBe('lightpath-studio/parts');
  expect(json.parts.map((p: { id: string }) => p.id)).toEqual(['xpu-die-450w']);

  expect(await studio.runAction('file.new:empty')).toBe(true);
  expect((await fullDoc(page)).parts).toEqual([]);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Import part library/ }).click();
  await (
    await chooser
  ).setFiles({
    name: 'own-die.lightpath-parts.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect
    .poll(async () => (await fullDoc(page)).parts.map((p) => p.id))
    .toEqual(['xpu-die-450w']);
  const editor = new PartEditorPage(page);
  await expect(editor.designPart('xpu-die-450w')).toBeVisible();
  // Importing the same file again is refused, naming the clashing part.
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Import part library/ }).click();
  await (
    await again
  ).setFiles({
    name: 'own-die.lightpath-parts.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(studio.errorDialog.getByTestId('error-message')).toContainText('"xpu-die-450w"');
  await studio.errorDialog.getByRole('button', { name: 'OK' }).click();
  expect((await fullDoc(page)).parts).toHaveLength(1);
});

test('screenshot: the part editor on a compute die', async ({ page }) => {
  await openDesign(page, 'own-die.lightpath.json', computeDieDesign());
  const editor = new PartEditorPage(page);
  await editor.editDesignPart('xpu-die-450w');
  await expect(editor.control('Layer 2 is a heat source')).toBeChecked();
  await expect(editor.dialog.getByTestId('part-powermap-total')).toHaveText(
    'Map total 450 W of 450 W',
  );
  const shots = process.env.LIGHTPATH_SCREENSHOTS ? 'docs/screenshots' : '.test-output/screenshots';
  await page.screenshot({ path: `${shots}/part-editor.png` });
});
