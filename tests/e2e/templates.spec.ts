/**
 * Generated templates in the browser build: File → New from template… → Generate lays out a
 * 224G CPO Type B design from the form (an invalid value shows its message and blocks
 * Generate), the studio analyses it; Edit → Convert to architecture… re-lays it as NPO and
 * one undo restores the generated design exactly; a design without an xPU is refused with
 * the reason.
 */
import { expect, test } from '@playwright/test';
import { MetricsPage } from './pages/MetricsPage';
import { StudioPage } from './pages/StudioPage';

const SHOTS = '.test-output/templates';

/** The parts of the document this test reads. */
interface Doc {
  meta: { name: string; architecture: string };
  components: { partId: string; mount: { carrierId: string } }[];
  links: { laneRateGbps: number }[];
}

async function documentOf(studio: StudioPage): Promise<Doc> {
  return (await studio.document()) as unknown as Doc;
}

test('generate a 224G CPO Type B design, see it analysed, convert it to NPO and undo', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const studio = new StudioPage(page);
  const metrics = new MetricsPage(page);
  await studio.goto();

  expect(await studio.runAction('file.templates')).toBe(true);
  const dialog = page.getByTestId('templates-dialog');
  await expect(dialog.locator('[data-template="switch-cpo-b-224g"]')).toContainText('224G');
  await expect(dialog.locator('[data-template="switch-cpo-b-224g"]')).toContainText(
    '51.2T switch, 224G — CPO Type B',
  );
  await page.screenshot({ path: `${SHOTS}/examples-tab.png` });
  await dialog.getByTestId('templates-tab-generate').click();
  const form = dialog.getByTestId('generate-form');
  await expect(form.getByTestId('generate-architecture')).toHaveValue('cpo-b');
  await expect(form.getByTestId('generate-laneRateGbps')).toHaveValue('212.5');

  // An invalid value says why beside its field and blocks Generate.
  await form.getByTestId('generate-lanesPerPort').fill('3');
  await expect(form.getByTestId('generate-error-lanesPerPort')).toHaveText(
    '256 lanes in 3-lane ports do not make a multiple of 4 ports (one set per xPU edge)',
  );
  await expect(form.getByTestId('generate-submit')).toBeDisabled();
  await form.getByTestId('generate-powerW').fill('-1');
  await expect(form.getByTestId('generate-error-powerW')).toHaveText('expected at least 1 W');
  await page.screenshot({ path: `${SHOTS}/generate-invalid.png` });
  await form.getByTestId('generate-powerW').fill('500');
  await form.getByTestId('generate-lanesPerPort').fill('8');
  await expect(form.getByTestId('generate-submit')).toBeEnabled();
  await form.getByTestId('generate-submit').click();
  await expect(dialog).toBeHidden();

  const generated = await documentOf(studio);
  expect(generated.meta.architecture).toBe('cpo-b');
  expect(generated.links).toHaveLength(32);
  expect(generated.links.every((l) => l.laneRateGbps === 212.5)).toBe(true);
  const opened = await studio.revision();
  await metrics.waitForResult(opened);
  await expect(metrics.rows).toHaveCount(32);
  await expect(metrics.total('Max electrical length')).toHaveText(/^\d+\.\d mm$/);
  await page.screenshot({ path: `${SHOTS}/generated-cpo-b-224g.png` });
  const before = await studio.serialized();

  // Convert to NPO through the dialog: the engines leave the interposer for board sockets.
  expect(await studio.runAction('design.convert')).toBe(true);
  const convert = page.getByTestId('convert-dialog');
  await expect(convert.locator('[data-architecture="cpo-b"]')).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/convert-dialog.png` });
  await convert.locator('[data-architecture="npo"]').click();
  await expect(convert).toBeHidden();
  const npo = await documentOf(studio);
  expect(npo.meta.architecture).toBe('npo');
  expect(npo.meta.name).toBe(generated.meta.name);
  const engines = npo.components.filter((c) => c.partId === 'oe-1t6-socketed');
  expect(engines).toHaveLength(32);
  expect(engines.every((c) => c.mount.carrierId === 'board')).toBe(true);
  const converted = await studio.revision();
  await metrics.waitForResult(converted);
  await expect(metrics.rows).toHaveCount(32);
  await page.screenshot({ path: `${SHOTS}/converted-npo.png` });

  // One undo step brings the generated design back exactly.
  expect(await studio.runAction('edit.undo')).toBe(true);
  expect(await studio.serialized()).toBe(before);

  // A design with no xPU cannot be converted: the dialog says why and nothing changes.
  expect(await studio.runAction('file.new:empty')).toBe(true);
  await expect.poll(async () => (await documentOf(studio)).components.length).toBe(0);
  const empty = await studio.serialized();
  expect(await studio.runAction('design.convert:npo')).toBe(true);
  await expect(page.getByTestId('convert-error')).toHaveText(
    'cannot convert to npo: the design has no xPU to lay out around',
  );
  expect(await studio.serialized()).toBe(empty);
});
