#!/usr/bin/env node
/**
 * Viewport drag on the 2,000-component stress design, in Debian's Chromium (WebGL through
 * SwiftShader, i.e. software rendering on the CPU): `node tests/bench/viewport.mjs`.
 *
 * Builds the web renderer (unless VIEWPORT_BENCH_DIST names a build), serves it with
 * `vite preview`, opens assets/examples/stress-2000.lightpath.json through the template
 * action, presses on a component in the top view and moves the pointer DRAG_STEPS times by
 * 3 px at 60 Hz, rests, releases. A Chromium trace gives the main thread's work per frame
 * (mainThreadWorkPerFrame); the page's frame statistics (renderer/src/scene/frameStats.ts)
 * give the drag handler, the three.js frame and the draw calls. Writes the "Viewport"
 * section of docs/BENCHMARKS.md (the method is written there too).
 *
 * For investigation: VIEWPORT_HIDE=metrics,outline (panels to close; one configuration),
 * VIEWPORT_W / VIEWPORT_H (window size), VIEWPORT_TRACE_OUT=/tmp/x (save the traces),
 * VIEWPORT_PROFILE=1 (V8 samples in the trace), VIEWPORT_INVALIDATIONS=1 (style, layout and
 * paint invalidation tracking in the trace).
 */
import { spawn, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { machineLine, writeSection } from './benchmarksDoc.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PORT = Number(process.env.VIEWPORT_BENCH_PORT ?? 4719);
const DRAG_STEPS = 180;
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

/** Milliseconds between pointer steps: one per frame at 60 Hz, as a hand drags. */
const STEP_INTERVAL_MS = 16;

/** The longest main-thread work a frame may take (issue 6). */
const FRAME_BUDGET_MS = 16;

/** How long the pointer rests, still pressed, after the moves, ms. */
const REST_WAIT_MS = 1500;

const width = Number(process.env.VIEWPORT_W ?? 1440);
const height = Number(process.env.VIEWPORT_H ?? 900);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Main-thread thread time (top-level tasks) between two user-timing marks, ms. */
function mainThreadWork(events, from, to) {
  const a = events.find((e) => e.name === from && e.cat?.includes('user_timing'));
  const b = events.find((e) => e.name === to && e.cat?.includes('user_timing'));
  let us = 0;
  for (const e of events)
    if (e.name === 'RunTask' && e.ph === 'X' && e.pid === a.pid && e.tid === a.tid)
      if (e.ts >= a.ts && e.ts < b.ts) us += e.tdur ?? e.dur ?? 0;
  return us / 1000;
}

/** Time of a user-timing mark in a trace, ms. */
function markTime(events, name) {
  const mark = events.find((e) => e.name === name && e.cat?.includes('user_timing'));
  return mark.ts / 1000;
}

/**
 * Main-thread work per frame from a Chromium trace. The renderer main thread is the one that
 * recorded `startMark`; frames are delimited by the ends of its `AnimationFrame` events (one
 * per frame it produced), and a frame's work is the thread time (`tdur`) of every top-level
 * task (RunTask) that started after the previous frame ended and up to the end of this one:
 * input handling, the drag handler, store updates, React, messages from the workers,
 * three.js and Blink's style, layout and paint. Returns the figures of the frames ending in
 * [startMark, endMark).
 */
export function mainThreadWorkPerFrame(events, startMark, endMark) {
  const markOf = (name) => events.find((e) => e.name === name && e.cat?.includes('user_timing'));
  const start = markOf(startMark);
  const end = markOf(endMark);
  if (!start || !end) throw new Error(`trace lacks the marks ${startMark} / ${endMark}`);
  const onMain = (e) => e.pid === start.pid && e.tid === start.tid;
  const frameEnds = events
    .filter((e) => e.name === 'AnimationFrame' && e.ph === 'e' && onMain(e))
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && onMain(e))
    .sort((a, b) => a.ts - b.ts);
  const out = [];
  let previous = -Infinity;
  let t = 0;
  for (const frameEnd of frameEnds) {
    let us = 0;
    while (t < tasks.length && tasks[t].ts <= frameEnd) {
      if (tasks[t].ts > previous) us += tasks[t].tdur ?? tasks[t].dur ?? 0;
      t++;
    }
    if (frameEnd >= start.ts && frameEnd < end.ts) out.push(us / 1000);
    previous = frameEnd;
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
  const page = await browser.newPage({
    viewport: { width, height },
  });
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
  await page.mouse.move(target.x, target.y);
  await page.mouse.down();
  await page.mouse.move(target.x + 6, target.y);
  await sleep(1500);
  await page.evaluate(() => window.__lightpathTest.resetFrameStats());
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'blink.user_timing',
      'disabled-by-default-devtools.timeline',
      ...(process.env.VIEWPORT_PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : []),
      ...(process.env.VIEWPORT_INVALIDATIONS
        ? ['disabled-by-default-devtools.timeline.invalidationTracking']
        : []),
    ],
  });
  await page.evaluate(() => performance.mark('bench-drag-start'));
  // Pointer moves at 60 Hz, as a hand drags, whatever the frame rate: dispatched in the page,
  // since Playwright's mouse.move waits for each frame, and SwiftShader draws a 1440 × 900
  // frame in a few hundred ms of CPU. They go to the canvas as the browser's own would, with
  // the pressed mouse's pointer id (the part captured it on pointerdown).
  await page.evaluate(
    async ({ x0, y0, steps, intervalMs }) => {
      const canvas = document.querySelector('[data-testid="viewport"] canvas');
      const start = performance.now();
      for (let i = 1; i <= steps; i++) {
        const due = start + i * intervalMs;
        await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
        const init = {
          pointerId: 1,
          pointerType: 'mouse',
          isPrimary: true,
          clientX: x0 + 3 * i,
          clientY: y0 + (i % 2),
          buttons: 1,
          bubbles: true,
          cancelable: true,
          composed: true,
        };
        canvas.dispatchEvent(new PointerEvent('pointermove', init));
      }
    },
    { x0: target.x + 6, y0: target.y, steps: DRAG_STEPS, intervalMs: STEP_INTERVAL_MS },
  );
  await page.evaluate(() => performance.mark('bench-drag-end'));
  // Still pressed, at rest: the document takes the position, the analysis follows.
  await sleep(REST_WAIT_MS);
  await page.evaluate(() => performance.mark('bench-rest-end'));
  await page.mouse.up();
  await sleep(2500);
  await page.evaluate(() => performance.mark('bench-release-end'));
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  if (process.env.VIEWPORT_TRACE_OUT)
    (await import('node:fs')).writeFileSync(
      `${process.env.VIEWPORT_TRACE_OUT}-${hidden.join('-') || 'all'}.json`,
      JSON.stringify(trace),
    );
  const events = trace.traceEvents ?? trace;
  const dragFrames = mainThreadWorkPerFrame(events, 'bench-drag-start', 'bench-drag-end');
  const stepMs = mainThreadWork(events, 'bench-drag-start', 'bench-drag-end') / DRAG_STEPS;
  const restFrames = mainThreadWorkPerFrame(events, 'bench-drag-end', 'bench-rest-end');
  const releaseFrames = mainThreadWorkPerFrame(events, 'bench-rest-end', 'bench-release-end');
  const dragMs = markTime(events, 'bench-drag-end') - markTime(events, 'bench-drag-start');
  const frame = await page.evaluate(() => window.__lightpathTest.frameStats());
  if (frame.compiledPrograms.length > 0)
    console.log('shader programs compiled during the measurement:', frame.compiledPrograms);
  const work = stats(dragFrames);
  const handler = stats(frame.dragHandlerMs);
  const render = stats(frame.renderMs);
  const rest = stats(restFrames);
  const after = stats(releaseFrames);
  const moved = (await page.evaluate(() => window.__lightpathTest.getDocument())).components.find(
    (c) => c.id === target.id,
  );
  const from = doc.components.find((c) => c.id === target.id).positionMm;
  if (moved.positionMm.x === from.x && moved.positionMm.y === from.y)
    throw new Error(`the drag did not move ${target.id}`);
  const over = dragFrames.filter((ms) => ms > FRAME_BUDGET_MS).length;
  const f = (s) => `${s.median.toFixed(1)} / ${s.p95.toFixed(1)}`;
  const panels = hidden.length ? `${hidden.join(', ')} panel closed` : 'all panels open';
  const line = `| ${panels} | ${DRAG_STEPS} in ${(dragMs / 1000).toFixed(1)} s | ${work.n} | ${f(work)} / ${work.max.toFixed(1)} | ${over} | ${stepMs.toFixed(2)} | ${f(handler)} | ${f(render)} | ${frame.drawCallsMax} | ${rest.max.toFixed(1)} | ${after.max.toFixed(1)} |`;
  console.log(line);
  await page.close();
  return { line, doc };
}

try {
  await waitForServer();
  const rows = [];
  let doc;
  const configs = process.env.VIEWPORT_HIDE
    ? [process.env.VIEWPORT_HIDE.split(',')]
    : [[], ['metrics']];
  for (const hidden of configs) {
    const r = await measure(hidden);
    rows.push(r.line);
    doc = r.doc;
  }
  writeSection(
    'Viewport',
    `Measured by \`node tests/bench/viewport.mjs\`: the web build in Debian's Chromium (headless, WebGL through SwiftShader, so the GPU work runs on the CPU too), ${width} × ${height} window, orthographic top view of assets/examples/stress-2000.lightpath.json, with the analysis worker running as in use.

Method: a component near the centre is pressed (a real mouse press through Playwright) and dragged in ${DRAG_STEPS} pointer moves of 3 px, one every ${STEP_INTERVAL_MS} ms as a hand drags at 60 Hz (snapping and live collision checks on). The moves are dispatched in the page on the canvas that holds the pointer capture, because Playwright's \`mouse.move\` waits for each frame and SwiftShader takes a few hundred ms of CPU for a 1440 × 900 frame, which would turn the drag into a series of rests. The pointer then rests ${REST_WAIT_MS / 1000} s still pressed and is released. A Chromium trace gives the main thread's work: the thread time (\`tdur\`) of its top-level tasks, grouped by the frame they led to (tasks after one \`AnimationFrame\` ended up to the end of the next): input, the drag handler, store updates, React, worker messages, three.js and Blink's style, layout and paint, all included. Thread time, so the OS giving the CPU to other processes does not count.

Columns: frames drawn during the moves; main-thread work per frame; frames over the 16 ms budget; main-thread work per pointer move (the whole motion's work divided by the moves: the work of a frame where a frame follows every move, as on a machine with a GPU); from the page's own counters (renderer/src/scene/frameStats.ts) the drag handler per move and the three.js frame (frame callbacks and the WebGL calls), and the most draw calls of any frame (\`renderer.info.render.calls\`); then the longest frame when the pointer rests (the document takes the move after 150 ms at rest, the analysis follows) and when it is released (one undo step; the panels catch up). Targets (issue 6): under 16 ms of main-thread work per frame while dragging, under 100 draw calls.

Machine: ${machineLine()}.

| stress-2000.lightpath.json (${doc.components.length} components, ${doc.links.length} links) | pointer moves | frames | work per frame ms (median / p95 / max) | frames over 16 ms | work per move ms | drag handler ms (median / p95) | three.js frame ms (median / p95) | draw calls (max) | at rest: longest frame ms | release: longest frame ms |
|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Reading: while the pointer moves, the document is not changed: the dragged parts are drawn at the pointer from a preview in the view state (scene/useDragParts.ts, scene/dragPreview.ts), only their instances are rewritten, the scene's own ray-casting pointer events pause, and the view store is updated once per frame. The document takes the position when the pointer rests for 150 ms and on release; those frames carry the revision's cost (layout of the moved parts, the inspector and the panels, then the analysis result and the trace rebuild) and are reported in the last two columns: they happen while the hand is still, not while it moves. The metrics panel and the inspector's temperatures hold their figures, marked stale, until release (ui/metrics/useSettledAnalysis.ts). SwiftShader draws far fewer frames per second than a GPU would, so each frame here collects several moves; the per-move column is the figure for one move per frame. Draw calls stay flat with the number of components (one InstancedMesh per part type, carrier layers instanced in three passes, one LineSegments for all traces).
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
