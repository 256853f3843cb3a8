/**
 * Direct manipulation in the 3D editor: place from the palette, move with snapping (and the
 * live collision colour), rotate, connect two ports into a link and see its trace, box
 * select and delete, copy/paste (also into another document), align, undo/redo. Each test
 * checks the document and what is drawn.
 */
import { expect, test, type Page } from '@playwright/test';
import { newDocument } from '../../renderer/src/model/newDocument';
import { serializeDesign } from '../../renderer/src/model/serialize';
import { threePartDesign } from './fixtures/designs';
import { StudioPage } from './pages/StudioPage';

const SHOTS = process.env.LIGHTPATH_SCREENSHOTS ? 'docs/screenshots' : '.test-output/screenshots';

interface Comp {
  id: string;
  partId: string;
  positionMm: { x: number; y: number };
  rotationDeg: number;
}
interface Doc {
  components: Comp[];
  links: {
    id: string;
    from: { componentId: string; port: string };
    to: { componentId: string; port: string };
    lanes: number;
    laneRateGbps: number;
  }[];
}

function fullDoc(page: Page): Promise<Doc> {
  return page.evaluate(() => window.__lightpathTest!.getDocument() as unknown as Doc);
}

function byId(doc: Doc, id: string): Comp {
  const c = doc.components.find((x) => x.id === id);
  if (!c) throw new Error(`no ${id}`);
  return c;
}

/** Pixel colour at a client point of the canvas (CSS px), as [r, g, b]. */
function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  return page.locator('[data-testid="viewport"] canvas').evaluate(
    (el: HTMLCanvasElement, [cx, cy]) => {
      const r = el.getBoundingClientRect();
      const copy = document.createElement('canvas');
      copy.width = el.width;
      copy.height = el.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(el, 0, 0);
      const sx = Math.round(((cx - r.left) / r.width) * el.width);
      const sy = Math.round(((cy - r.top) / r.height) * el.height);
      const d = ctx.getImageData(sx, sy, 1, 1).data;
      return [d[0]!, d[1]!, d[2]!] as [number, number, number];
    },
    [x, y] as const,
  );
}

async function point(page: Page, id: string) {
  const p = await page.evaluate((c) => window.__lightpathTest!.screenPointOf(c), id);
  if (!p) throw new Error(`${id} not on screen`);
  return p;
}

test.beforeEach(async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.openText('three.lightpath.json', threePartDesign())).toBe(true);
  const frame = Number((await studio.canvas.getAttribute('data-frame')) ?? 0);
  expect(await studio.runAction('view.camera.orthoTop')).toBe(true);
  // A later frame shows the new camera (generous: CI machines run several browsers at once).
  await expect
    .poll(async () => Number((await studio.canvas.getAttribute('data-frame')) ?? 0), {
      timeout: 40_000,
    })
    .toBeGreaterThan(frame);
});

test('a part dragged from the palette lands on the board at the cursor, snapped, in one undo step', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await page.getByLabel('Search parts').fill('retimer');
  const item = page.locator('[data-part-id="retimer-112g"]');
  await expect(item).toBeVisible();
  await expect(page.locator('[data-part-id="gpu-700w"]')).toHaveCount(0);
  const u1 = await point(page, 'u1');
  const els = await point(page, 'els1');
  const drop = { x: (u1.x + els.x) / 2, y: els.y + 40 };
  const rev = await studio.revision();
  await item.dragTo(studio.canvas, {
    targetPosition: await studio.canvas.evaluate((el, p) => {
      const r = el.getBoundingClientRect();
      return { x: p.x - r.left, y: p.y - r.top };
    }, drop),
  });
  await expect.poll(async () => (await fullDoc(page)).components.length).toBe(4);
  const doc = await fullDoc(page);
  const placed = doc.components[3]!;
  expect(placed.partId).toBe('retimer-112g');
  expect(await studio.selection()).toEqual([placed.id]);
  // On the 1 mm grid (or a neighbour's line), within a few mm of the cursor.
  const at = await point(page, placed.id);
  expect(Math.hypot(at.x - drop.x, at.y - drop.y)).toBeLessThan(12);
  expect(await studio.revision()).toBe(rev + 1);
  await studio.waitForFrame();
  await page.screenshot({ path: `${SHOTS}/editor-palette.png` });
  await studio.blurFields();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await fullDoc(page)).components.length).toBe(3);
});

test('dragging snaps the centre to the grid and turns red while overlapping', async ({ page }) => {
  const studio = new StudioPage(page);
  expect(await studio.runAction('view.gridPitch:5')).toBe(true);
  const start = await point(page, 'oe1');
  const u1 = await point(page, 'u1');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  // Drag over the GPU: the OE overlaps it, both turn red while the pointer is held.
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(start.x + ((u1.x + 10 - start.x) * i) / steps, start.y + 3);
  }
  await expect
    .poll(async () => (await page.evaluate(() => window.__lightpathTest!.getView())).collidingIds)
    .toEqual(['oe1', 'u1']);
  await studio.waitForFrame();
  const red = await pixelAt(page, ...(Object.values(await point(page, 'oe1')) as [number, number]));
  expect(red[0]).toBeGreaterThan(200);
  expect(red[1]).toBeLessThan(120);
  // Move back beside where it started (free board) and release.
  for (let i = 1; i <= 6; i++) {
    await page.mouse.move(u1.x + 10 + ((start.x + 15 - u1.x - 10) * i) / 6, start.y);
  }
  await expect
    .poll(async () => (await page.evaluate(() => window.__lightpathTest!.getView())).collidingIds)
    .toEqual([]);
  // The snap tag reads where the centre lands; the document takes exactly that on release.
  const readout = await page.getByTestId('snap-position').textContent();
  const [, tagX, tagY] = /x (-?[\d.]+) y (-?[\d.]+) mm/.exec(readout ?? '') ?? [];
  await page.mouse.up();
  const oe = byId(await fullDoc(page), 'oe1').positionMm;
  expect(Math.abs(oe.x - Number(tagX))).toBeLessThan(0.006);
  expect(Math.abs(oe.y - Number(tagY))).toBeLessThan(0.006);
  expect(oe).not.toEqual({ x: 170, y: 100 });
  // Snapped: on the 5 mm grid unless a neighbour's edge/centre captured the axis.
  const u = byId(await fullDoc(page), 'u1').positionMm;
  const onGridOrAligned = (v: number, w: number) =>
    Math.abs(v / 5 - Math.round(v / 5)) < 1e-9 || Math.abs(v - w) < 1e-9;
  expect(onGridOrAligned(oe.x, u.x)).toBe(true);
  expect(onGridOrAligned(oe.y, u.y)).toBe(true);
  await page.keyboard.press('Control+z');
  await expect
    .poll(async () => byId(await fullDoc(page), 'oe1').positionMm)
    .toEqual({ x: 170, y: 100 });
});

test('a drag near a neighbour snaps to its edge line', async ({ page }) => {
  const studio = new StudioPage(page);
  // A large pitch, so only an edge or centre can explain a value off the grid.
  expect(await studio.runAction('view.gridPitch:50')).toBe(true);
  const oe = await point(page, 'oe1');
  const u = await point(page, 'u1');
  await page.mouse.move(oe.x, oe.y);
  await page.mouse.down();
  // Lower the OE a little in y (screen down): y stays aligned with the GPU's centre line.
  for (let i = 1; i <= 4; i++) await page.mouse.move(oe.x + 5 * i, oe.y + 1);
  await page.mouse.up();
  const doc = await fullDoc(page);
  expect(byId(doc, 'oe1').positionMm.y).toBe(byId(doc, 'u1').positionMm.y);
  expect(u).toBeTruthy();
});

test('R rotates the selection by 90°; the inspector rotates by value', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.clickComponentInViewport('oe1');
  await expect.poll(() => studio.selection()).toEqual(['oe1']);
  const before = await studio.canvas.screenshot();
  await page.keyboard.press('r');
  await expect.poll(async () => byId(await fullDoc(page), 'oe1').rotationDeg).toBe(90);
  await studio.waitForFrame();
  expect((await studio.canvas.screenshot()).equals(before)).toBe(false);
  await studio.setField('rotation', '45');
  await expect.poll(async () => byId(await fullDoc(page), 'oe1').rotationDeg).toBe(45);
});

test('the connect tool links two ports with lanes and rate from the ports, and the trace is drawn', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await page.keyboard.press('c');
  await expect(page.getByTestId('tool-hint')).toContainText('click a port');
  await studio.waitForFrame();
  const before = await studio.canvas.screenshot();
  const a = await page.evaluate(() => window.__lightpathTest!.screenPointOfPort('u1', 'eth0'));
  const b = await page.evaluate(() => window.__lightpathTest!.screenPointOfPort('oe1', 'host'));
  if (!a || !b) throw new Error('ports not on screen');
  await page.mouse.click(a.x, a.y);
  await expect
    .poll(async () => (await page.evaluate(() => window.__lightpathTest!.getView())).connectFrom)
    .toEqual({ componentId: 'u1', port: 'eth0' });
  await page.mouse.click(b.x, b.y);
  await expect.poll(async () => (await fullDoc(page)).links.length).toBe(1);
  const link = (await fullDoc(page)).links[0]!;
  expect(link.from).toEqual({ componentId: 'u1', port: 'eth0' });
  expect(link.to).toEqual({ componentId: 'oe1', port: 'host' });
  expect(link.lanes).toBeGreaterThan(0);
  expect(link.laneRateGbps).toBeGreaterThan(0);
  await page.keyboard.press('c');
  await studio.waitForFrame();
  // The trace runs between the parts: the midpoint of the two ports changed colour.
  const after = await studio.canvas.screenshot();
  expect(after.equals(before)).toBe(false);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await fullDoc(page)).links.length).toBe(0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await fullDoc(page)).links.length).toBe(1);
});

test('Shift+drag box-selects, Delete removes, undo brings them back', async ({ page }) => {
  const studio = new StudioPage(page);
  const u1 = await point(page, 'u1');
  const oe1 = await point(page, 'oe1');
  const els = await point(page, 'els1');
  await page.keyboard.down('Shift');
  await page.mouse.move(Math.min(u1.x, oe1.x) - 40, Math.max(u1.y, oe1.y) + 40);
  await page.mouse.down();
  await page.mouse.move(oe1.x + 20, Math.max(u1.y, oe1.y) + 10);
  await page.mouse.move(Math.max(u1.x, oe1.x) + 20, Math.min(u1.y, oe1.y) - 30);
  await expect(page.getByTestId('box-select')).toBeVisible();
  await page.mouse.up();
  await page.keyboard.up('Shift');
  expect(els.y).toBeLessThan(Math.min(u1.y, oe1.y) - 30);
  await expect.poll(async () => [...(await studio.selection())].sort()).toEqual(['oe1', 'u1']);
  await page.keyboard.press('Delete');
  await expect
    .poll(async () => (await fullDoc(page)).components.map((c) => c.id))
    .toEqual(['els1']);
  await studio.waitForFrame();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await fullDoc(page)).components.length).toBe(3);
});

test('copy and paste, also into another document, as one undo step each', async ({ page }) => {
  const studio = new StudioPage(page);
  await page.evaluate(() => window.__lightpathTest!.select(['u1', 'oe1']));
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect.poll(async () => (await fullDoc(page)).components.length).toBe(5);
  const doc = await fullDoc(page);
  const copies = doc.components.slice(3);
  expect(copies.map((c) => c.partId)).toEqual(['gpu-700w', 'oe-800g']);
  expect(copies[0]!.positionMm).toEqual({ x: 95, y: 95 });
  expect([...(await studio.selection())].sort()).toEqual(copies.map((c) => c.id).sort());
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await fullDoc(page)).components.length).toBe(3);
  // Into a new, empty document: the clipboard survives the switch.
  expect(await studio.openText('other.lightpath.json', serializeDesign(newDocument()))).toBe(true);
  await expect.poll(async () => (await fullDoc(page)).components.length).toBe(0);
  await studio.waitForFrame();
  const empty = await studio.canvas.screenshot();
  await page.keyboard.press('Control+v');
  await expect
    .poll(async () => (await fullDoc(page)).components.map((c) => c.partId))
    .toEqual(['gpu-700w', 'oe-800g']);
  await studio.waitForFrame();
  expect((await studio.canvas.screenshot()).equals(empty)).toBe(false);
});

test('align left and distribute change positions as drawn; undo and redo', async ({ page }) => {
  const studio = new StudioPage(page);
  await page.evaluate(() => window.__lightpathTest!.select(['u1', 'oe1', 'els1']));
  const before = await fullDoc(page);
  expect(await studio.runAction('arrange.align.left')).toBe(true);
  const after = await fullDoc(page);
  // The GPU has the leftmost edge and stays; the others' left edges move onto it.
  expect(byId(after, 'u1').positionMm).toEqual(byId(before, 'u1').positionMm);
  expect(byId(after, 'oe1').positionMm.x).toBeLessThan(byId(before, 'oe1').positionMm.x);
  await studio.waitForFrame();
  const u = await point(page, 'u1');
  const o = await point(page, 'oe1');
  expect(Math.abs(u.x - o.x)).toBeLessThan(Math.abs(u.x - (await point(page, 'els1')).x) + 200);
  await studio.blurFields();
  await page.keyboard.press('Control+z');
  await expect
    .poll(async () => byId(await fullDoc(page), 'oe1').positionMm)
    .toEqual(byId(before, 'oe1').positionMm);
  await page.keyboard.press('Control+y');
  await expect
    .poll(async () => byId(await fullDoc(page), 'oe1').positionMm)
    .toEqual(byId(after, 'oe1').positionMm);
});

test('layers, exploded and orthographic views', async ({ page }) => {
  const studio = new StudioPage(page);
  await page.screenshot({ path: `${SHOTS}/editor-ortho-top.png` });
  expect((await page.evaluate(() => window.__lightpathTest!.getView())).isOrthographic).toBe(true);
  expect(await studio.runAction('file.new:switch-cpo-a')).toBe(true);
  await studio.waitForFrame();
  await studio.cameraAction('view.camera.isometric');
  await page.keyboard.press('o');
  await expect
    .poll(async () => (await page.evaluate(() => window.__lightpathTest!.getView())).isOrthographic)
    .toBe(false);
  await page.keyboard.press('l');
  const panel = page.getByTestId('layers-panel');
  await expect(panel).toBeVisible();
  const before = await studio.canvas.screenshot();
  await panel.getByLabel('Exploded view').fill('1');
  await expect
    .poll(async () => (await page.evaluate(() => window.__lightpathTest!.getView())).explode)
    .toBe(1);
  await studio.waitForFrame();
  await expect.poll(async () => (await studio.canvas.screenshot()).equals(before)).toBe(false);
  await page.screenshot({ path: `${SHOTS}/editor-exploded.png` });
  const firstRow = panel.locator('.layers-panel__row').first();
  await firstRow.getByRole('radio', { name: 'hidden' }).click();
  await expect
    .poll(async () =>
      Object.values((await page.evaluate(() => window.__lightpathTest!.getView())).layerVisibility),
    )
    .toEqual(['hidden']);
});
