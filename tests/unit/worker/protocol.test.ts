import { describe, expect, it } from 'vitest';
import { isAnalysisRequest } from '../../../renderer/src/worker/protocol';

describe('isAnalysisRequest', () => {
  it('accepts the protocol messages and refuses anything else', () => {
    expect(isAnalysisRequest({ type: 'analyze', revision: 3, doc: {} })).toBe(true);
    expect(isAnalysisRequest({ type: 'cancel', revision: 3 })).toBe(true);
    expect(
      isAnalysisRequest({ type: 'analyze-changes', baseRevision: 2, revision: 3, changes: [] }),
    ).toBe(true);
    expect(isAnalysisRequest({ type: 'analyze-changes', revision: 3, changes: [] })).toBe(false);
    expect(isAnalysisRequest({ type: 'library', parts: [] })).toBe(true);
    expect(isAnalysisRequest({ type: 'fault' })).toBe(true);
    expect(isAnalysisRequest({ type: 'analyze', revision: 1.5 })).toBe(false);
    expect(isAnalysisRequest({ type: 'run' })).toBe(false);
    expect(isAnalysisRequest(null)).toBe(false);
  });
});
