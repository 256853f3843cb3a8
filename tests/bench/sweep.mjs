#!/usr/bin/env node
/**
 * Sweep benchmark: `node tests/bench/sweep.mjs [repeats] [--normal]`. A 50-step sweep of the CPO
 * Type A example (oe-distance-mm from 0 to 49 mm), every step evaluated as `lightpath
 * analyze` does with the thermal solve included, run through the real CLI code: once in this
 * thread (--jobs 1) and once in the worker-thread pool (--jobs = cores, at most 4). The CLI
 * is built to a private folder first (the pool's threads run the built bundle). Each
 * configuration runs `repeats` times back to back; the median wall time is reported, and the
 * pooled CSV must equal the single-thread CSV byte for byte. Writes the "Sweep" section of
 * docs/BENCHMARKS.md.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { machineLine, writeSection } from './benchmarksDoc.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = `${root}.test-output/bench-cli`;
const FILE = 'assets/examples/switch-cpo-a.lightpath.json';
const STEPS = 50;
const repeats = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 3);
/** `--normal` adds one run with the studio's "normal" mesh (about 8× the coarse time). */
const withNormal = process.argv.includes('--normal');
const machine = machineLine();

execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--outDir', outDir], {
  cwd: root,
  stdio: 'pipe',
});
const { runCli } = await import(pathToFileURL(`${outDir}/lightpath.mjs`).href);

/** Runs one sweep through runCli; returns wall time, ms, and the CSV. */
async function timedSweep(preset, jobs) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: async (p) => (await import('node:fs/promises')).readFile(`${root}${p}`, 'utf8'),
  };
  const args = [
    'sweep',
    FILE,
    '--param',
    'oe-distance-mm',
    '--from',
    '0',
    '--to',
    String(STEPS - 1),
  ];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const code = await runCli(
    [...args, '--steps', String(STEPS), '--csv', '--thermal', preset, '--jobs', String(jobs)],
    io,
  );
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  if (code !== 0) throw new Error(`sweep exited ${code}: ${stderr}`);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, csv: stdout };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const poolJobs = Math.max(1, Math.min(4, os.availableParallelism()));
const rows = [];
const configs = withNormal
  ? [
      ['coarse', repeats],
      ['normal', 1],
    ]
  : [['coarse', repeats]];
for (const [preset, runs] of configs) {
  const single = [];
  const pooled = [];
  const singleCpu = [];
  const pooledCpu = [];
  let reference;
  for (let r = 0; r < runs; r++) {
    const one = await timedSweep(preset, 1);
    const many = await timedSweep(preset, poolJobs);
    if (many.csv !== one.csv) throw new Error(`pooled CSV differs from single-thread (${preset})`);
    reference = one.csv;
    single.push(one.ms);
    pooled.push(many.ms);
    singleCpu.push(one.cpuMs);
    pooledCpu.push(many.cpuMs);
  }
  const lines = reference.trimEnd().split('\n');
  const row = {
    preset,
    runs,
    singleMs: median(single),
    poolMs: median(pooled),
    speedUp: median(single) / median(pooled),
    perStepMs: median(single) / STEPS,
    singleCpuS: median(singleCpu) / 1000,
    poolCpuS: median(pooledCpu) / 1000,
    lastLine: lines[lines.length - 1],
  };
  rows.push(row);
  console.log(
    `${preset}: 1 thread ${(row.singleMs / 1000).toFixed(2)} s, ${poolJobs} threads ` +
      `${(row.poolMs / 1000).toFixed(2)} s, speed-up ${row.speedUp.toFixed(2)}× (${runs} runs)`,
  );
}

const table = rows
  .map(
    (r) =>
      `| ${r.preset} | ${r.runs} | ${(r.singleMs / 1000).toFixed(2)} | ${r.perStepMs.toFixed(0)} | ` +
      `${(r.poolMs / 1000).toFixed(2)} | ${r.speedUp.toFixed(2)}× | ` +
      `${r.singleCpuS.toFixed(1)} / ${r.poolCpuS.toFixed(1)} |`,
  )
  .join('\n');
writeSection(
  'Sweep',
  `
Machine: ${machine}.

Method: \`node tests/bench/sweep.mjs ${repeats}${withNormal ? ' --normal' : ''}\`. A ${STEPS}-step sweep of
assets/examples/switch-cpo-a.lightpath.json, \`--param oe-distance-mm --from 0 --to ${STEPS - 1}\`;
each step is a full evaluation as \`lightpath analyze\` does it (electrical analysis, thermal
solve with the named mesh preset and no coupling cases, serviceability, design rules;
engine/compare/evaluateDesign.ts), run through the built CLI's \`runCli\` in one process:
\`--jobs 1\` (this thread) against \`--jobs ${poolJobs}\` (worker threads, the bundle itself as
the worker; thread start-up included). Wall time, median of the runs; the pooled CSV is
checked equal to the single-thread CSV byte for byte in every run. CPU time is the process's
(all threads): equal work in both configurations shows the pool adds little overhead.

| thermal preset | runs | 1 thread, s | per step, ms | ${poolJobs} threads, s | speed-up | CPU s, 1 thread / pool |
|---|---|---|---|---|---|---|
${table}

Load average at the end: ${os.loadavg()[0].toFixed(2)}. Other work on the machine (other test
runs) takes cores from both configurations, and more from the pool, which needs every core.
The speed-up is bounded by the ${os.availableParallelism()} cores; steps are independent, so the
pool hands them out one at a time to the first free thread (renderer/src/engine/sweep/sweepPool.ts).
`,
);
