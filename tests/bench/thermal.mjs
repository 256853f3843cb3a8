#!/usr/bin/env node
/**
 * Thermal solver benchmark: `node --expose-gc tests/bench/thermal.mjs [repeats]`
 * (--expose-gc lets the scaling study collect garbage between sizes; optional).
 * Loads thermalBench.ts through Vite's module runner (TypeScript and the bundled part
 * library resolve as in the app), prints one table and a JSON line for the bench runner.
 * Exported `runThermal()` lets tests/bench/run.mjs call it and collect the rows.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

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
  return {
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
    loadAverage: os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' '),
    peakRssMb: Math.round(peakRss / 2 ** 20),
    rows,
    scaling,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await runThermal(Number(process.argv[2] ?? 5));
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
  console.log(`peak RSS ${out.peakRssMb} MB (sampled after every solver step)`);
  console.log(JSON.stringify(out));
}
