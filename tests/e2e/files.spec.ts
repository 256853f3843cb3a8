/**
 * Files in the browser host: save as a download and through the File System Access API,
 * autosave and recovery after a reload, and corrupt files refused with a message naming
 * the file and JSON path while the open design stays as it was.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { badJson, newerVersion, threePartDesign, wrongType } from './fixtures/designs';
import { StudioPage } from './pages/StudioPage';

async function withoutFsAccessApi(page: Page) {
  await page.addInitScript(() => {
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
}

/** The autosaved recovery text in the browser host's IndexedDB ('' when none). */
function recoveryText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('lightpath-studio', 1);
        open.onsuccess = () => {
          const get = open.result.transaction('kv').objectStore('kv').get('recovery');
          get.onsuccess = () => resolve((get.result as { text?: string } | undefined)?.text ?? '');
          get.onerror = () => resolve('');
        };
        open.onerror = () => resolve('');
      }),
  );
}

async function openedStudio(page: Page): Promise<StudioPage> {
  const studio = new StudioPage(page);
  await studio.goto();
  expect(await studio.openText('three.lightpath.json', threePartDesign())).toBe(true);
  return studio;
}

test('Save As without the File System Access API downloads exactly the serialized document', async ({
  page,
}) => {
  await withoutFsAccessApi(page);
  const studio = await openedStudio(page);
  await studio.outlineRow('oe1').click();
  await studio.setField('x', '150');
  await studio.blurFields();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const file = await download;
  expect(file.suggestedFilename()).toBe('three.lightpath.json');
  const saved = await readFile(await file.path(), 'utf8');
  expect(saved).toBe(await studio.serialized());
  expect(JSON.parse(saved).components[1].positionMm.x).toBe(150);
  await expect(page).toHaveTitle('three.lightpath.json — Lightpath Studio');
});

test('Save writes through a File System Access handle and saves again to the same file', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // The save dialog is the one thing a test cannot click: answer it with a real file
    // handle from the origin-private file system, which the adapter then writes through.
    (window as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker = async () => {
      const dir = await navigator.storage.getDirectory();
      return dir.getFileHandle('picked.lightpath.json', { create: true });
    };
  });
  const studio = await openedStudio(page);
  const readBack = () =>
    page.evaluate(async () => {
      const dir = await navigator.storage.getDirectory();
      return (await (await dir.getFileHandle('picked.lightpath.json')).getFile()).text();
    });
  expect(await studio.runAction('file.saveAs')).toBe(true);
  await expect(page).toHaveTitle('picked.lightpath.json — Lightpath Studio');
  expect(await readBack()).toBe(await studio.serialized());

  await studio.outlineRow('u1').click();
  await studio.setField('y', '120');
  await expect(page).toHaveTitle(/^● picked/);
  await studio.blurFields();
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('picked.lightpath.json — Lightpath Studio');
  const saved = await readBack();
  expect(saved).toBe(await studio.serialized());
  expect(JSON.parse(saved).components[0].positionMm.y).toBe(120);
});

test('unsaved work survives a reload through the recovery prompt', async ({ page }) => {
  const studio = await openedStudio(page);
  await studio.outlineRow('els1').click();
  await studio.setField('x', '205');
  await studio.setField('name', 'Laser A');
  const expected = await studio.serialized();
  // Autosave writes after a quiet second; wait until IndexedDB holds this very text.
  await expect.poll(() => recoveryText(page)).toBe(expected);

  page.on('dialog', (d) => void d.accept());
  await page.reload();
  const prompt = page.getByTestId('recovery-dialog');
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: 'Recover' }).click();
  await expect(prompt).toHaveCount(0);
  expect(await studio.serialized()).toBe(expected);
  await expect(page).toHaveTitle(/^● recovered\.lightpath\.json/);
});

test('Discard drops the recovery copy so the next start does not ask again', async ({ page }) => {
  const studio = await openedStudio(page);
  await studio.outlineRow('u1').click();
  await studio.setField('x', '95');
  const expected = await studio.serialized();
  await expect.poll(() => recoveryText(page)).toBe(expected);
  page.on('dialog', (d) => void d.accept());
  await page.reload();
  const prompt = page.getByTestId('recovery-dialog');
  await prompt.getByRole('button', { name: 'Discard' }).click();
  await expect(prompt).toHaveCount(0);
  expect(await recoveryText(page)).toBe('');
  await page.reload();
  await studio.waitForFrame();
  await expect(page.getByTestId('recovery-dialog')).toHaveCount(0);
});

const CORRUPT: ReadonlyArray<[string, () => string, RegExp]> = [
  ['bad JSON', badJson, /bad\.lightpath\.json/],
  ['a wrong type', wrongType, /bad\.lightpath\.json.*components\[1\]\.positionMm\.x/],
  ['a newer formatVersion', newerVersion, /bad\.lightpath\.json.*formatVersion/],
];

for (const [label, text, pattern] of CORRUPT) {
  test(`a file with ${label} is refused with its path and the open design stays`, async ({
    page,
  }) => {
    const studio = await openedStudio(page);
    await studio.outlineRow('u1').click();
    await studio.setField('x', '77');
    const before = await studio.serialized();
    const rev = await studio.revision();
    expect(await studio.openText('bad.lightpath.json', text())).toBe(false);
    await expect(studio.errorDialog).toBeVisible();
    await expect(studio.errorDialog.getByTestId('error-message')).toHaveText(pattern);
    await studio.errorDialog.getByRole('button', { name: 'OK' }).click();
    expect(await studio.serialized()).toBe(before);
    expect(await studio.revision()).toBe(rev);
    await expect(page).toHaveTitle(/^● three\.lightpath\.json/);
  });
}

test('File → Open… through the file picker refuses a newer file and opens a good one', async ({
  page,
}) => {
  await withoutFsAccessApi(page);
  const studio = await openedStudio(page);
  const before = await studio.serialized();
  const pick = async (name: string, text: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: /Open…/ }).click();
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };
  await pick('future.lightpath.json', newerVersion());
  await expect(studio.errorDialog.getByTestId('error-message')).toContainText(
    'future.lightpath.json',
  );
  await expect(studio.errorDialog.getByTestId('error-message')).toContainText('formatVersion');
  await studio.errorDialog.getByRole('button', { name: 'OK' }).click();
  expect(await studio.serialized()).toBe(before);

  const good = JSON.parse(threePartDesign());
  good.meta.name = 'Picked design';
  await pick('picked.lightpath.json', JSON.stringify(good));
  await expect.poll(async () => (await studio.document()).meta.name).toBe('Picked design');
  await expect(page).toHaveTitle('picked.lightpath.json — Lightpath Studio');
});

test('closing the tab with unsaved changes asks first; after saving it does not', async ({
  page,
}) => {
  await withoutFsAccessApi(page);
  const studio = await openedStudio(page);
  await studio.outlineRow('u1').click();
  await studio.setField('x', '85');
  await studio.blurFields();
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  await download;
  await expect(page).toHaveTitle('three.lightpath.json — Lightpath Studio');
  let askedAgain = false;
  page.on('dialog', () => {
    askedAgain = true;
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(askedAgain).toBe(false);
});
