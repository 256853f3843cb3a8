#!/usr/bin/env node
/**
 * Viewport drag on the 2,000-component stress design, in Debian's Chromium (WebGL through
 * SwiftShader, i.e. software rendering on the CPU): `node tests/bench/viewport.mjs`.
 *
 * Builds the web renderer (unless VIEWPORT_BENCH_DIST names a build), serves it with
 * `vite preview`, opens assets/examples/stress-2000.lightpath.json through the template
 * action, presses on a component in the top view and moves the pointer in DRAG_STEPS steps
 * of 3 px, waiting after each for the frame of the new document revision. Per frame it
 * reads, from the page's frame statistics (renderer/src/scene/frameStats.ts):
 * - main-thread time from the pointermove event to the end of the WebGL render
 *   (drag handler + command + store + React + three.js render; an upper bound, since any idle
 *   gap in between counts too);
 * - draw calls of the frame (`renderer.info.render.calls`).
 * Writes the "Viewport" section of docs/BENCHMARKS.md.
 */
import { spawn, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { machineLine, writeSection } from './benchmarksDoc.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PORT = Number(process.env.VIEWPORT_BENCH_PORT ?? 4719);
const DRAG_STEPS = 60;
const dist = process.env.VIEWPORT_BENCH_DIST ?? `${root}.test-output/bench-viewport`;

if (!process.env.VIEWPORT_BENCH_DIST) {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--outDir', dist], {
    cwd: root,
    stdio: 'ignore',
  });
}
const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--config',
    'vite.web.config.ts',
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--strictPort',
    '--outDir',
    dist,
  ],
  { cwd: root, stdio: 'ignore', detached: true },
);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('vite preview did not start');
}

/**
 * Main-thread CPU time (trace `tdur` of top-level RunTask events on CrRendererMain) between
 * consecutive `bench-step-*` user-timing marks, ms per step.
 */
function mainThreadCpuPerStep(events) {
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const marks = events
    .filter(
      (e) =>
        e.cat?.includes('blink.user_timing') &&
        e.name.startsWith('bench-step-') &&
        (!main || e.tid === main.tid),
    )
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const tasks = events.filter(
    (e) =>
      e.name === 'RunTask' && e.ph === 'X' && (!main || (e.pid === main.pid && e.tid === main.tid)),
  );
  const out = [];
  for (let i = 0; i + 1 < marks.length; i++) {
    const [a, b] = [marks[i], marks[i + 1]];
    let us = 0;
    for (const t of tasks) if (t.ts >= a && t.ts < b) us += t.tdur ?? t.dur ?? 0;
    out.push(us / 1000);
  }
  return out;
}

function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
  ],
});
/** Drags in a fresh page with the given panels closed; returns the table row. */
async function measure(hidden) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.waitForFunction(() => window.__lightpathTest !== undefined);
  await page.evaluate(() => window.__lightpathTest.runAction('file.new:stress-2000'));
  await page.waitForFunction(() => window.__lightpathTest.getDocument().components.length >= 2000);
  await page.evaluate(() => window.__lightpathTest.runAction('view.camera.orthoTop'));
  for (const panel of hidden)
    await page.evaluate((id) => window.__lightpathTest.runAction(id), `view.panel.${panel}`);
  await page.waitForTimeout(1500);
  const doc = await page.evaluate(() => window.__lightpathTest.getDocument());
  const canvas = page.locator('[data-testid="viewport"] canvas');
  // A component near the middle of the screen.
  const box = await canvas.boundingBox();
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  let target = null;
  let best = Infinity;
  for (const c of doc.components) {
    const p = await page.evaluate((id) => window.__lightpathTest.screenPointOf(id), c.id);
    if (!p) continue;
    const d = Math.hypot(p.x - centre.x, p.y - centre.y);
    if (d < best) {
      best = d;
      target = { id: c.id, ...p };
    }
    if (d < 40) break;
  }
  const waitRevision = (rev) =>
    page.waitForFunction(
      (r) =>
        Number(document.querySelector('[data-testid="viewport"] canvas').dataset.revision) >= r,
      rev,
    );
  await page.mouse.move(target.x, target.y);
  await page.mouse.down();
  await page.mouse.move(target.x + 6, target.y);
  await page.evaluate(() => window.__lightpathTest.resetFrameStats());
  const cdp = process.env.VIEWPORT_PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const calls = [];
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'blink.user_timing', 'disabled-by-default-devtools.timeline'],
  });
  for (let i = 1; i <= DRAG_STEPS; i++) {
    await page.evaluate((n) => performance.mark(`bench-step-${n}`), i);
    const rev = await page.evaluate(() => window.__lightpathTest.getRevision());
    await page.mouse.move(target.x + 6 + 3 * i, target.y + (i % 2));
    await waitRevision(rev + 1).catch(() => undefined);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
    calls.push(await page.evaluate(() => window.__lightpathTest.frameStats().drawCalls));
  }
  await page.evaluate(() => performance.mark('bench-step-end'));
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const cpuPerStep = mainThreadCpuPerStep(trace.traceEvents ?? trace);
  await page.mouse.up();
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map();
    const dt = profile.timeDeltas;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const n = byId.get(id);
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
      self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    });
    console.log(
      [...self.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 40)
        .map(([k, v]) => `${v.toFixed(0)} ms ${k}`)
        .join('\n'),
    );
  }
  const frame = await page.evaluate(() => window.__lightpathTest.frameStats());
  const ms = stats(frame.inputFrameMs);
  const handler = stats(frame.dragHandlerMs);
  const render = stats(frame.renderMs);
  const cpu = stats(cpuPerStep);
  const dc = stats(calls);
  const moved = (await page.evaluate(() => window.__lightpathTest.getDocument())).components.find(
    (c) => c.id === target.id,
  );
  const f = (s) => `${s.median.toFixed(1)} / ${s.p95.toFixed(1)}`;
  const line = `| ${hidden.length ? `${hidden.join(', ')} panel closed` : 'all panels open'} | ${ms.n} | ${f(handler)} | ${f(render)} | ${f(cpu)} | ${f(ms)} | ${ms.max.toFixed(1)} | ${dc.median} | ${dc.max} |`;
  console.log(line);
  await page.close();
  return { line, doc };
  console.log(
    `dragged ${target.id} from`,
    doc.components.find((c) => c.id === target.id).positionMm,
    'to',
    moved.positionMm,
  );
}

try {
  await waitForServer();
  const rows = [];
  let doc;
  for (const hidden of [[], ['metrics']]) {
    const r = await measure(hidden);
    rows.push(r.line);
    doc = r.doc;
  }
  writeSection(
    'Viewport',
    `Measured by \`node tests/bench/viewport.mjs\`: the web build in Debian's Chromium (headless, WebGL through SwiftShader, so the GPU work runs on the CPU too), 1440 × 900 window, orthographic top view of assets/examples/stress-2000.lightpath.json. A component near the centre is pressed and dragged in ${DRAG_STEPS} pointer steps of 3 px (snapping and live collision checks on); after each step the script waits for the frame of the new revision. Per step (renderer/src/scene/frameStats.ts): the drag handler (snap, collision check, moveParts command, store updates and the synchronous React work they trigger); the three.js frame (frame callbacks and the WebGL render, which under SwiftShader includes the rasterisation); the time from the pointermove event to the end of the render (an upper bound of the main-thread work of the step: idle gaps and any other task in between count too); the main-thread CPU time of each step from a Chromium trace (thread time \`tdur\` of the RunTask events on the renderer main thread between per-step marks: everything the main thread did for the step, React included, and also anything else it did then, e.g. handling analysis results from the worker; thread time, so it does not count time the OS gave to other processes); and \`renderer.info.render.calls\`. Targets (issue 6): under 16 ms per frame, under 100 draw calls.

Machine: ${machineLine()}.

| stress-2000.lightpath.json (${doc.components.length} components, ${doc.links.length} links) | steps | drag handler ms (median / p95) | three.js frame ms (median / p95) | main-thread CPU per step ms (median / p95) | input to drawn ms (median / p95) | input to drawn max ms | draw calls (median) | draw calls (max) |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Reading: the draw calls stay flat with the number of components (one InstancedMesh per part type, carrier layers instanced in three passes, one LineSegments for all traces); before the carrier layers were instanced this design drew 106 calls per frame, 99 of them layer slabs. The editor's own per-step work (drag handler plus the three.js frame) is the sum of the first two columns. The CPU column is everything the main thread did during the step, including the React panels that re-render for the new revision and the analysis results arriving from the worker, measured with tracing on (which itself slows the page); compare the two rows for the share of the metrics panel (its link table and thermal figures re-render for every revision). The input-to-drawn column includes waiting for the next animation frame and for the CPU on a shared machine.
`,
  );
} finally {
  await browser.close();
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
}
