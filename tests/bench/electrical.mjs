#!/usr/bin/env node
/**
 * Electrical analysis benchmark: `node --expose-gc tests/bench/electrical.mjs [runs]`.
 * Loads electricalBench.ts through Vite's module runner, prints the figures, and writes the
 * "Electrical analysis" section of docs/BENCHMARKS.md.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { machineLine, writeSection } from './benchmarksDoc.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

function stats(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), min: s[0], p90: q(0.9), max: s[s.length - 1] };
}

const fmt = (v) => v.toFixed(1);

export async function runElectrical(runs = 31) {
  const machine = machineLine();
  const { module } = await runnerImport(`${root}tests/bench/electricalBench.ts`, {
    configFile: false,
    logLevel: 'error',
    root,
  });
  const f = module.runElectricalBench(runs);
  const full = stats(f.fullMs);
  const incr = stats(f.incrementalMs);
  const gcNote =
    'runs back to back, each paying for the garbage collection it causes (--expose-gc is used only to measure retained memory)';
  const body = [
    `Machine: ${machine}. Date: ${new Date().toISOString().slice(0, 10)}.`,
    '',
    `Design: ${f.source}: ${f.components} components, ${f.links} links. Script: tests/bench/electrical.mjs + electricalBench.ts; ${f.runs} timed runs of each kind after 20 untimed warm-up runs of each kind (the studio re-runs the analysis continuously, so the JIT-warm steady state is what a user sees), ${gcNote}.`,
    'Full = routing + channel + power + latency from scratch (`analyzeElectrical(doc, library)`). Incremental = one optical engine moved 0.5 mm (a different one each run), analysed with the previous result (`{ previous }`), which reuses every link route whose ends and surroundings did not change.',
    '',
    '| analysis | median ms | min ms | p90 ms | max ms | median CPU ms | target |',
    '|---|---:|---:|---:|---:|---:|---|',
    `| full | ${fmt(full.median)} | ${fmt(full.min)} | ${fmt(full.p90)} | ${fmt(full.max)} | ${fmt(stats(f.fullCpuMs).median)} | < 100 ms median |`,
    `| incremental (move one component) | ${fmt(incr.median)} | ${fmt(incr.min)} | ${fmt(incr.p90)} | ${fmt(incr.max)} | ${fmt(stats(f.incrementalCpuMs).median)} | < 8 ms median |`,
    '',
    "Wall-clock columns are performance.now() around the call; CPU is the process's user + system time over the same call (all threads, so it includes V8's parallel GC helpers and can exceed wall time).",
    '',
    `Memory: peak heap used ${fmt(f.peakHeapMb)} MB (including garbage not yet collected), peak RSS ${fmt(f.peakRssMb)} MB (sampled after every run); one result with its route cache retains ${fmt(f.resultHeapMb)} MB of heap.`,
    '',
    `Result check: ${f.summary.routedCount}/${f.summary.linkCount} links routed, max electrical length ${fmt(f.summary.maxElectricalLengthMm ?? 0)} mm, ${f.summary.pjPerBit.toFixed(2)} pJ/bit.`,
    '',
    "Other engineers' builds and tests share the two cores; the load average above says how busy the machine was. Re-run `npm run bench` on an idle machine for clean figures.",
  ].join('\n');
  return { figures: f, full, incr, body };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const runsArg = process.argv.slice(2).find((a) => /^\d+$/.test(a));
  const out = await runElectrical(runsArg ? Number(runsArg) : 31);
  console.log(out.body);
  if (!process.argv.includes('--no-write')) writeSection('Electrical analysis', out.body);
}
