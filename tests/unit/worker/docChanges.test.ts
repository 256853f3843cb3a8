import { readFileSync } from 'node:fs';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../../renderer/src/model/schema';
import {
  MAX_CHANGES,
  applyDocChanges,
  diffDocuments,
} from '../../../renderer/src/worker/docChanges';
import { createAnalysisHandler } from '../../../renderer/src/worker/analysisHandler';
import type { AnalysisResponse } from '../../../renderer/src/worker/protocol';
import { fanOutDesign, linkSpanJob, type LinkSpan } from './harness';

const stress = JSON.parse(
  readFileSync(
    new URL('../../../assets/examples/stress-2000.lightpath.json', import.meta.url),
    'utf8',
  ),
) as Design;

describe('document changes', () => {
  it('find the one component an immer edit moved, and nothing else', () => {
    const moved = produce(stress, (d) => {
      d.components[700]!.positionMm.x += 1;
    });
    const changes = diffDocuments(stress, moved)!;
    expect(changes).toEqual([{ path: ['components', 700], value: moved.components[700] }]);
    const applied = applyDocChanges(stress, changes);
    expect(applied).toEqual(moved);
    expect(applied.links).toBe(stress.links);
    expect(applied.components[699]).toBe(stress.components[699]);
    expect(stress.components[700]!.positionMm.x).toBe(moved.components[700]!.positionMm.x - 1);
  });

  it('replace a whole member whose length changed, and a changed scalar member', () => {
    const next = produce(stress, (d) => {
      d.links.pop();
      d.meta.name = 'renamed';
    });
    const changes = diffDocuments(stress, next)!;
    expect(changes.map((c) => c.path)).toEqual([['meta'], ['links']]);
    expect(applyDocChanges(stress, changes)).toEqual(next);
  });

  it('give up beyond MAX_CHANGES changed elements', () => {
    const next = produce(stress, (d) => {
      for (let i = 0; i <= MAX_CHANGES; i++) d.components[i]!.rotationDeg = 45;
    });
    expect(diffDocuments(stress, next)).toBeNull();
    expect(diffDocuments(stress, stress)).toEqual([]);
  });

  it('refuse a change that does not fit the mirrored document', () => {
    expect(() => applyDocChanges(fanOutDesign(2), [{ path: ['links', 5], value: {} }])).toThrow(
      'does not fit',
    );
  });
});

describe('handler mirror', () => {
  function mirrorHarness() {
    const posted: AnalysisResponse<LinkSpan[]>[] = [];
    const tasks: (() => void)[] = [];
    const clock = { ms: 0 };
    const handler = createAnalysisHandler<LinkSpan[]>({
      startJob: (doc) => linkSpanJob(doc, clock, 1),
      post: (m) => posted.push(m),
      schedule: (t) => tasks.push(t),
      now: () => clock.ms,
    });
    const drain = () => {
      while (tasks.length) tasks.shift()?.();
    };
    return { handler, posted, drain };
  }

  it('analyses a revision given as changes to the one it holds', () => {
    const h = mirrorHarness();
    const doc = fanOutDesign(3);
    h.handler.receive({ type: 'analyze', revision: 1, doc });
    h.drain();
    const moved = produce(doc, (d) => {
      d.components[2]!.positionMm.y = 25;
    });
    h.handler.receive({
      type: 'analyze-changes',
      baseRevision: 1,
      revision: 2,
      changes: diffDocuments(doc, moved)!,
    });
    h.drain();
    const last = h.posted.at(-1);
    if (last?.type !== 'result') throw new Error('no result');
    expect(last.revision).toBe(2);
    // Component 2 (oe1) is the far end of link l1: from (0,0) to (20, 25).
    expect(last.result.map((s) => s.spanMm)).toEqual([15, 45, 35]);
  });

  it('asks for the whole document when the changes are against a revision it does not hold', () => {
    const h = mirrorHarness();
    h.handler.receive({ type: 'analyze-changes', baseRevision: 4, revision: 5, changes: [] });
    expect(h.posted).toEqual([{ type: 'resync', revision: 5 }]);
  });
});
