import { describe, expect, it } from 'vitest';
import { createHarness, fanOutDesign } from './harness';
import { createAnalysisHandler } from '../../../renderer/src/worker/analysisHandler';
import type { AnalysisResponse } from '../../../renderer/src/worker/protocol';

describe('analysis handler', () => {
  it('solves in several slices and posts the result tagged with its revision', () => {
    const h = createHarness(3, 8);
    h.handler.receive({ type: 'analyze', revision: 7, doc: fanOutDesign(10) });
    h.drain();
    // 3 ms per step, 8 ms slices: 3 steps per slice, so 10 links take 4 slices.
    expect(h.posted.filter((m) => m.type === 'progress').length).toBe(5);
    const results = h.results();
    expect(results).toHaveLength(1);
    const result = results[0]!;
    expect(result.revision).toBe(7);
    if (result.type !== 'result') throw new Error('unreachable');
    // Link i runs from (0,0) to (10(i+1), 5): span 10(i+1) + 5 mm.
    expect(result.result.map((s) => s.spanMm)).toEqual([15, 25, 35, 45, 55, 65, 75, 85, 95, 105]);
    expect(result.solveMs).toBe(30);
  });

  it('posts progress at most once per progress interval, and always the start and the end', () => {
    // 3 ms per step, 8 ms slices (9 ms of work each), 20 ms between progress messages.
    const h = createHarness(3, 8, 20);
    h.handler.receive({ type: 'analyze', revision: 2, doc: fanOutDesign(30) });
    h.drain();
    const progress = h.posted.flatMap((m) => (m.type === 'progress' ? [m] : []));
    // Slices end at 9, 18, ..., 90 ms: posted at 0 (start), 27, 54, 81 and at the end.
    expect(progress.map((m) => m.fraction)).toEqual([0, 0.3, 0.6, 0.9, 1]);
    expect(h.results()).toHaveLength(1);
  });

  it('drops a request whose revision is older than one already seen', () => {
    const h = createHarness();
    h.handler.receive({ type: 'analyze', revision: 5, doc: fanOutDesign(2) });
    h.handler.receive({ type: 'analyze', revision: 4, doc: fanOutDesign(3) });
    h.handler.receive({ type: 'analyze', revision: 5, doc: fanOutDesign(4) });
    h.drain();
    expect(h.jobs).toHaveLength(1);
    expect(h.results().map((m) => m.revision)).toEqual([5]);
    expect(h.posted.every((m) => m.revision === 5)).toBe(true);
  });

  it('abandons a running solve when a newer revision arrives between slices', () => {
    const h = createHarness(3, 8);
    h.handler.receive({ type: 'analyze', revision: 1, doc: fanOutDesign(30) });
    h.runOneSlice();
    expect(h.jobs[0]!.steps).toBe(3);
    h.handler.receive({ type: 'analyze', revision: 2, doc: fanOutDesign(4) });
    h.drain();
    expect(h.jobs[0]!.steps).toBe(3);
    expect(h.results().map((m) => m.revision)).toEqual([2]);
    const last = h.posted.filter((m) => m.revision === 1).at(-1);
    expect(last?.type).toBe('progress');
  });

  it('cancel stops the solve: no more steps and no result', () => {
    const h = createHarness(3, 8);
    h.handler.receive({ type: 'analyze', revision: 3, doc: fanOutDesign(30) });
    h.runOneSlice();
    h.runOneSlice();
    expect(h.handler.runningRevision).toBe(3);
    h.handler.receive({ type: 'cancel', revision: 3 });
    h.drain();
    expect(h.jobs[0]!.steps).toBe(6);
    expect(h.results()).toHaveLength(0);
    expect(h.handler.runningRevision).toBeNull();
  });

  it('cancel of an older revision leaves the newer solve running', () => {
    const h = createHarness();
    h.handler.receive({ type: 'analyze', revision: 3, doc: fanOutDesign(5) });
    h.handler.receive({ type: 'cancel', revision: 2 });
    h.drain();
    expect(h.results().map((m) => m.revision)).toEqual([3]);
  });

  it('posts progress that only rises, even when the job reports it falling', () => {
    const posted: AnalysisResponse<string>[] = [];
    const tasks: (() => void)[] = [];
    // Reported progress dips when a second stage starts, as a naive multi-stage solver's would.
    const reported = [0.3, 0.6, 0.2, 0.5, 0.9, 0.8];
    let i = 0;
    const handler = createAnalysisHandler<string>({
      startJob: () => ({
        step() {
          i += 1;
        },
        get isDone() {
          return i >= reported.length;
        },
        get progress() {
          return reported[i - 1] ?? 0;
        },
        get result() {
          return 'done';
        },
      }),
      post: (m) => posted.push(m),
      schedule: (t) => tasks.push(t),
      now: () => 0,
      sliceMs: 0,
    });
    handler.receive({ type: 'analyze', revision: 1, doc: fanOutDesign(1) });
    while (tasks.length > 0) tasks.shift()?.();
    const fractions = posted.flatMap((m) => (m.type === 'progress' ? [m.fraction] : []));
    expect(fractions).toEqual([0, 0.3, 0.6, 0.9, 1]);
    for (let k = 1; k < fractions.length; k++)
      expect(fractions[k]!).toBeGreaterThan(fractions[k - 1]!);
  });

  it('turns an engine exception into an error for that revision and keeps serving', () => {
    const h = createHarness();
    const broken = fanOutDesign(3);
    broken.links[1]!.to.componentId = 'ghost';
    h.handler.receive({ type: 'analyze', revision: 1, doc: broken });
    h.drain();
    expect(h.posted.at(-1)).toEqual({
      type: 'error',
      revision: 1,
      message: 'link l1 names a missing component',
    });
    h.handler.receive({ type: 'analyze', revision: 2, doc: fanOutDesign(2) });
    h.drain();
    expect(h.results().map((m) => m.revision)).toEqual([2]);
  });

  it('passes the library it was sent to the job', () => {
    const seen: number[] = [];
    const handler = createAnalysisHandler<number>({
      startJob: (_doc, library) => {
        seen.push(library.size);
        return { step() {}, isDone: true, progress: 1, result: library.size };
      },
      post: () => {},
      schedule: () => {},
      now: () => 0,
    });
    handler.receive({ type: 'analyze', revision: 1, doc: fanOutDesign(1) });
    handler.receive({ type: 'library', parts: [{ id: 'a' }, { id: 'b' }] as never });
    handler.receive({ type: 'analyze', revision: 2, doc: fanOutDesign(1) });
    expect(seen).toEqual([0, 2]);
  });

  it('throws on a fault request so the worker reports an uncaught error', () => {
    const h = createHarness();
    expect(() => h.handler.receive({ type: 'fault' })).toThrow('fault injected');
  });

  it('posts a part the job finished early before the rest, both tagged with the revision', () => {
    const posted: AnalysisResponse<string>[] = [];
    const tasks: (() => void)[] = [];
    let steps = 0;
    let update: string | undefined;
    const handler = createAnalysisHandler<string>({
      startJob: () => ({
        step() {
          steps += 1;
          if (steps === 2) update = 'electrical';
        },
        takeUpdate() {
          const u = update;
          update = undefined;
          return u;
        },
        get isDone() {
          return steps >= 4;
        },
        get progress() {
          return steps / 4;
        },
        get result() {
          return 'thermal';
        },
      }),
      post: (m) => posted.push(m),
      schedule: (t) => tasks.push(t),
      now: () => 0,
      sliceMs: 0,
    });
    handler.receive({ type: 'analyze', revision: 9, doc: fanOutDesign(1) });
    while (tasks.length > 0) tasks.shift()?.();
    const results = posted.flatMap((m) =>
      m.type === 'result' ? [[m.revision, m.result, m.isComplete]] : [],
    );
    expect(results).toEqual([
      [9, 'electrical', false],
      [9, 'thermal', true],
    ]);
  });
});
