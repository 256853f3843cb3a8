/**
 * The client side of the live thermal solve: a late thermal part for an older revision never
 * replaces what the store holds for a newer one, and the user's preset reaches the worker
 * (again after a restart).
 */
import { describe, expect, it } from 'vitest';
import { createAnalysisStore } from '../../../renderer/src/store/analysisStore';
import {
  createAnalysisClient,
  mergeParts,
  type WorkerLike,
} from '../../../renderer/src/worker/analysisClient';
import type { AnalysisRequest, AnalysisResponse } from '../../../renderer/src/worker/protocol';
import type { StudioAnalysis } from '../../../renderer/src/worker/studioJob';
import type { ThermalView } from '../../../renderer/src/worker/thermalView';
import { fanOutDesign } from './harness';

function scriptedWorkers() {
  const workers: (WorkerLike & { sent: AnalysisRequest[] })[] = [];
  const create = (): WorkerLike => {
    const w = {
      sent: [] as AnalysisRequest[],
      onmessage: null,
      onerror: null,
      onmessageerror: null,
      postMessage(m: AnalysisRequest) {
        w.sent.push(m);
      },
      terminate() {},
    } as WorkerLike & { sent: AnalysisRequest[] };
    workers.push(w);
    return w;
  };
  const reply = (m: AnalysisResponse<StudioAnalysis>) =>
    workers.at(-1)!.onmessage?.({ data: m } as MessageEvent);
  return { workers, create, reply };
}

const view = (maxC: number) => ({ maxC, preset: 'coarse' }) as unknown as ThermalView;

describe('analysis client, thermal part', () => {
  it('drops a late thermal part for an older revision', () => {
    const store = createAnalysisStore<StudioAnalysis>();
    const w = scriptedWorkers();
    const client = createAnalysisClient(store, [], w.create, mergeParts);
    client.analyze(1, fanOutDesign(1));
    client.analyze(2, fanOutDesign(2));
    const part = (revision: number, maxC: number) =>
      w.reply({
        type: 'result',
        revision,
        result: { thermal: view(maxC) },
        isComplete: true,
        solveMs: 1,
      });
    part(2, 60);
    part(1, 99);
    expect(store.getState().result?.thermal?.maxC).toBe(60);
    expect(store.getState().partRevisions.thermal).toBe(2);
    expect(store.getState().droppedStale).toBe(1);
  });

  it('sends the preset the user picks, and again to a restarted worker', () => {
    const store = createAnalysisStore<StudioAnalysis>();
    const w = scriptedWorkers();
    const client = createAnalysisClient(store, [], w.create, mergeParts);
    client.analyze(1, fanOutDesign(1));
    client.setOptions({ thermalPreset: 'fine' });
    expect(w.workers[0]!.sent.map((m) => m.type)).toEqual(['library', 'analyze', 'options']);
    expect(store.getState().progress).toBe(0);
    w.workers[0]!.onerror?.({ preventDefault() {} } as ErrorEvent);
    expect(w.workers[1]!.sent).toEqual([
      { type: 'library', parts: [] },
      { type: 'options', thermalPreset: 'fine' },
      { type: 'analyze', revision: 1, doc: fanOutDesign(1) },
    ]);
  });
});
