#!/usr/bin/env node
/**
 * Thermal solver benchmark: `node --expose-gc tests/bench/thermal.mjs [repeats]`
 * (--expose-gc lets the scaling study collect garbage between sizes; optional).
 * Loads thermalBench.ts through Vite's module runner (TypeScript and the bundled part
 * library resolve as in the app), prints the tables and a JSON line, and writes the
 * "Thermal solver" section of docs/BENCHMARKS.md (not with --no-write).
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { machineLine, writeSection } from './benchmarksDoc.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

export async function runThermal(repeats = 5) {
  const { module } = await runnerImport(`${here}thermalBench.ts`);
  let peakRss = process.memoryUsage.rss();
  let peakBuffers = 0;
  const host = {
    now: () => performance.now(),
    cpuMs: () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    },
    onStep: () => {
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      peakBuffers = Math.max(peakBuffers, process.memoryUsage().arrayBuffers);
    },
    rssMb: () => Math.round(peakRss / 2 ** 20),
    resetPeak: () => {
      globalThis.gc?.();
      peakBuffers = process.memoryUsage().arrayBuffers;
    },
    arrayBuffersPeakMb: () => Math.round(peakBuffers / 2 ** 20),
  };
  // Scaling first, from a fresh process, so its memory column is not inflated by the rest.
  const scaling = module.runThermalScaling(repeats, host);
  const rows = module.runThermalBench(repeats, host);
  const examples = module.runThermalExamples(host);
  return {
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
    loadAverage: os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' '),
    peakRssMb: Math.round(peakRss / 2 ** 20),
    rows,
    scaling,
    examples,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const repeats = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 5);
  const machine = machineLine();
  const out = await runThermal(repeats);
  console.log(`thermal bench — ${out.machine}, load average ${out.loadAverage}`);
  console.table(
    out.rows.map((r) => ({
      preset: r.preset,
      couplings: r.couplings,
      grid: r.grid,
      cells: r.cells,
      solid: r.solidCells,
      'CG it (main)': r.iterations,
      'CG it (all)': r.totalIterations,
      'setup ms': Math.round(r.setupMs),
      'median ms': Math.round(r.medianMs),
      'min ms': Math.round(r.minMs),
      'median CPU ms': Math.round(r.medianCpuMs),
      'max °C': r.maxC.toFixed(2),
      balance: r.energyBalanceError.toExponential(1),
    })),
  );
  console.log('in-plane scaling (uniform x/y grid, normal z lines, main solve only):');
  console.table(
    out.scaling.map((r) => ({
      'in-plane': `${r.inPlaneCells}²`,
      grid: r.grid,
      cells: r.cells,
      solid: r.solidCells,
      'CG it': r.iterations,
      'median ms': Math.round(r.medianMs),
      'median CPU ms': Math.round(r.medianCpuMs),
      'peak RSS so far MB': r.rssMb,
      'typed arrays MB': r.arrayBuffersMb,
    })),
  );
  console.log('shipped examples (main solve, one run each):');
  console.table(
    out.examples.map((r) => ({
      example: r.file,
      preset: r.preset,
      cells: r.cells,
      'CG it': r.iterations,
      'wall ms': Math.round(r.wallMs),
      'max °C': r.maxC.toFixed(2),
    })),
  );
  console.log(`peak RSS ${out.peakRssMb} MB (sampled after every solver step)`);
  console.log(JSON.stringify(out));
  if (!process.argv.includes('--no-write')) writeSection('Thermal solver', sectionOf(out, machine));
}

/** The markdown of the "Thermal solver" section. */
function sectionOf(out, machine) {
  const ms = (v) => Math.round(v).toLocaleString('en');
  const rows = out.rows.map(
    (r) =>
      `| ${r.preset} | ${r.couplings ? 'yes' : 'no'} | ${r.grid} | ${r.cells.toLocaleString('en')} | ${r.iterations} / ${r.totalIterations} | ${ms(r.setupMs)} | ${ms(r.medianMs)} | ${ms(r.minMs)} | ${ms(r.medianCpuMs)} | ${r.maxC.toFixed(2)} | ${r.energyBalanceError.toExponential(1)} |`,
  );
  const scaling = out.scaling.map(
    (r) =>
      `| ${r.inPlaneCells}² | ${r.grid} | ${r.cells.toLocaleString('en')} | ${r.iterations} | ${ms(r.medianMs)} | ${ms(r.medianCpuMs)} | ${r.arrayBuffersMb} |`,
  );
  return `Measured by \`node --expose-gc tests/bench/thermal.mjs ${process.argv[2] ?? 5}\`: the 51.2T switch with 16 co-packaged 1.6T optical engines on a substrate on a PCB under a cold plate (tests/unit/engine/thermal/switchDesign.ts), solved by the engine's finite-volume model (MG-preconditioned CG, docs/MODELS.md "Thermal") in Node, with each mesh preset; with couplings, one extra solve per xPU for the xPU → optics coupling. Times are medians of the runs (wall and process CPU); CG iterations of the main solve / of all solves.

Machine: ${machine}.

| preset | couplings | grid | cells | CG it. (main / all) | setup ms | median ms | min ms | median CPU ms | max °C | energy balance |
|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Scaling (uniform in-plane grid, normal z lines, main solve only): how the CG iterations and the time grow with the cells.

| in-plane | grid | cells | CG it. | median ms | median CPU ms | typed arrays MB |
|---|---|---|---|---|---|---|
${scaling.join('\n')}

The shipped examples (assets/examples), main solve only, one run each (wall ms includes the mesh and operator build): CG iterations at every preset (issue 14: at most 25).

| example | coarse it. | coarse ms | normal it. | normal ms | fine it. | fine ms | fine cells |
|---|---:|---:|---:|---:|---:|---:|---:|
${examplesTable(out.examples)}

Peak RSS of the run: ${out.peakRssMb} MB.
`;
}

/** One row per example: iterations and wall time at each preset. */
function examplesTable(examples) {
  const byFile = new Map();
  for (const r of examples) byFile.set(r.file, { ...byFile.get(r.file), [r.preset]: r });
  return [...byFile]
    .map(([file, p]) => {
      const cell = (r) => `${r.iterations} | ${Math.round(r.wallMs).toLocaleString('en')}`;
      return `| ${file.replace('.lightpath.json', '')} | ${cell(p.coarse)} | ${cell(p.normal)} | ${cell(p.fine)} | ${p.fine.cells.toLocaleString('en')} |`;
    })
    .join('\n');
}
