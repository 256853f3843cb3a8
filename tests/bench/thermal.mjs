#!/usr/bin/env node
/**
 * Thermal solver benchmark: `node tests/bench/thermal.mjs [repeats]`.
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
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  try {
    const rows = module.runThermalBench(repeats);
    return {
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
      peakRssMb: Math.round(peakRss / 2 ** 20),
      rows,
    };
  } finally {
    clearInterval(sampler);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await runThermal(Number(process.argv[2] ?? 5));
  console.log(`thermal bench — ${out.machine}`);
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
      'max °C': r.maxC.toFixed(2),
      balance: r.energyBalanceError.toExponential(1),
    })),
  );
  console.log(`peak RSS ${out.peakRssMb} MB (sampled every 20 ms)`);
  console.log(JSON.stringify(out));
}
