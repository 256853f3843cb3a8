/**
 * Session state is per studio (decision 004): two studios share no session store, and the
 * session functions change only the studio they are given.
 */
import { describe, expect, it } from 'vitest';
import { togglePanel } from '../../../renderer/src/store/analysisPanelStore';
import { toggleCoolingPanel } from '../../../renderer/src/store/coolingPanelStore';
import { toggleRuleMarkers } from '../../../renderer/src/store/findingsStore';
import { openNewPart } from '../../../renderer/src/store/partEditorStore';
import { requestFocus } from '../../../renderer/src/store/reviewStore';
import { toggleStackup } from '../../../renderer/src/store/stackupStore';
import { createStudio } from '../../../renderer/src/store/studio';
import { memoryHost } from './studioFixture';

const SESSION_KEYS = [
  'analysis',
  'findings',
  'review',
  'analysisPanel',
  'exports',
  'fiberEdit',
  'stackup',
  'partEditor',
  'cooling',
  'convert',
  'clipboard',
  'sweep',
  'compare',
] as const;

describe('session state', () => {
  it('is made once per studio: two studios share none of it', () => {
    const a = createStudio(memoryHost().host);
    const b = createStudio(memoryHost().host);
    for (const key of SESSION_KEYS) {
      expect(a[key], key).toBeDefined();
      expect(a[key], key).not.toBe(b[key]);
      expect(a[key], `${key} stays the same object`).toBe(a[key]);
    }
    expect(a.analysis.store).not.toBe(b.analysis.store);
  });

  it('changes only the studio it is given', () => {
    const a = createStudio(memoryHost().host);
    const b = createStudio(memoryHost().host);
    togglePanel(a.analysisPanel, 'findings');
    toggleRuleMarkers(a.findings);
    toggleStackup(a.stackup);
    toggleCoolingPanel(a.cooling);
    requestFocus(a, { x: 1, y: 2, z: 3 }, 10);
    openNewPart(a);
    expect(a.analysisPanel.getState().open).toBe('findings');
    expect(a.findings.getState().isMarkersOn).toBe(true);
    expect(a.stackup.getState().isOpen).toBe(true);
    expect(a.cooling.getState().isOpen).toBe(true);
    expect(a.review.getState().focus?.radiusMm).toBe(10);
    expect(a.partEditor.getState().session?.draft.id).toBe('part-1');
    expect(b.analysisPanel.getState().open).toBeNull();
    expect(b.findings.getState().isMarkersOn).toBe(false);
    expect(b.stackup.getState().isOpen).toBe(false);
    expect(b.cooling.getState().isOpen).toBe(false);
    expect(b.review.getState().focus).toBeNull();
    expect(b.partEditor.getState().session).toBeNull();
  });
});
