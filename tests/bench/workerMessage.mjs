#!/usr/bin/env node
/**
 * Cost of the worker protocol's messages: `node --expose-gc tests/bench/workerMessage.mjs`.
 * The studio posts the whole document to the analysis worker for each revision (at most one
 * per animation frame), and the worker posts the electrical result back; both are
 * structured clones. This times `structuredClone` (V8's serializer, which `postMessage` uses
 * too) of each example and of the stress design, and of their analysis results, and writes
 * the "Worker messages" section of docs/BENCHMARKS.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { machineLine, writeSection } from './benchmarksDoc.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = 41;

function medianMs(fn) {
  for (let i = 0; i < 5; i++) fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    globalThis.gc?.();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const options = { configFile: false, logLevel: 'error', root };
const { module: engine } = await runnerImport(`${root}renderer/src/engine/analyze.ts`, options);
const { module: parts } = await runnerImport(`${root}renderer/src/model/partLibrary.ts`, options);
const { module: slim } = await runnerImport(`${root}renderer/src/worker/studioResult.ts`, options);
const { module: changes } = await runnerImport(`${root}renderer/src/worker/docChanges.ts`, options);
const library = parts.defaultPartLibrary();

const rows = [];
const dir = `${root}assets/examples/`;
for (const name of readdirSync(dir)
  .filter((n) => n.endsWith('.lightpath.json'))
  .sort()) {
  const text = readFileSync(dir + name, 'utf8');
  const doc = JSON.parse(text);
  const result = engine.analyzeElectrical(doc, library);
  const studio = slim.toStudioAnalysis(result);
  // A drag: one component replaced, as immer would (the rest shared).
  const moved = { ...doc, components: [...doc.components] };
  moved.components[0] = { ...doc.components[0], positionMm: { x: 1, y: 1 } };
  const change = changes.diffDocuments(doc, moved);
  const docMs = medianMs(() => structuredClone(doc));
  const changeMs = medianMs(() => structuredClone(changes.diffDocuments(doc, moved)));
  const fullMs = medianMs(() => structuredClone(result));
  const { summary, links } = studio.electrical;
  const studioMs = medianMs(() => structuredClone({ summary, ids: links.ids }));
  const kib = (v) => (JSON.stringify(v).length / 1024).toFixed(0);
  rows.push(
    `| ${name} | ${doc.components.length} | ${doc.links.length} | ${kib(doc)} | ${docMs.toFixed(2)} | ${change.length} | ${changeMs.toFixed(3)} | ${kib(result)} | ${fullMs.toFixed(2)} | ${studioMs.toFixed(2)} |`,
  );
}

const body = [
  `Machine: ${machineLine()}. Date: ${new Date().toISOString().slice(0, 10)}.`,
  '',
  `Method: median of ${RUNS} calls after 5 warm-up calls, GC forced before each when run with --expose-gc. "Document": \`structuredClone\` of the whole design (posted when the worker holds no revision, or after large edits). "Change": diff + clone of a one-component move (what a drag posts per frame, docChanges.ts). "Engine result": clone of the full \`ElectricalResult\`; "studio result": clone of what the worker actually copies when it posts (studioResult.ts: totals and link ids; the figure columns and route arrays are typed arrays in the transfer list, moved without a copy). Sizes are of the JSON text.`,
  '',
  '| design | components | links | document KiB | document clone ms | changes | change diff+clone ms | engine result KiB | engine result clone ms | studio result clone ms |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
].join('\n');
console.log(body);
if (!process.argv.includes('--no-write')) writeSection('Worker messages', body);
