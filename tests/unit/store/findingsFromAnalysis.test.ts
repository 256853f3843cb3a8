/**
 * The findings panel and the rule markers read the findings stage of the studio's one
 * analysis pipeline (no second evaluation): the findings part of a revision is shown with the
 * document of that revision; an older part arriving late is ignored; the active finding
 * follows the same problem across revisions.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../renderer/src/engine/rules/ruleTypes';
import type { ServiceResult } from '../../../renderer/src/engine/service/serviceTypes';
import { movePart } from '../../../renderer/src/model/commands';
import type { Design } from '../../../renderer/src/model/schema';
import { createAnalysisStore } from '../../../renderer/src/store/analysisStore';
import { startFindingsFromAnalysis } from '../../../renderer/src/store/findingsFromAnalysis';
import { setActiveFinding } from '../../../renderer/src/store/findingsStore';
import type { StudioAnalysis } from '../../../renderer/src/worker/studioJob';
import { studioWithDesign } from './studioFixture';

const service = { score: 50 } as ServiceResult;

/** One overlap finding per component left of x = 100 mm. */
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

describe('findings from the analysis pipeline', () => {
  function setup() {
    const { studio } = studioWithDesign();
    const analysis = createAnalysisStore<StudioAnalysis>();
    const stop = startFindingsFromAnalysis(studio, analysis);
    const post = (revision: number, doc: Design) =>
      analysis.setState((s) => ({
        result: { ...s.result, findings: { service, findings: fakeFindings(doc) } },
        partRevisions: { ...s.partRevisions, findings: revision },
      }));
    return { studio, analysis, stop, post };
  }

  it('shows the findings stage of a revision with that revision’s document', () => {
    const { studio, stop, post } = setup();
    const { revision, doc } = studio.docs.store.getState();
    expect(studio.findings.getState().result).toBeNull();
    post(revision, doc);
    const shown = studio.findings.getState().result!;
    expect(shown.revision).toBe(revision);
    expect(shown.doc).toBe(doc);
    expect(shown.service).toBe(service);
    expect(shown.findings.map((f) => f.components)).toEqual([['u1']]);
    stop();
  });

  it('ignores an older revision’s findings arriving after a newer one', () => {
    const { studio, stop, post } = setup();
    const first = studio.docs.store.getState();
    studio.docs.runCommand(movePart({ id: 'u1', positionMm: { x: 150, y: 40 } }));
    const second = studio.docs.store.getState();
    post(second.revision, second.doc);
    expect(studio.findings.getState().result?.findings).toEqual([]);
    post(first.revision, first.doc);
    expect(studio.findings.getState().result?.revision).toBe(second.revision);
    expect(studio.findings.getState().result?.findings).toEqual([]);
    stop();
  });

  it('keeps the active finding when the next revision still has it, and stops on stop()', () => {
    const { studio, stop, post } = setup();
    const a = studio.docs.store.getState();
    post(a.revision, a.doc);
    setActiveFinding(studio.findings, 0);
    studio.docs.runCommand(movePart({ id: 'oe1', positionMm: { x: 150, y: 100 } }));
    const b = studio.docs.store.getState();
    post(b.revision, b.doc);
    expect(studio.findings.getState().activeIndex).toBe(0);
    stop();
    studio.docs.runCommand(movePart({ id: 'u1', positionMm: { x: 150, y: 40 } }));
    const c = studio.docs.store.getState();
    post(c.revision, c.doc);
    expect(studio.findings.getState().result?.revision).toBe(b.revision);
  });
});

describe('findings and a failed analysis', () => {
  it('shows the analysis error and keeps the last findings', () => {
    const { studio } = studioWithDesign();
    const analysis = createAnalysisStore<StudioAnalysis>();
    const stop = startFindingsFromAnalysis(studio, analysis);
    const { revision, doc } = studio.docs.store.getState();
    analysis.setState({
      result: { findings: { service, findings: fakeFindings(doc) } },
      partRevisions: { findings: revision },
    });
    const shown = studio.findings.getState().result;
    analysis.setState({ error: { revision: revision + 1, message: 'worker crashed' } });
    expect(studio.findings.getState()).toMatchObject({ result: shown, error: 'worker crashed' });
    stop();
  });
});
