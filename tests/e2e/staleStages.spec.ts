/**
 * Issue 13 item 7: a result of an older revision is never shown as current, at any stage.
 * Every stage's view carries the revision it shows and whether it is marked stale
 * (`data-stage`, `data-revision`, `data-stale`: metrics electrical, power, thermal, the heat
 * map's legend and the findings panel). A sampler in the page reads them on every animation
 * frame while two quick edits run through the pipeline; a view that shows revision r as
 * current (not stale) while the document is at another revision is a violation. The
 * document revision is read from the same React commit (the metrics panel's
 * `data-doc-revision`), so the check does not depend on timing.
 */
import { expect, test } from '@playwright/test';
import { MetricsPage } from './pages/MetricsPage';
import { StudioPage } from './pages/StudioPage';

const STAGES = ['electrical', 'power', 'thermal', 'heatmap', 'findings'] as const;

interface Sample {
  doc: number;
  stages: Record<string, { revision: string; stale: string }>;
}

test('no stage shows an older revision as current while edits run through the pipeline', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const studio = new StudioPage(page);
  const metrics = new MetricsPage(page);
  await studio.goto();
  expect(await studio.runAction('file.new:switch-npo')).toBe(true);
  const opened = await studio.revision();
  await metrics.waitForComplete(opened);
  await studio.blurFields();
  await page.keyboard.press('h');
  await expect(page.getByTestId('heatmap-toggle')).toHaveAttribute('aria-pressed', 'true');
  expect(await studio.runAction('view.findings')).toBe(true);
  for (const stage of STAGES)
    await expect(page.locator(`[data-stage="${stage}"]`)).toHaveAttribute(
      'data-revision',
      String(opened),
      { timeout: 60_000 },
    );

  await page.evaluate(() => {
    const samples: Sample[] = [];
    (window as unknown as { staleSamples: Sample[] }).staleSamples = samples;
    const read = () => {
      const panel = document.querySelector('[data-testid="metrics-panel"]');
      const doc = Number(panel?.getAttribute('data-doc-revision'));
      const stages: Sample['stages'] = {};
      for (const el of document.querySelectorAll('[data-stage]'))
        stages[el.getAttribute('data-stage')!] = {
          revision: el.getAttribute('data-revision') ?? '',
          stale: el.getAttribute('data-stale') ?? '',
        };
      samples.push({ doc, stages });
      requestAnimationFrame(read);
    };
    requestAnimationFrame(read);
  });

  // Two edits, the second while the first is still being analysed.
  await metrics.select(['oe-eth20']);
  const x = (await studio.document()).components.find((c) => c.id === 'oe-eth20')!.positionMm.x;
  await studio.setField('x', String(x + 2));
  await expect.poll(() => studio.revision()).toBeGreaterThan(opened);
  await studio.setField('x', String(x + 4));
  const last = await studio.revision();
  expect(last).toBeGreaterThan(opened + 1);
  await metrics.waitForComplete(last);
  for (const stage of STAGES)
    await expect(page.locator(`[data-stage="${stage}"]`)).toHaveAttribute(
      'data-revision',
      String(last),
      { timeout: 60_000 },
    );

  const samples = await page.evaluate(
    () => (window as unknown as { staleSamples: Sample[] }).staleSamples,
  );
  expect(samples.length).toBeGreaterThan(20);
  const violations = samples.flatMap((s, i) =>
    Object.entries(s.stages)
      .filter(([, v]) => v.stale === 'false' && v.revision !== '' && Number(v.revision) !== s.doc)
      .map(
        ([stage, v]) => `frame ${i}: ${stage} shows rev ${v.revision} as current at doc ${s.doc}`,
      ),
  );
  expect(violations).toEqual([]);
  // The sampler saw every stage go stale and come back: it watched the transitions.
  for (const stage of STAGES) {
    expect(
      samples.some((s) => s.stages[stage]?.stale === 'true'),
      `${stage} marked stale at some frame`,
    ).toBe(true);
    const end = samples.at(-1)!.stages[stage]!;
    expect(end).toEqual({ revision: String(last), stale: 'false' });
  }
  // The heat map drawn in the viewport is faded while its field is old, and not at the end.
  await expect(studio.canvas).toHaveAttribute('data-heatmap-stale', 'false');
  await expect(studio.canvas).toHaveAttribute('data-heatmap-revision', String(last));
});
