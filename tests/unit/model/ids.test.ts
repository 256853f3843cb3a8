import { describe, expect, it } from 'vitest';
import { collectIds, nextId, nextIds, nextIdsFrom } from '../../../renderer/src/model/ids';
import { sampleDesign } from './sampleDesign';

describe('ids', () => {
  it('collects ids from every collection', () => {
    expect([...collectIds(sampleDesign())].sort()).toEqual(
      ['board', 'comment-1', 'fiber-1', 'hs-1', 'ko-1', 'link-1', 'oe1', 'scenario-1', 'u1'].sort(),
    );
  });

  it('numbers upwards from the highest id with the prefix', () => {
    expect(nextIdsFrom(new Set(['cmp-3', 'cmp-1', 'cmp-x', 'other-9']), 'cmp-', 2)).toEqual([
      'cmp-4',
      'cmp-5',
    ]);
    expect(nextIds(sampleDesign(), 'link-', 2)).toEqual(['link-2', 'link-3']);
    expect(nextId(sampleDesign(), 'cmp-')).toBe('cmp-1');
  });

  it('treats the prefix literally and never returns a taken id', () => {
    expect(nextIdsFrom(new Set(['a.b1', 'axb7']), 'a.b', 1)).toEqual(['a.b2']);
    // Suffixes count by value, so "U07" moves numbering past 7.
    expect(nextIdsFrom(new Set(['U1', 'U07']), 'U', 1)).toEqual(['U8']);
  });

  it('is deterministic', () => {
    expect(nextIds(sampleDesign(), 'cmp-', 3)).toEqual(nextIds(sampleDesign(), 'cmp-', 3));
  });
});
