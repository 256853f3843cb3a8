import { describe, expect, it } from 'vitest';
import { jobFromStages } from '../../../renderer/src/worker/analysisJob';
import { isAnalysisRequest } from '../../../renderer/src/worker/protocol';

describe('jobFromStages', () => {
  it('runs one stage per step, weights the progress and finishes with the outputs', () => {
    const log: string[] = [];
    const job = jobFromStages(
      [
        { weight: 1, run: () => log.push('route') },
        { weight: 3, run: () => log.push('thermal') },
      ],
      () => log.join('+'),
    );
    expect(job.progress).toBe(0);
    expect(() => job.result).toThrow('before it finished');
    job.step();
    expect(job.progress).toBe(0.25);
    expect(job.isDone).toBe(false);
    job.step();
    expect(job.isDone).toBe(true);
    expect(job.progress).toBe(1);
    expect(job.result).toBe('route+thermal');
    job.step();
    expect(log).toEqual(['route', 'thermal']);
  });
});

describe('isAnalysisRequest', () => {
  it('accepts the protocol messages and refuses anything else', () => {
    expect(isAnalysisRequest({ type: 'analyze', revision: 3, doc: {} })).toBe(true);
    expect(isAnalysisRequest({ type: 'cancel', revision: 3 })).toBe(true);
    expect(isAnalysisRequest({ type: 'library', parts: [] })).toBe(true);
    expect(isAnalysisRequest({ type: 'fault' })).toBe(true);
    expect(isAnalysisRequest({ type: 'analyze', revision: 1.5 })).toBe(false);
    expect(isAnalysisRequest({ type: 'run' })).toBe(false);
    expect(isAnalysisRequest(null)).toBe(false);
  });
});
