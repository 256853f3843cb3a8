/**
 * Thermal benchmark body (loaded by thermal.mjs through Vite's module runner): the 51.2T
 * switch with 16 co-packaged 1.6T optical engines on a substrate on a PCB under a cold
 * plate (tests/unit/engine/thermal/switchDesign.ts), solved with each mesh preset.
 * Reports cells, CG iterations and wall time; timings are measurements, never assertions.
 */
import { readdirSync } from 'node:fs';
import { ThermalAnalysis } from '../../renderer/src/engine/thermal/analyzeThermal';
import type { MeshPreset } from '../../renderer/src/engine/thermal/types';
import { defaultPartLibrary } from '../../renderer/src/model/partLibrary';
import { loadExample } from '../unit/engine/compare/examples';
import { switchDesign } from '../unit/engine/thermal/switchDesign';

/** One measured configuration. */
export interface ThermalBenchRow {
  preset: MeshPreset['name'];
  couplings: boolean;
  grid: string;
  cells: number;
  solidCells: number;
  iterations: number;
  totalIterations: number;
  setupMs: number;
  medianMs: number;
  minMs: number;
  /** Median process CPU time of a run, ms (less sensitive than wall time to other load). */
  medianCpuMs: number;
  maxC: number;
  energyBalanceError: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Clocks and a hook supplied by the Node runner (this module stays free of Node APIs). */
export interface BenchHost {
  now(): number;
  cpuMs(): number;
  /** Called after every solver step, e.g. to sample memory. */
  onStep(): void;
}

/** Runs each preset `repeats` times (fine: at most 3), with and without the coupling cases. */
export function runThermalBench(repeats: number, host: BenchHost): ThermalBenchRow[] {
  const { now } = host;
  const rows: ThermalBenchRow[] = [];
  const library = defaultPartLibrary();
  const design = switchDesign({ coldPlateOverEngines: true });
  for (const preset of ['coarse', 'normal', 'fine'] as const) {
    for (const couplings of [false, true]) {
      const times: number[] = [];
      const cpuTimes: number[] = [];
      const setups: number[] = [];
      let last: ThermalAnalysis | undefined;
      const runs = preset === 'fine' ? Math.min(repeats, 3) : repeats;
      for (let r = 0; r < runs; r++) {
        const t0 = now();
        const c0 = host.cpuMs();
        const a = new ThermalAnalysis(design, library, { preset, couplings });
        let setupMs = 0;
        for (let s = 0; !a.solved && !a.failed; s++) {
          a.step();
          host.onStep();
          if (s === 2) setupMs = now() - t0;
        }
        if (!a.result) throw new Error(a.error);
        times.push(now() - t0);
        cpuTimes.push(host.cpuMs() - c0);
        setups.push(setupMs);
        last = a;
      }
      const result = last!.result!;
      rows.push({
        preset,
        couplings,
        grid: `${result.grid.nx}×${result.grid.ny}×${result.grid.nz}`,
        cells: result.grid.cells,
        solidCells: result.grid.solidCells,
        iterations: result.iterations,
        totalIterations: last!.solver.totalIterations,
        setupMs: median(setups),
        medianMs: median(times),
        minMs: Math.min(...times),
        medianCpuMs: median(cpuTimes),
        maxC: result.maxC,
        energyBalanceError: result.energyBalance.relativeError,
      });
    }
  }
  return rows;
}

/** One in-plane grid size of the scaling study. */
export interface ThermalScalingRow {
  inPlaneCells: number;
  grid: string;
  cells: number;
  solidCells: number;
  iterations: number;
  medianMs: number;
  medianCpuMs: number;
  /** Resident set size after this size's runs (the process peak so far), MB. */
  rssMb: number;
  /** Peak typed-array memory during the first run of this size (collected before it), MB. */
  arrayBuffersMb: number;
}

/** What the scaling study needs from the runner besides clocks. */
export interface ScalingHost extends BenchHost {
  rssMb(): number;
  /** Collects garbage where the runtime allows and restarts the typed-array peak. */
  resetPeak(): void;
  /** Peak typed-array memory since the last reset, MB. */
  arrayBuffersPeakMb(): number;
}

/**
 * Scaling study: the same design on uniform in-plane grids of 64² … 512² cells with the
 * normal preset's z lines, main solve only; sizes run smallest first.
 */
export function runThermalScaling(repeats: number, host: ScalingHost): ThermalScalingRow[] {
  const library = defaultPartLibrary();
  const design = switchDesign({ coldPlateOverEngines: true });
  return [64, 128, 256, 512].map((inPlaneCells) => {
    host.resetPeak();
    let arrayBuffersMb = 0;
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let last: ThermalAnalysis | undefined;
    for (let r = 0; r < (inPlaneCells >= 512 ? 1 : repeats); r++) {
      const t0 = host.now();
      const c0 = host.cpuMs();
      const a = new ThermalAnalysis(design, library, {
        preset: 'normal',
        couplings: false,
        inPlaneCells,
      });
      while (!a.solved && !a.failed) {
        a.step();
        host.onStep();
      }
      if (!a.result) throw new Error(a.error);
      times.push(host.now() - t0);
      cpuTimes.push(host.cpuMs() - c0);
      if (r === 0) arrayBuffersMb = host.arrayBuffersPeakMb();
      last = a;
    }
    const result = last!.result!;
    return {
      inPlaneCells,
      grid: `${result.grid.nx}×${result.grid.ny}×${result.grid.nz}`,
      cells: result.grid.cells,
      solidCells: result.grid.solidCells,
      iterations: result.iterations,
      medianMs: median(times),
      medianCpuMs: median(cpuTimes),
      rssMb: host.rssMb(),
      arrayBuffersMb,
    };
  });
}

/** One shipped example at one preset. */
export interface ThermalExampleRow {
  file: string;
  preset: MeshPreset['name'];
  cells: number;
  iterations: number;
  wallMs: number;
  maxC: number;
}

/**
 * Every shipped example (assets/examples) at every preset, main solve only, one run each
 * (issue 14 item 1: iterations at every preset): CG iterations, cells and wall time.
 */
export function runThermalExamples(host: BenchHost): ThermalExampleRow[] {
  const library = defaultPartLibrary();
  const files = readdirSync('assets/examples')
    .filter((f) => f.endsWith('.lightpath.json'))
    .sort();
  const rows: ThermalExampleRow[] = [];
  for (const file of files) {
    const doc = loadExample(file.replace('.lightpath.json', ''));
    for (const preset of ['coarse', 'normal', 'fine'] as const) {
      const t0 = host.now();
      const a = new ThermalAnalysis(doc, library, { preset, couplings: false });
      while (!a.solved && !a.failed) {
        a.step();
        host.onStep();
      }
      if (!a.result) throw new Error(`${file} ${preset}: ${a.error}`);
      rows.push({
        file,
        preset,
        cells: a.result.grid.cells,
        iterations: a.result.iterations,
        wallMs: host.now() - t0,
        maxC: a.result.maxC,
      });
    }
  }
  return rows;
}
