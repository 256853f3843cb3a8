/**
 * The viewport really draws: every bundled example opens and yields a non-blank WebGL
 * frame for its revision, with no Content-Security-Policy violation on the way.
 */
import { expect, test } from '@playwright/test';
import { threePartDesign } from './fixtures/designs';
import { StudioPage } from './pages/StudioPage';

/** A drawn design has shaded slabs, parts and labels: far more colours than a blank clear. */
const MIN_COLOURS = 24;

test('a blank canvas fails the colour count the other tests rely on', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.goto();
  const blank = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 400;
    c.height = 300;
    const ctx = c.getContext('2d')!;
    ctx.fillStyle = '#16191e';
    ctx.fillRect(0, 0, 400, 300);
    const data = ctx.getImageData(0, 0, 400, 300).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4)
      seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return seen.size;
  });
  expect(blank).toBeLessThan(MIN_COLOURS);
});

test('every example opens and the viewport draws a non-blank frame for it', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
  });
  const studio = new StudioPage(page);
  await studio.goto();
  const templates = await studio.templates();
  expect(
    templates.length,
    'the six architecture examples in assets/examples',
  ).toBeGreaterThanOrEqual(6);
  for (const id of templates) {
    const before = await studio.revision();
    expect(await studio.runAction(`file.new:${id}`), id).toBe(true);
    await expect(page.getByTestId('error-dialog'), `${id} loads without error`).toHaveCount(0);
    const revision = await studio.revision();
    expect(revision).toBeGreaterThan(before);
    await studio.waitForFrame(revision);
    const doc = await studio.document();
    expect(doc.components.length, `${id} has components`).toBeGreaterThan(0);
    expect(await studio.distinctCanvasColours(), `${id} drew a frame`).toBeGreaterThanOrEqual(
      MIN_COLOURS,
    );
  }
  expect(violations).toEqual([]);
});

test('a design loaded from text draws its parts, and the colours change when a part moves', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.openText('three.lightpath.json', threePartDesign())).toBe(true);
  const shot1 = await studio.canvas.screenshot();
  expect(await studio.distinctCanvasColours()).toBeGreaterThanOrEqual(MIN_COLOURS);
  await studio.page.evaluate(() => window.__lightpathTest!.select(['u1']));
  await studio.setField('x', '40');
  await studio.waitForFrame();
  const shot2 = await studio.canvas.screenshot();
  expect(shot1.equals(shot2)).toBe(false);
});

test('the canvas announces each drawn revision; the status bar follows the cursor in mm', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.openText('three.lightpath.json', threePartDesign())).toBe(true);
  await studio.cameraAction('view.camera.top');
  const rev = await studio.revision();
  // Listen before acting (in one page call, so the listener is surely there first); frames
  // for the old revision may still come (overlays redraw), so take the first newer one.
  await page.evaluate((old) => {
    const canvas = document.querySelector('[data-testid="viewport"] canvas')!;
    (window as unknown as { nextFrame: Promise<number> }).nextFrame = new Promise((resolve) => {
      const onFrame = (e: Event) => {
        const { revision } = (e as CustomEvent<{ revision: number }>).detail;
        if (revision === old) return;
        canvas.removeEventListener('lightpath:frame', onFrame);
        resolve(revision);
      };
      canvas.addEventListener('lightpath:frame', onFrame);
    });
  }, rev);
  await page.evaluate(() => window.__lightpathTest!.runAction('file.new:empty'));
  const announced = await page.evaluate(
    () => (window as unknown as { nextFrame: Promise<number> }).nextFrame,
  );
  expect(announced).toBe(rev + 1);

  expect(await studio.openText('three.lightpath.json', threePartDesign())).toBe(true);
  await studio.cameraAction('view.camera.top');
  const box = await studio.canvas.boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  const text = await page.getByTestId('status-cursor').textContent();
  const [x, y] = [...(text ?? '').matchAll(/-?\d+\.\d+/g)].map((m) => Number(m[0]));
  // The top view is centred on the board (250 × 200 mm) with the parts on it.
  expect(Math.abs(x! - 125)).toBeLessThan(30);
  expect(Math.abs(y! - 100)).toBeLessThan(30);
});
