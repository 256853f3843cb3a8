import { describe, expect, it } from 'vitest';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import { analyzeServiceability } from '../../../../renderer/src/engine/service/analyzeServiceability';
import { sixArchitectures } from './designBuilders';

const library = defaultPartLibrary();
const designs = sixArchitectures();
const score = (arch: keyof typeof designs) => analyzeServiceability(designs[arch], library).score;

describe('serviceability: the six architectures (DESIGN.md ordering)', () => {
  it('ranks pluggables easiest, NPO replaceable, CPO difficult, Type C hardest', () => {
    const s = Object.fromEntries(Object.keys(designs).map((a) => [a, score(a as never)]));
    expect(Math.min(s['dsp-pluggable']!, s.lpo!)).toBeGreaterThan(s.npo!);
    expect(s.npo!).toBeGreaterThan(Math.max(s['cpo-a']!, s['cpo-b']!));
    expect(Math.min(s['cpo-a']!, s['cpo-b']!)).toBeGreaterThan(s['cpo-c']!);
  });

  it('derives the classes from placement: a 3D stack labelled NPO still needs the factory', () => {
    const stacked = {
      ...designs['cpo-c'],
      meta: { ...designs['cpo-c'].meta, architecture: 'npo' as const },
    };
    const result = analyzeServiceability(stacked, library);
    const oe = result.components.find((c) => c.componentId === 'oe0');
    expect(oe?.access).toBe('factory');
    expect(oe?.replacementUnitIds).toContain('sw');
    expect(result.score).toBeLessThan(score('npo'));
  });

  it('front-panel modules stay hot-pluggable whatever the architecture label says', () => {
    const relabelled = {
      ...designs['dsp-pluggable'],
      meta: { ...designs['dsp-pluggable'].meta, architecture: 'cpo-a' as const },
    };
    const result = analyzeServiceability(relabelled, library);
    expect(result.components.find((c) => c.componentId === 'mod3')?.access).toBe('front-panel');
    expect(result.score).toBe(score('dsp-pluggable'));
  });

  it('a CPO Type A engine takes its xPU package with it; an NPO engine goes alone', () => {
    const cpo = analyzeServiceability(designs['cpo-a'], library).components;
    const npo = analyzeServiceability(designs.npo, library).components;
    const cpoOe = cpo.find((c) => c.componentId === 'oe2')!;
    const npoOe = npo.find((c) => c.componentId === 'oe2')!;
    expect(cpoOe.fruClass).toBe('co-packaged');
    expect(cpoOe.replacementUnitIds).toEqual([
      'oe0',
      'oe1',
      'oe2',
      'oe3',
      'oe4',
      'oe5',
      'oe6',
      'oe7',
      'sw',
    ]);
    expect(npoOe.fruClass).toBe('socketed');
    expect(npoOe.access).toBe('open-chassis');
    expect(npoOe.replacementUnitIds).toEqual(['oe2']);
  });
});
