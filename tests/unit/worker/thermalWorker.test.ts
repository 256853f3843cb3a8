/**
 * The live thermal solve in the worker handler, on the real engine: slices with rising
 * progress, a solve for an older revision abandoned (never posted over a newer one),
 * cancel, the user's preset choice, and the heat-map slices that travel as transferables.
 * The heat is the coupled pipeline's (engine/pipeline): one thermal part per power ⇄ thermal
 * round, the last one the fixed point's, equal to analyzeCoupled run on the same revision.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeCoupled } from '../../../renderer/src/engine/coupled/coupledJob';
import type { ThermalResult } from '../../../renderer/src/engine/thermal/thermalResult';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import type { Design } from '../../../renderer/src/model/schema';
import { createAnalysisHandler } from '../../../renderer/src/worker/analysisHandler';
import type { AnalysisResponse } from '../../../renderer/src/worker/protocol';
import {
  createStudioJobs,
  type StudioAnalysis,
  type StudioJobOptions,
} from '../../../renderer/src/worker/studioJob';
import { transferablesOf } from '../../../renderer/src/worker/studioResult';
import { resolveThermalPreset } from '../../../renderer/src/worker/thermalPreset';

const library = defaultPartLibrary();

/** The final thermal solve of the coupled pipeline on `doc`. */
const coupledThermal = (
  doc: Design,
  preset: 'coarse' | 'normal',
  couplings = true,
): ThermalResult => analyzeCoupled(doc, library, { thermal: { preset, couplings } }).thermal!;
const example = (name: string) =>
  JSON.parse(
    readFileSync(
      new URL(`../../../assets/examples/${name}.lightpath.json`, import.meta.url),
      'utf8',
    ),
  ) as Design;

function workerInNode(options: StudioJobOptions) {
  const posted: AnalysisResponse<StudioAnalysis>[] = [];
  const tasks: (() => void)[] = [];
  const handler = createAnalysisHandler<StudioAnalysis>({
    startJob: createStudioJobs(options),
    configure: (request) => {
      options.thermalPreset = request.thermalPreset;
    },
    post: (m) => posted.push(m),
    schedule: (t) => tasks.push(t),
    now: () => performance.now(),
    sliceMs: 8,
  });
  handler.receive({ type: 'library', parts: [...library.values()] });
  return {
    handler,
    posted,
    runOne: () => tasks.shift()?.(),
    drain: () => {
      while (tasks.length) tasks.shift()?.();
    },
    /** Runs slices until the electrical part of the running revision has been posted. */
    runPastElectrical() {
      const before = posted.length;
      while (!posted.slice(before).some((m) => m.type === 'result')) tasks.shift()?.();
    },
    thermalResults: () =>
      posted.flatMap((m) => (m.type === 'result' && m.result.thermal !== undefined ? [m] : [])),
  };
}

describe('thermal solve in the worker', () => {
  it('runs in slices with progress that only rises, then posts the thermal part', () => {
    const w = workerInNode({ thermalPreset: 'coarse' });
    w.handler.receive({ type: 'analyze', revision: 1, doc: example('switch-cpo-a') });
    w.drain();
    const fractions = w.posted.flatMap((m) => (m.type === 'progress' ? [m.fraction] : []));
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    fractions.slice(1).forEach((f, i) => expect(f).toBeGreaterThan(fractions[i]!));
    // Progress inside the thermal part: several posts between the electrical and thermal results.
    const first = w.posted.findIndex((m) => m.type === 'result');
    const last = w.posted.map((m) => m.type).lastIndexOf('result');
    expect(w.posted.slice(first, last).filter((m) => m.type === 'progress').length).toBeGreaterThan(
      5,
    );
    const thermal = w.thermalResults().at(-1);
    expect(thermal?.result.thermal?.preset).toBe('coarse');
    const final = w.posted.at(-1);
    expect(final?.type === 'result' && final.isComplete).toBe(true);
    // The power stage may come in its own message before the findings (slice timing).
    const powers = w.posted.flatMap((m) => (m.type === 'result' && m.result.power ? [m] : []));
    expect(powers.at(-1)?.result.power?.converged).toBe(true);
  });

  it('abandons the thermal solve of an older revision: nothing of it is posted after the newer request', () => {
    const w = workerInNode({ thermalPreset: 'coarse' });
    const doc = example('switch-cpo-a');
    w.handler.receive({ type: 'analyze', revision: 1, doc });
    w.runPastElectrical();
    w.runOne();
    w.runOne();
    expect(w.handler.runningRevision).toBe(1);
    const moved = structuredClone(doc);
    moved.components.find((c) => c.id === 'oe-eth20')!.positionMm.x += 5;
    const cut = w.posted.length;
    w.handler.receive({ type: 'analyze', revision: 2, doc: moved });
    w.drain();
    expect(w.posted.slice(cut).every((m) => m.revision === 2)).toBe(true);
    expect(new Set(w.thermalResults().map((m) => m.revision))).toEqual(new Set([2]));
    const expected = coupledThermal(moved, 'coarse');
    expect(w.thermalResults().at(-1)!.result.thermal?.maxC).toBe(expected.maxC);
  });

  it('cancel stops the thermal solve: no thermal result and no more progress', () => {
    const w = workerInNode({ thermalPreset: 'coarse' });
    w.handler.receive({ type: 'analyze', revision: 4, doc: example('switch-npo') });
    w.runPastElectrical();
    w.runOne();
    w.handler.receive({ type: 'cancel', revision: 4 });
    const cut = w.posted.length;
    w.drain();
    expect(w.posted.length).toBe(cut);
    expect(w.thermalResults()).toEqual([]);
    expect(w.handler.runningRevision).toBeNull();
  });

  it('re-runs the held revision with the preset the user picks, and keeps it for later revisions', () => {
    const w = workerInNode({ thermalPreset: 'coarse' });
    const doc = example('switch-cpo-c');
    w.handler.receive({ type: 'analyze', revision: 1, doc });
    w.drain();
    w.handler.receive({ type: 'options', thermalPreset: 'normal' });
    w.drain();
    const runs = w.thermalResults().map((m) => `${m.revision} ${m.result.thermal?.preset}`);
    expect([...new Set(runs)]).toEqual(['1 coarse', '1 normal']);
    const normal = coupledThermal(doc, 'normal', false);
    const view = w.thermalResults().at(-1)!.result.thermal!;
    // The re-run starts from the coarse solve's field (warm start): the same answer to the
    // solver's tolerance, not to the last bit.
    expect(view.maxC).toBeCloseTo(normal.maxC, 6);
    expect(view.cells).toBe(normal.grid.cells);
  });

  it('auto picks normal for the examples and coarse for the stress design', () => {
    expect(resolveThermalPreset('auto', example('switch-npo'))).toBe('normal');
    expect(resolveThermalPreset('auto', example('stress-2000'))).toBe('coarse');
    expect(resolveThermalPreset('fine', example('stress-2000'))).toBe('fine');
  });

  it('sends per-component temperatures, hotspots, couplings and heat-map slices as transferables', () => {
    const w = workerInNode({ thermalPreset: 'coarse' });
    const doc = example('switch-cpo-a');
    w.handler.receive({ type: 'analyze', revision: 1, doc });
    w.drain();
    const view = w.thermalResults().at(-1)!.result.thermal!;
    const engine = coupledThermal(doc, 'coarse');
    expect(view.components.map((c) => c.id)).toEqual(engine.components.map((c) => c.id));
    const oe = view.components.find((c) => c.id === 'oe-eth20')!;
    const oeEngine = engine.components.find((c) => c.id === 'oe-eth20')!;
    expect([oe.maxC, oe.meanC, oe.limitC, oe.marginC]).toEqual([
      oeEngine.maxC,
      oeEngine.meanC,
      oeEngine.limitC,
      oeEngine.marginC,
    ]);
    expect(view.hotspots[0]!.c).toBe(engine.maxC);
    expect(view.couplings.length).toBe(engine.couplings.length);
    expect(view.strongestCoupling!.kPerW).toBe(Math.max(...engine.couplings.map((k) => k.kPerW)));
    expect(view.optical.some((o) => o.ringDriftNm !== null && o.ringDriftNm > 0)).toBe(true);
    expect(view.slices[0]!.label).toBe('top surface');
    for (const s of view.slices) {
      const temps = [...s.tempC].filter((t) => !Number.isNaN(t));
      expect(s.minC).toBe(Math.min(...temps));
      expect(s.maxC).toBe(Math.max(...temps));
      expect(s.xMm.length).toBe(s.nx + 1);
      expect(s.tempC.length).toBe(s.nx * s.ny);
    }
    // Cuts never exceed the field's maximum (stored as float32: within 1e-4 K).
    expect(Math.max(...view.slices.map((s) => s.maxC))).toBeLessThanOrEqual(engine.maxC + 1e-4);
    const buffers = transferablesOf({ thermal: view });
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(buffers).toContain(view.slices[1]!.tempC.buffer);
    // A real transfer moves the slices: the sender's arrays are detached afterwards.
    const { port1 } = new MessageChannel();
    port1.postMessage(view, buffers);
    port1.close();
    expect(view.slices[0]!.tempC.length).toBe(0);
  });

  it('a failed solve posts its error and no field: the last good field stays, of its revision', () => {
    const w = workerInNode({ thermalPreset: 'coarse' });
    const good = example('switch-npo-224g');
    w.handler.receive({ type: 'analyze', revision: 1, doc: good });
    w.drain();
    // Every face adiabatic and no heatsink: the power has nowhere to go, the solve fails.
    const sealed: Design = {
      ...good,
      cooling: {
        ...good.cooling,
        exposed: { topHtcWm2K: 0, bottomHtcWm2K: 0, sidesHtcWm2K: 0 },
        boundaries: [],
      },
    };
    w.handler.receive({ type: 'analyze', revision: 2, doc: sealed });
    w.drain();
    const second = w.posted.flatMap((m) => (m.type === 'result' && m.revision === 2 ? [m] : []));
    expect(second.some((m) => m.result.thermalError?.includes('no path to a heatsink'))).toBe(true);
    expect(second.some((m) => 'thermal' in m.result)).toBe(false);
    const lastThermal = w.thermalResults().at(-1)!;
    expect(lastThermal.revision).toBe(1);
    expect(lastThermal.result.thermal!.maxC).toBeGreaterThan(35);
  });
});
