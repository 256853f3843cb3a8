import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  createAnalysisClient,
  mergeParts,
  type WorkerLike,
} from '../../../renderer/src/worker/analysisClient';
import { createAnalysisHandler } from '../../../renderer/src/worker/analysisHandler';
import type { AnalysisRequest } from '../../../renderer/src/worker/protocol';
import {
  createAnalysisStore,
  isPartStale,
  isResultStale,
} from '../../../renderer/src/store/analysisStore';
import { fanOutDesign, linkSpanJob, type LinkSpan } from './harness';

/**
 * An in-process stand-in for the Worker: messages run through the real handler on a
 * manual event loop; an uncaught exception in it is reported through `onerror`, as a
 * browser does for a worker.
 */
function createFakeWorkers() {
  const loop: (() => void)[] = [];
  const workers: (WorkerLike & { isTerminated: boolean; received: string[] })[] = [];
  const clock = { ms: 0 };
  function createWorker(): WorkerLike {
    const handler = createAnalysisHandler<LinkSpan[]>({
      startJob: (doc) => linkSpanJob(doc, clock, 3),
      post: (data) => loop.push(() => !w.isTerminated && w.onmessage?.({ data } as MessageEvent)),
      schedule: (task) => loop.push(() => !w.isTerminated && task()),
      now: () => clock.ms,
    });
    const w = {
      isTerminated: false,
      received: [] as string[],
      onmessage: null,
      onerror: null,
      onmessageerror: null,
      postMessage(message: AnalysisRequest) {
        w.received.push(message.type);
        loop.push(() => {
          if (w.isTerminated) return;
          try {
            handler.receive(structuredClone(message));
          } catch {
            w.onerror?.(new Event('error') as ErrorEvent);
          }
        });
      },
      terminate() {
        w.isTerminated = true;
      },
    } as WorkerLike & { isTerminated: boolean; received: string[] };
    workers.push(w);
    return w;
  }
  return {
    workers,
    createWorker,
    runAll() {
      for (let guard = 0; loop.length > 0 && guard < 10_000; guard++) loop.shift()?.();
    },
  };
}

describe('analysis client', () => {
  it('shows only the newest revision when edits arrive faster than the solves', () => {
    const fake = createFakeWorkers();
    const store = createAnalysisStore<LinkSpan[]>();
    const client = createAnalysisClient(store, [], fake.createWorker);
    client.analyze(1, fanOutDesign(40));
    client.analyze(2, fanOutDesign(3));
    fake.runAll();
    const s = store.getState();
    expect(s.resultRevision).toBe(2);
    expect(s.result).toHaveLength(3);
    expect(s.progress).toBeNull();
    expect(isResultStale(s, 2)).toBe(false);
    expect(isResultStale(s, 3)).toBe(true);
  });

  it('drops a response for an older revision than the newest request', () => {
    const fake = createFakeWorkers();
    const store = createAnalysisStore<LinkSpan[]>();
    createAnalysisClient(store, [], fake.createWorker).analyze(5, fanOutDesign(2));
    fake.runAll();
    fake.workers[0]!.onmessage?.({
      data: { type: 'result', revision: 4, result: [], solveMs: 0 },
    } as MessageEvent);
    const s = store.getState();
    expect(s.resultRevision).toBe(5);
    expect(s.result).toHaveLength(2);
    expect(s.droppedStale).toBe(1);
  });

  it('restarts a crashed worker and re-runs the newest revision', () => {
    const fake = createFakeWorkers();
    const store = createAnalysisStore<LinkSpan[]>();
    const client = createAnalysisClient(store, [], fake.createWorker);
    client.analyze(1, fanOutDesign(2));
    fake.runAll();
    client.analyze(2, fanOutDesign(6));
    client.injectFault();
    fake.runAll();
    expect(fake.workers).toHaveLength(2);
    expect(fake.workers[0]!.isTerminated).toBe(true);
    const s = store.getState();
    expect(s.restarts).toBe(1);
    // The new worker holds no document: the newest revision goes whole.
    expect(fake.workers[1]!.received).toEqual(['library', 'analyze']);
    expect(s.resultRevision).toBe(2);
    expect(s.result).toHaveLength(6);
  });

  it('cancel stops the running solve and leaves the older result in place', () => {
    const fake = createFakeWorkers();
    const store = createAnalysisStore<LinkSpan[]>();
    const client = createAnalysisClient(store, [], fake.createWorker);
    client.analyze(1, fanOutDesign(2));
    fake.runAll();
    client.analyze(2, fanOutDesign(50));
    client.cancel();
    fake.runAll();
    const s = store.getState();
    expect(s.resultRevision).toBe(1);
    expect(s.progress).toBeNull();
    expect(isResultStale(s, 2)).toBe(true);
  });

  it('reports an engine error for the newest revision', () => {
    const fake = createFakeWorkers();
    const store = createAnalysisStore<LinkSpan[]>();
    const broken = fanOutDesign(2);
    broken.links[0]!.from.componentId = 'nowhere';
    createAnalysisClient(store, [], fake.createWorker).analyze(1, broken);
    fake.runAll();
    expect(store.getState().error).toEqual({
      revision: 1,
      message: 'link l0 names a missing component',
    });
  });

  it('sends a revision as changes to the one the worker holds', () => {
    const fake = createFakeWorkers();
    const store = createAnalysisStore<LinkSpan[]>();
    const client = createAnalysisClient(store, [], fake.createWorker);
    const doc = fanOutDesign(4);
    client.analyze(1, doc);
    fake.runAll();
    client.analyze(
      2,
      produce(doc, (d) => {
        d.components[4]!.positionMm.x = 0;
      }),
    );
    fake.runAll();
    expect(fake.workers[0]!.received).toEqual(['library', 'analyze', 'analyze-changes']);
    // oe3 moved to (0, 5): link l3 now spans 5 mm.
    expect(store.getState().result?.map((r) => r.spanMm)).toEqual([15, 25, 35, 5]);
    expect(store.getState().resultRevision).toBe(2);
  });

  it('answers a resync request with the whole newest document', () => {
    const fake = createFakeWorkers();
    const store = createAnalysisStore<LinkSpan[]>();
    const client = createAnalysisClient(store, [], fake.createWorker);
    client.analyze(1, fanOutDesign(2));
    fake.runAll();
    client.analyze(2, fanOutDesign(3));
    fake.workers[0]!.onmessage?.({ data: { type: 'resync', revision: 2 } } as MessageEvent);
    fake.runAll();
    expect(fake.workers[0]!.received).toEqual(['library', 'analyze', 'analyze-changes', 'analyze']);
    expect(store.getState().resultRevision).toBe(2);
    expect(store.getState().result).toHaveLength(3);
  });

  it('merges the parts of a result and remembers the revision of each', () => {
    type Parts = { electrical?: string; thermal?: string };
    const store = createAnalysisStore<Parts>();
    let worker: WorkerLike | undefined;
    const createWorker = (): WorkerLike => {
      worker = {
        postMessage() {},
        terminate() {},
        onmessage: null,
        onerror: null,
        onmessageerror: null,
      };
      return worker;
    };
    const client = createAnalysisClient(store, [], createWorker, mergeParts);
    const deliver = (revision: number, result: Parts, isComplete: boolean) =>
      worker!.onmessage?.({
        data: { type: 'result', revision, result, isComplete, solveMs: 1 },
      } as MessageEvent);
    client.analyze(1, fanOutDesign(1));
    deliver(1, { electrical: 'e1' }, false);
    expect(store.getState().progress).toBe(0);
    deliver(1, { thermal: 't1' }, true);
    client.analyze(2, fanOutDesign(1));
    deliver(2, { electrical: 'e2' }, false);
    const s = store.getState();
    expect(s.result).toEqual({ electrical: 'e2', thermal: 't1' });
    expect(s.partRevisions).toEqual({ electrical: 2, thermal: 1 });
    expect(isPartStale(s, 'thermal', 2)).toBe(true);
    expect(isPartStale(s, 'electrical', 2)).toBe(false);
    expect(s.resultsReceived).toBe(1);
    expect(s.progress).toBe(0);
  });
});
