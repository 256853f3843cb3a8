#!/usr/bin/env node
/**
 * Report export benchmark: `node tests/bench/report.mjs [repeats]`. Builds the CLI bundle
 * into .test-output/bench-report, then times `lightpath report` on the CPO Type A example
 * end to end (a fresh Node process each run: start-up, load, electrical + thermal (normal
 * mesh, with couplings) + serviceability + rules, HTML, and for --pdf a Chromium launch and
 * print). Writes the "Report export" section of docs/BENCHMARKS.md. Target: under 5 s.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineLine, writeSection } from './benchmarksDoc.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(root, '.test-output', 'bench-report');
const example = join(root, 'assets/examples/switch-cpo-a.lightpath.json');
const TARGET_S = 5;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function timeRun(args) {
  const start = performance.now();
  const run = spawnSync(process.execPath, [join(out, 'run.mjs'), 'report', example, ...args], {
    encoding: 'utf8',
  });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`lightpath report failed (${run.status}): ${run.stderr}`);
  const cpu = JSON.parse(run.stderr.trim().split('\n').at(-1));
  return { seconds, cpuS: (cpu.user + cpu.system) / 1e6, childCpuS: cpu.children };
}

const repeats = Number(process.argv[2] ?? 5);
mkdirSync(out, { recursive: true });
execFileSync(
  'npx',
  [
    'vite',
    'build',
    '--config',
    'vite.cli.config.ts',
    '--outDir',
    join(out, 'cli'),
    '--logLevel',
    'error',
  ],
  { cwd: root },
);
writeFileSync(
  join(out, 'run.mjs'),
  "import { runCli, nodeIo } from './cli/lightpath.mjs';\nprocess.exitCode = await runCli(process.argv.slice(2), nodeIo());\nconst stat = (await import('node:fs')).readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');\nconst children = (Number(stat[13]) + Number(stat[14])) / 100;\nprocess.stderr.write(`\\n${JSON.stringify({ ...process.cpuUsage(), children })}\\n`);\n",
);
const machine = machineLine();
const loadAtStart = os.loadavg()[0].toFixed(1);
const html = join(out, 'cpo-a.html');
const pdf = join(out, 'cpo-a.pdf');
const cases = [
  { name: 'HTML, thermal on the coarse mesh', args: ['--out', html, '--thermal', 'coarse'] },
  { name: 'HTML (normal mesh, default)', args: ['--out', html] },
  { name: 'HTML + PDF (normal mesh, default)', args: ['--out', html, '--pdf', pdf] },
];
timeRun(cases[0].args);
const rows = cases.map((c) => {
  const runs = Array.from({ length: repeats }, () => timeRun(c.args));
  const times = runs.map((r) => r.seconds);
  const cpu = median(runs.map((r) => r.cpuS));
  const childCpu = median(runs.map((r) => r.childCpuS));
  return {
    ...c,
    cpu,
    childCpu,
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
  };
});
const sizes = { html: statSync(html).size, pdf: statSync(pdf).size };
const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1];
for (const r of rows)
  console.log(
    `${r.name}: median ${r.median.toFixed(2)} s (min ${r.min.toFixed(2)}, max ${r.max.toFixed(2)})`,
  );

const table = rows
  .map(
    (r) =>
      `| ${r.name} | ${r.median.toFixed(2)} | ${r.min.toFixed(2)} | ${r.max.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.childCpu.toFixed(2)} |`,
  )
  .join('\n');
const worst = rows.at(-1);
writeSection(
  'Report export',
  `\`node tests/bench/report.mjs ${repeats}\`: \`lightpath report assets/examples/switch-cpo-a.lightpath.json\`, each run a fresh Node process timed end to end (start-up, load, electrical, thermal with xPU couplings, serviceability, rules, HTML; with \`--pdf\` also launching the system Chromium and printing). ${repeats} runs per row after one warm-up run (disk cache).

Machine: ${machine}.

| run | median s | min s | max s | CLI CPU s | Chromium CPU s |
| --- | ---: | ---: | ---: | ---: | ---: |
${table}

Output: HTML ${(sizes.html / 1024).toFixed(0)} KiB, PDF ${(sizes.pdf / 1024).toFixed(0)} KiB, ${pages} A4 pages. Target: HTML and PDF under ${TARGET_S} s — in wall time ${worst.median < TARGET_S ? `met (median ${worst.median.toFixed(2)} s)` : `not met on this run (median ${worst.median.toFixed(2)} s at load ${loadAtStart})`}; the CPU it costs, ${(worst.cpu + worst.childCpu).toFixed(2)} s, is ${worst.cpu + worst.childCpu < TARGET_S ? 'under' : 'over'} the target. The thermal solve on the normal mesh with couplings is most of the time (compare the first two rows); Chromium start-up and printing add the difference between the last two. CPU columns are medians of user + system time: the CLI's Node process, and the Chromium processes it started (its reaped children, /proc/self/stat cutime + cstime: a lower bound, as helpers Chromium does not reap itself are not counted). Wall times far above their sum mean the machine was busy with other work (see the load average); the sum is what the export costs on an idle machine with one core.`,
);
