/**
 * Issue 12, "seen working": from Bare board, a bare-die GPU package of the user's own
 * dimensions — a 700 W die and four 10 W optical engines embedded in a mould layer on an
 * ABF substrate, indium TIM, copper lid, grease TIM, cold-plate base — cooled only on the
 * cold-plate face. It is built in the studio with Edit → Apply commands… (the same command
 * list `lightpath apply` reads: docs/examples/bare-die-gpu.commands.json), saved, reopened
 * and solved; `lightpath apply` on the same bare board writes the same file and
 * `lightpath analyze --only thermal` gives the same temperatures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';

const COMMANDS_FILE = 'docs/examples/bare-die-gpu.commands.json';

interface ComponentTemps {
  id: string;
  maxC: number;
  meanC: number;
}

function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['electron/cli/lightpath.mjs', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The studio's thermal figures per component once the thermal part is for `revision`. */
async function studioTemps(page: Page, revision: number): Promise<ComponentTemps[]> {
  await expect
    .poll(() => page.evaluate(() => window.__lightpathTest!.getAnalysis!().thermalRevision), {
      timeout: 120_000,
    })
    .toBe(revision);
  return page.evaluate(() => {
    const t = window.__lightpathTest!.getAnalysis!().thermal as unknown as {
      components: ComponentTemps[];
    };
    return t.components.map((c) => ({ id: c.id, maxC: c.maxC, meanC: c.meanC }));
  });
}

test.beforeEach(async ({ page }) => {
  // The browser host then opens through a file input and saves as a download.
  await page.addInitScript(() => {
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
});

test('a bare-die GPU package from Bare board: build, save, reopen, solve; lightpath apply agrees', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.runAction('file.new:empty')).toBe(true);
  const bare = await studio.serialized();
  const commands = readFileSync(COMMANDS_FILE, 'utf8');

  await studio.applyCommands('bare-die-gpu.commands.json', commands);
  await expect
    .poll(() => page.evaluate(() => window.__lightpathTest!.getDocument().components.length))
    .toBe(6);
  const doc = await page.evaluate(() => window.__lightpathTest!.getDocument());
  expect(doc.parts.map((p) => p.id)).toEqual(['gpu-die-30', 'lid-cold-plate-86', 'oe-thin-10w']);
  expect(doc.carriers.map((c) => c.id)).toEqual(['board', 'pkg']);
  expect(doc.cooling.exposed).toEqual({ topHtcWm2K: 0, bottomHtcWm2K: 0, sidesHtcWm2K: 0 });
  expect(doc.cooling.boundaries.map((b) => b.target)).toEqual([
    { kind: 'components', componentIds: ['lid'] },
  ]);
  // The whole list is one undo step.
  await studio.blurFields();
  await page.keyboard.press('Control+z');
  await expect.poll(() => studio.serialized()).toBe(bare);
  await page.keyboard.press('Control+Shift+z');
  await expect
    .poll(() => page.evaluate(() => window.__lightpathTest!.getDocument().components.length))
    .toBe(6);
  const built = await studio.serialized();

  // Save (a download without the File System Access API), reopen the saved file.
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const saved = readFileSync(await (await download).path(), 'utf8');
  expect(saved).toBe(built);
  expect(await studio.runAction('file.new:empty')).toBe(true);
  expect(await studio.openText('gpu-package.lightpath.json', saved)).toBe(true);
  expect(await studio.serialized()).toBe(saved);
  const temps = await studioTemps(page, await studio.revision());
  const die = temps.find((t) => t.id === 'die')!;
  const engines = temps.filter((t) => t.id.startsWith('oe'));
  expect(engines).toHaveLength(4);
  // 700 W through a 0.03 K/W plate to 35 °C coolant: the die runs well above 35 + 21 °C,
  // the engines under the same lid far cooler than the die.
  expect(die.maxC).toBeGreaterThan(35 + 700 * 0.03);
  for (const e of engines) expect(e.maxC).toBeLessThan(die.maxC);

  // The same package built headlessly.
  const dir = mkdtempSync(join(tmpdir(), 'lightpath-own-package-'));
  writeFileSync(join(dir, 'bare.lightpath.json'), bare);
  const out = join(dir, 'gpu-package.lightpath.json');
  const applied = cli(['apply', join(dir, 'bare.lightpath.json'), COMMANDS_FILE, '-o', out]);
  expect(applied.stderr).toContain('12 commands applied');
  expect(applied.code).toBe(0);
  expect(readFileSync(out, 'utf8')).toBe(saved);
  const analysed = cli(['analyze', out, '--only', 'thermal', '--json']);
  expect(analysed.code).toBe(0);
  const headless = (JSON.parse(analysed.stdout) as { thermal: { components: ComponentTemps[] } })
    .thermal.components;
  expect(headless.map((c) => c.id).sort()).toEqual(temps.map((c) => c.id).sort());
  for (const t of temps) {
    const h = headless.find((c) => c.id === t.id)!;
    expect(h.maxC).toBeCloseTo(t.maxC, 6);
    expect(h.meanC).toBeCloseTo(t.meanC, 6);
  }
});
