import { produce } from 'immer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Design } from '../../../renderer/src/model/schema';
import type { Studio } from '../../../renderer/src/store/studio';
import { createViewStore } from '../../../renderer/src/store/viewStore';
import { createAnalysisSession } from '../../../renderer/src/store/analysisSession';
import { createFindingsStore } from '../../../renderer/src/store/findingsStore';
import type { WorkerLike } from '../../../renderer/src/worker/analysisClient';
import type { AnalysisRequest } from '../../../renderer/src/worker/protocol';
import { fanOutDesign } from '../worker/harness';

afterEach(() => vi.unstubAllGlobals());

describe('analysis session', () => {
  it('sends the open revision at once, then at most one revision per animation frame', () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const docs = createStore(() => ({ doc: fanOutDesign(3) as Design, revision: 1 }));
    const view = createViewStore();
    const findings = createFindingsStore();
    const studio = { parts: new Map(), docs: { store: docs }, view, findings } as unknown as Studio;
    const sent: AnalysisRequest[] = [];
    const worker: WorkerLike = {
      postMessage: (m) => sent.push(m),
      terminate() {},
      onmessage: null,
      onerror: null,
      onmessageerror: null,
    };
    const stop = createAnalysisSession(studio).start(() => worker);
    expect(sent.map((m) => m.type)).toEqual(['library', 'analyze']);

    // Three edits within one frame (a drag) become one request for the newest revision.
    for (let r = 2; r <= 4; r++) {
      const { doc } = docs.getState();
      docs.setState({
        revision: r,
        doc: produce(doc, (d) => {
          d.components[1]!.positionMm.x += 1;
        }),
      });
    }
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(sent.slice(2)).toEqual([
      {
        type: 'analyze-changes',
        baseRevision: 1,
        revision: 4,
        changes: [{ path: ['components', 1], value: docs.getState().doc.components[1] }],
      },
    ]);

    // Picking a mesh preset sends it at once (the worker re-runs the revision it holds).
    view.setState({ thermalPreset: 'fine' });
    expect(sent.at(-1)).toEqual({ type: 'options', thermalPreset: 'fine' });
    stop();
    view.setState({ thermalPreset: 'coarse' });
    expect(sent.at(-1)).toEqual({ type: 'options', thermalPreset: 'fine' });
  });
});
