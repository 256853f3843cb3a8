import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../renderer/src/engine/rules/ruleTypes';
import type { ServiceResult } from '../../../renderer/src/engine/service/serviceTypes';
import { movePart } from '../../../renderer/src/model/commands';
import type { Design } from '../../../renderer/src/model/schema';
import { analysisPanels } from '../../../renderer/src/ui/compare/panelStore';
import {
  SETTLE_MS,
  startFindingsEvaluation,
  type Evaluate,
} from '../../../renderer/src/ui/findings/findingsEvaluation';
import {
  findingsStore,
  setActiveFinding,
  toggleRuleMarkers,
} from '../../../renderer/src/ui/findings/findingsStore';
import { studioWithDesign } from '../store/studioFixture';

const service = {} as ServiceResult;

/** A fake evaluation: one overlap finding per component left of x = 100 mm, on that part. */
function fakeFindings(doc: Design): Finding[] {
  return doc.components
    .filter((c) => c.positionMm.x < 100)
    .map((c) => ({
      rule: 'overlap',
      severity: 'error',
      message: `${c.id} is left`,
      components: [c.id],
      location: { ...c.positionMm, z: 1 },
    }));
}

describe('findings evaluation', () => {
  let calls: Design[];
  let evaluate: Evaluate;
  beforeEach(() => {
    vi.useFakeTimers();
    calls = [];
    evaluate = async (doc) => {
      calls.push(doc);
      return { service, findings: fakeFindings(doc) };
    };
    findingsStore.setState({
      result: null,
      error: '',
      activeIndex: null,
      hover: null,
      isMarkersOn: false,
    });
    analysisPanels.setState({ open: null });
  });
  afterEach(() => vi.useRealTimers());

  it('takes temperatures on the live thermal mesh, and evaluates again when it changes', async () => {
    const meshes: (string | null)[] = [];
    const recording: Evaluate = async (doc, library, mesh) => {
      meshes.push(mesh);
      return evaluate(doc, library, mesh);
    };
    const { studio } = studioWithDesign();
    const stop = startFindingsEvaluation(studio, recording);
    toggleRuleMarkers();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    // "auto" on a small design is the normal mesh, as `lightpath analyze` uses.
    expect(meshes).toEqual(['normal']);
    expect(findingsStore.getState().result?.mesh).toBe('normal');
    studio.view.setState({ thermalPreset: 'coarse' });
    expect(findingsStore.getState().result).toBeNull();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(meshes).toEqual(['normal', 'coarse']);
    expect(findingsStore.getState().result?.mesh).toBe('coarse');
    stop();
  });

  it('runs only while the panel is open or the markers are on', async () => {
    const { studio } = studioWithDesign();
    const stop = startFindingsEvaluation(studio, evaluate);
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 4);
    expect(calls).toHaveLength(0);
    toggleRuleMarkers();
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(1);
    const { revision } = studio.docs.store.getState();
    expect(findingsStore.getState().result).toMatchObject({ revision });
    expect(findingsStore.getState().result?.findings.map((f) => f.components)).toEqual([['u1']]);
    // Opening the panel as well reuses the current result: no second evaluation.
    analysisPanels.setState({ open: 'findings' });
    toggleRuleMarkers();
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 2);
    expect(calls).toHaveLength(1);
    stop();
  });

  it('re-evaluates half a second after the last edit and drops older answers', async () => {
    const { studio } = studioWithDesign();
    analysisPanels.setState({ open: 'findings' });
    const stop = startFindingsEvaluation(studio, evaluate);
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(calls).toHaveLength(1);
    setActiveFinding(0);
    for (const x of [90, 95, 150]) {
      studio.docs.runCommand(movePart({ id: 'oe1', positionMm: { x, y: 100 } }));
      await vi.advanceTimersByTimeAsync(SETTLE_MS / 5);
    }
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(calls).toHaveLength(2);
    const state = findingsStore.getState();
    expect(state.result?.revision).toBe(studio.docs.store.getState().revision);
    // oe1 ended right of 100 mm: still only u1's finding, and it stays the active one.
    expect(state.result?.findings.map((f) => f.components[0])).toEqual(['u1']);
    expect(state.activeIndex).toBe(0);
    // Moving u1 away removes its finding; the active index goes with it.
    studio.docs.runCommand(movePart({ id: 'u1', positionMm: { x: 120, y: 40 } }));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(findingsStore.getState().result?.findings).toEqual([]);
    expect(findingsStore.getState().activeIndex).toBeNull();
    stop();
  });

  it('keeps the last result and reports the error when an evaluation fails', async () => {
    const { studio } = studioWithDesign();
    let fail = false;
    const flaky: Evaluate = async (doc, library, preset) => {
      if (fail) throw new Error('worker crashed');
      return evaluate(doc, library, preset);
    };
    toggleRuleMarkers();
    const stop = startFindingsEvaluation(studio, flaky);
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    const first = findingsStore.getState().result;
    expect(first).not.toBeNull();
    fail = true;
    studio.docs.runCommand(movePart({ id: 'oe1', positionMm: { x: 170, y: 100 } }));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(findingsStore.getState()).toMatchObject({ result: first, error: 'worker crashed' });
    stop();
    // Stopped: edits no longer evaluate.
    studio.docs.runCommand(movePart({ id: 'oe1', positionMm: { x: 180, y: 100 } }));
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 2);
    expect(calls).toHaveLength(1);
  });
});
