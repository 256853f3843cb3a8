import { describe, expect, it } from 'vitest';
import { addPartDefinition, runCommand } from '../../../renderer/src/model/commands';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import {
  blankPart,
  duplicatePart,
  finishedPart,
  freeId,
} from '../../../renderer/src/store/partDraft';
import { moveBy, removeAt, replaceAt } from '../../../renderer/src/ui/partEditor/listEdit';
import { sampleDesign } from '../model/sampleDesign';

describe('part editor draft', () => {
  it('suggests a free copy id for a duplicated library part and keeps its sources', () => {
    const gpu = defaultPartLibrary().get('gpu-700w');
    if (!gpu) throw new Error('gpu-700w missing from the library');
    const taken = new Set(['gpu-700w', 'gpu-700w-copy']);
    const copy = duplicatePart(gpu, (id) => taken.has(id));
    expect(copy.id).toBe('gpu-700w-copy-2');
    expect(copy.layers).toEqual(gpu.layers);
    expect(copy.sources.powerW).toBe(gpu.sources.powerW);
    expect(freeId('gpu-700w-copy', () => false)).toBe('gpu-700w-copy');
  });

  it('gives every number without a source the source "user", keeping given ones', () => {
    const draft = { ...blankPart('die-1'), sources: { powerW: 'tweaktown-h100-sxm-2022' } };
    const part = finishedPart(draft);
    expect(part.sources).toEqual({
      powerW: 'tweaktown-h100-sxm-2022',
      sizeMm: 'user',
      tempLimitC: 'user',
      failureRateFit: 'user',
      costUsd: 'user',
      'layers.thicknessMm': 'user',
    });
  });

  it('a blank part is one the design accepts', () => {
    const part = finishedPart(blankPart('die-1'));
    expect(runCommand(sampleDesign(), addPartDefinition({ part })).doc.parts).toEqual([part]);
  });

  it('edits table rows', () => {
    expect(replaceAt([1, 2, 3], 1, 9)).toEqual([1, 9, 3]);
    expect(removeAt([1, 2, 3], 0)).toEqual([2, 3]);
    expect(moveBy([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
    expect(moveBy([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
    expect(moveBy([1, 2, 3], 2, -2)).toEqual([3, 1, 2]);
  });
});
