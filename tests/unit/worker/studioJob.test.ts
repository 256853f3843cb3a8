import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ThermalAnalysis } from '../../../renderer/src/engine/thermal/analyzeThermal';
import { analyzeElectrical } from '../../../renderer/src/engine/analyze';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import type { Design } from '../../../renderer/src/model/schema';
import { createAnalysisHandler } from '../../../renderer/src/worker/analysisHandler';
import { mergeParts } from '../../../renderer/src/worker/analysisClient';
import type { AnalysisResponse } from '../../../renderer/src/worker/protocol';
import { createStudioJobs, type StudioAnalysis } from '../../../renderer/src/worker/studioJob';
import { toStudioAnalysis } from '../../../renderer/src/worker/studioResult';
import { thermalView } from '../../../renderer/src/worker/thermalView';
import { analyzeCoupled } from '../../../renderer/src/engine/coupled/coupledJob';

const library = defaultPartLibrary();
const example = (name: string) =>
  JSON.parse(
    readFileSync(
      new URL(`../../../assets/examples/${name}.lightpath.json`, import.meta.url),
      'utf8',
    ),
  ) as Design;

function workerInNode(thermalPreset: 'coarse' | null = null, sliceMs = 8) {
  const posted: AnalysisResponse<StudioAnalysis>[] = [];
  const tasks: (() => void)[] = [];
  const handler = createAnalysisHandler<StudioAnalysis>({
    startJob: createStudioJobs({ thermalPreset }),
    post: (m) => posted.push(m),
    schedule: (t) => tasks.push(t),
    now: () => performance.now(),
    sliceMs,
  });
  handler.receive({ type: 'library', parts: [...library.values()] });
  return {
    handler,
    posted,
    tasks,
    runOne: () => tasks.shift()?.(),
    drain: () => {
      while (tasks.length) tasks.shift()?.();
    },
  };
}

/**
 * A revision's parts merged as the client merges them: how the stages split over result
 * messages depends on how many fit in one time slice, which depends on the machine.
 */
function mergedResult(posted: AnalysisResponse<StudioAnalysis>[], revision: number) {
  const parts = posted.flatMap((m) =>
    m.type === 'result' && m.revision === revision ? [m.result] : [],
  );
  if (parts.length === 0) throw new Error(`no result for revision ${revision}`);
  return parts.reduce<StudioAnalysis>((held, part) => mergeParts(held, part), {});
}

/** The keys the electrical stage owns (what toStudioAnalysis returns). */
function electricalParts(result: StudioAnalysis): StudioAnalysis {
  const { electrical, traces } = result;
  return { electrical, traces } as StudioAnalysis;
}

describe('studio job in the worker handler', () => {
  it.each([0, 60_000])(
    'gives the same electrical result as the engine (slice %d ms)',
    (sliceMs) => {
      const w = workerInNode(null, sliceMs);
      const doc = example('switch-npo');
      w.handler.receive({ type: 'analyze', revision: 1, doc });
      w.drain();
      const merged = mergedResult(w.posted, 1);
      expect(merged.electrical?.links.ids).toHaveLength(64);
      expect(electricalParts(merged)).toEqual(toStudioAnalysis(analyzeElectrical(doc, library)));
    },
  );

  it.each([0, 60_000])('reuses the previous revision after a move (slice %d ms)', (sliceMs) => {
    const w = workerInNode(null, sliceMs);
    const doc = example('switch-cpo-a');
    w.handler.receive({ type: 'analyze', revision: 1, doc });
    w.drain();
    const moved = structuredClone(doc);
    const engine = moved.components.find((c) => c.id === 'oe-eth20')!;
    engine.positionMm.x += 3;
    w.handler.receive({ type: 'analyze', revision: 2, doc: moved });
    w.drain();
    const second = mergedResult(w.posted, 2);
    expect(electricalParts(second)).toEqual(toStudioAnalysis(analyzeElectrical(moved, library)));
  });

  it('abandons the stress design when a newer revision arrives after its first slice', () => {
    const w = workerInNode();
    w.handler.receive({ type: 'analyze', revision: 1, doc: example('stress-2000') });
    w.runOne();
    expect(w.handler.runningRevision).toBe(1);
    w.handler.receive({ type: 'analyze', revision: 2, doc: example('switch-lpo') });
    w.drain();
    const results = w.posted.filter((m) => m.type === 'result');
    expect(new Set(results.map((m) => m.revision))).toEqual(new Set([2]));
    const progress1 = w.posted.filter((m) => m.type === 'progress' && m.revision === 1);
    expect(progress1.every((m) => m.type === 'progress' && m.fraction < 1)).toBe(true);
  });

  it('posts the stages in order: electrical, each thermal round, then power and findings', () => {
    const w = workerInNode('coarse');
    const doc = example('switch-npo');
    w.handler.receive({ type: 'analyze', revision: 3, doc });
    w.drain();
    const results = w.posted.flatMap((m) => (m.type === 'result' ? [m] : []));
    expect(results.every((m) => m.revision === 3)).toBe(true);
    expect(results[0]!.isComplete).toBe(false);
    expect(Object.keys(results[0]!.result).sort()).toEqual(['electrical', 'traces']);
    const last = results.at(-1)!;
    expect(last.isComplete).toBe(true);
    // Power and findings may come in separate messages (slice timing): read the merged parts.
    const merged = mergedResult(w.posted, 3);
    expect(merged.findings?.service.score).toBeGreaterThan(0);
    const power = merged.power!;
    expect(power.converged).toBe(true);
    // One thermal part per power ⇄ thermal round, the last the fixed point's solve.
    const thermals = results.filter((m) => m.result.thermal !== undefined);
    expect(thermals).toHaveLength(power.thermalSolves);
    const coupled = analyzeCoupled(doc, library, {
      thermal: { preset: 'coarse', couplings: true },
    });
    expect(power.thermalSolves).toBe(coupled.thermalSolves);
    expect(power.totalW).toBe(coupled.power.totalW);
    const expected = thermalView(coupled.thermal!);
    expect(thermals.at(-1)!.result.thermal).toEqual(expected);
    expect(expected.tightestOptical?.id).toMatch(/^(oe-|els-)/);
    expect(expected.energyBalanceError).toBeLessThan(1e-3);
    const fractions = w.posted.flatMap((m) => (m.type === 'progress' ? [m.fraction] : []));
    expect(fractions.at(-1)).toBe(1);
    fractions.slice(1).forEach((f, i) => expect(f).toBeGreaterThan(fractions[i]!));
  });

  it('solves thermal once per coupled round of a revision, findings included: no second pipeline', () => {
    const proto = ThermalAnalysis.prototype as unknown as { buildResult: () => unknown };
    const solves = vi.spyOn(proto, 'buildResult');
    try {
      const w = workerInNode('coarse');
      w.handler.receive({ type: 'analyze', revision: 7, doc: example('switch-cpo-b') });
      w.drain();
      // The power and findings stages may arrive in separate messages (slice timing):
      // merge the revision's parts as the client does.
      const merged = mergedResult(w.posted, 7);
      expect(merged.findings).toBeDefined();
      expect(merged.power!.thermalSolves).toBeGreaterThanOrEqual(1);
      expect(solves).toHaveBeenCalledTimes(merged.power!.thermalSolves);
    } finally {
      solves.mockRestore();
    }
  });
});
