#!/usr/bin/env node
/**
 * Coupled pipeline benchmark: `node --expose-gc tests/bench/pipeline.mjs [runs]`. Loads
 * pipelineBench.ts through Vite's module runner, prints per-stage times, thermal solves and
 * rounds per revision for every shipped example and the stress design, and writes the
 * "Coupled pipeline" section of docs/BENCHMARKS.md.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { machineLine, writeSection } from './benchmarksDoc.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

export async function runPipeline(runs = 3) {
  const machine = machineLine();
  const { module } = await runnerImport(`${root}tests/bench/pipelineBench.ts`, {
    configFile: false,
    logLevel: 'error',
    root,
  });
  const figures = module.runPipelineBench(runs);
  const rows = figures.map((f) => {
    const m = (key) => median(f.runs.map((r) => r[key]));
    const totals = f.runs.map((r) => r.totalMs);
    return `| ${f.file.replace('.lightpath.json', '')} | ${f.components} | ${f.preset} | ${fmt(m('electricalMs'))} | ${fmt(m('coupledMs'))} | ${fmt(m('findingsMs'))} | ${fmt(m('totalMs'))} | ${fmt(Math.min(...totals))}–${fmt(Math.max(...totals))} | ${f.thermalSolves} | ${f.rounds} | ${f.converged ? 'yes' : 'no'} (${f.finalChangeW.toExponential(1)} W) |`;
  });
  const body = [
    `Machine: ${machine}. Date: ${new Date().toISOString().slice(0, 10)}.`,
    '',
    `Script: tests/bench/pipeline.mjs + pipelineBench.ts. One analysis per revision (engine/pipeline/designJob.ts) as the studio's worker runs it: thermal preset "auto", couplings when the design has them, no previous result (a first analysis; edits reuse routes). One untimed warm-up run, then ${runs} timed runs per design, medians shown. Electrical = start → routes, channel and link power posted; coupled = every power ⇄ thermal round (thermal solves and power evaluations) up to the coupled result; findings = serviceability and the rules. Thermal solves are counted by the coupled job: one per round, none for findings.`,
    '',
    '| design | parts | mesh | electrical ms | coupled ms | findings ms | total ms | total range ms | thermal solves | rounds | converged (last change) |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
  ].join('\n');
  console.log(body);
  writeSection('Coupled pipeline', body);
}

const runs = Number(process.argv[2] ?? 3);
await runPipeline(Number.isFinite(runs) && runs > 0 ? runs : 3);
