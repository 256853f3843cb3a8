/**
 * Electrical analysis benchmark (issue 3): full routing + channel + power + latency of the
 * 2,000-component stress design, and the incremental update after moving one component.
 * Loaded by electrical.mjs through Vite's module runner; timings never live in tests.
 *
 * Method: the design is read from assets/examples/stress-2000.lightpath.json (or built with
 * tests/fixtures/generateStress.ts when the file is absent). After `warmup` untimed runs,
 * each of `runs` full analyses is timed with performance.now() and process CPU time, back to
 * back as the studio's worker runs them, so each run pays for the garbage collection it causes
 * (forcing a GC before each run was tried and is worse: its lazy sweeping lands in the timed
 * run). Incremental: from the analysed design, optical engine k (a different one each run)
 * moves 0.5 mm in x; the timed call is analyzeElectrical(moved, library, { previous }).
 * Memory: heap used and RSS sampled after every run (heap used includes garbage not yet
 * collected), and the heap one result retains (heap after a forced GC with the result alive,
 * minus before).
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyzeElectrical, type ElectricalResult } from '../../renderer/src/engine/analyze';
import { defaultPartLibrary } from '../../renderer/src/model/partLibrary';
import type { Design } from '../../renderer/src/model/schema';
import { buildStress } from '../fixtures/generateStress';

const STRESS_PATH = 'assets/examples/stress-2000.lightpath.json';

/** Figures of one benchmark run. */
export interface ElectricalBenchFigures {
  readonly source: string;
  readonly components: number;
  readonly links: number;
  readonly runs: number;
  readonly fullMs: number[];
  readonly incrementalMs: number[];
  /** Process CPU time (user + system, all threads incl. GC helpers) of each run, ms. */
  readonly fullCpuMs: number[];
  readonly incrementalCpuMs: number[];
  readonly peakHeapMb: number;
  readonly peakRssMb: number;
  readonly resultHeapMb: number;
  readonly summary: ElectricalResult['summary'];
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

function loadStress(): { doc: Design; source: string } {
  if (existsSync(STRESS_PATH))
    return { doc: JSON.parse(readFileSync(STRESS_PATH, 'utf8')) as Design, source: STRESS_PATH };
  return { doc: buildStress(), source: 'tests/fixtures/generateStress.ts (file absent)' };
}

function moveEngine(doc: Design, k: number): Design {
  const engines = doc.components.filter((c) => c.partId.startsWith('oe-'));
  const target = engines[k % engines.length];
  return {
    ...doc,
    components: doc.components.map((c) =>
      c === target ? { ...c, positionMm: { x: c.positionMm.x + 0.5, y: c.positionMm.y } } : c,
    ),
  };
}

/** Runs the benchmark. */
export function runElectricalBench(runs = 31, warmup = 20): ElectricalBenchFigures {
  const { doc, source } = loadStress();
  const library = defaultPartLibrary();
  let peakHeap = 0;
  let peakRss = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  for (let i = 0; i < warmup; i++) analyzeElectrical(doc, library);
  const fullMs: number[] = [];
  const fullCpuMs: number[] = [];
  let result: ElectricalResult | undefined;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = analyzeElectrical(doc, library);
    fullMs.push(performance.now() - t0);
    fullCpuMs.push(cpuMs(c0));
    sample();
  }
  gc();
  const before = process.memoryUsage().heapUsed;
  const base = analyzeElectrical(doc, library);
  gc();
  const resultHeap = process.memoryUsage().heapUsed - before;
  const moved = Array.from({ length: runs + warmup }, (_, k) => moveEngine(doc, k));
  for (let i = 0; i < warmup; i++)
    analyzeElectrical(moved[runs + i] as Design, library, { previous: base });
  const incrementalMs: number[] = [];
  const incrementalCpuMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    analyzeElectrical(moved[i] as Design, library, { previous: base });
    incrementalMs.push(performance.now() - t0);
    incrementalCpuMs.push(cpuMs(c0));
    sample();
  }
  return {
    source,
    components: doc.components.length,
    links: doc.links.length,
    runs,
    fullMs,
    incrementalMs,
    fullCpuMs,
    incrementalCpuMs,
    peakHeapMb: peakHeap / 2 ** 20,
    peakRssMb: peakRss / 2 ** 20,
    resultHeapMb: resultHeap / 2 ** 20,
    summary: (result ?? base).summary,
  };
}
