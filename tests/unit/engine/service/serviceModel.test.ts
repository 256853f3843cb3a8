import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import { analyzeServiceability } from '../../../../renderer/src/engine/service/analyzeServiceability';
import { logFraction } from '../../../../renderer/src/engine/service/serviceScore';
import type { Design } from '../../../../renderer/src/model/schema';
import { design, link, part, carrier, sixArchitectures } from './designBuilders';

const library = defaultPartLibrary();
const board = carrier('board', 'pcb', { x: 0, y: 0, w: 200, d: 200 });

describe('serviceability: known answers', () => {
  it('failures per year = FIT × 8766 h / 1e9; cost = parts + MTTR × 32.32 USD/h', () => {
    const doc = design(
      'dsp-pluggable',
      [board],
      [
        part('sw', 'switch-51t2', 100, 150, 'board'),
        part('cage', 'cage-osfp', 50, 40, 'board'),
        part('mod', 'module-osfp-800g-dsp', 50, 40, 'board', {
          overrides: { failureRateFit: 1000, costUsd: 500 },
        }),
      ],
      [link('l0', ['sw', 'eth0'], ['mod', 'host']), link('l1', ['sw', 'eth1'], ['sw', 'eth2'])],
    );
    const mod = analyzeServiceability(doc, library).components.find(
      (c) => c.componentId === 'mod',
    )!;
    expect(mod.failuresPerYear).toBeCloseTo(0.008766, 12);
    expect(mod.access).toBe('front-panel');
    expect(mod.mttrH).toBe(0.5);
    expect(mod.replacementCostUsd).toBeCloseTo(500 + 0.5 * 32.32, 9);
    // Blast radius: the module's own 8 × 106.25G link, not the switch's loop-back link.
    expect(mod.failedBandwidthGbps).toBe(850);
    expect(mod.repairOutageBandwidthGbps).toBe(850);
  });

  it('rolls failures up per part: FIT × count × 8766 h / 1e9', () => {
    const result = analyzeServiceability(sixArchitectures()['cpo-a'], library);
    const oe = result.parts.find((p) => p.partId === 'oe-800g')!;
    const fit = library.get('oe-800g')!.failureRateFit;
    expect(oe.count).toBe(8);
    expect(oe.failuresPerYear).toBeCloseTo((fit * 8 * 8766) / 1e9, 12);
    const total = result.parts.reduce((acc, p) => acc + p.failuresPerYear, 0);
    expect(total).toBeCloseTo(result.failuresPerYear, 12);
    expect(result.parts.map((p) => p.partId)).toEqual(
      [...result.parts.map((p) => p.partId)].sort(),
    );
  });

  it('a co-packaged engine costs the whole package plus 8 h of labour', () => {
    const doc = sixArchitectures()['cpo-a'];
    const oe = analyzeServiceability(doc, library).components.find((c) => c.componentId === 'oe0')!;
    const expectedParts = library.get('switch-51t2')!.costUsd + 8 * library.get('oe-800g')!.costUsd;
    expect(oe.partsCostUsd).toBe(expectedParts);
    expect(oe.replacementCostUsd).toBeCloseTo(expectedParts + 8 * 32.32, 9);
    expect(oe.access).toBe('board-rework');
    expect(oe.needsPowerDown).toBe(true);
    expect(oe.failedBandwidthGbps).toBe(8 * 850);
  });

  it('an external laser failure takes down the engines it feeds', () => {
    const doc = sixArchitectures().npo;
    const els = analyzeServiceability(doc, library).components.find(
      (c) => c.componentId === 'els',
    )!;
    expect(els.access).toBe('front-panel');
    expect(els.failedBandwidthGbps).toBe(8 * 850);
  });

  it('a module resting on its cage (onComponentId) is exchanged alone; stacked cages together', () => {
    const onTop = (id: string) => ({
      mount: { carrierId: 'board', side: 'top' as const, onComponentId: id },
    });
    const doc = design(
      'dsp-pluggable',
      [board],
      [
        part('sw', 'switch-51t2', 100, 150, 'board'),
        part('cage0', 'cage-osfp', 50, 50, 'board'),
        part('cage1', 'cage-osfp', 50, 50, 'board', onTop('cage0')),
        part('mod0', 'module-osfp-800g-dsp', 50, 50, 'board', onTop('cage0')),
        part('mod1', 'module-osfp-800g-dsp', 50, 50, 'board', onTop('cage1')),
      ],
      [link('l0', ['sw', 'eth0'], ['mod0', 'host']), link('l1', ['sw', 'eth1'], ['mod1', 'host'])],
    );
    const byId = new Map(
      analyzeServiceability(doc, library).components.map((c) => [c.componentId, c]),
    );
    expect(byId.get('mod1')?.replacementUnitIds).toEqual(['mod1']);
    expect(byId.get('mod1')?.partsCostUsd).toBe(library.get('module-osfp-800g-dsp')!.costUsd);
    expect(byId.get('mod1')?.failedBandwidthGbps).toBe(850);
    expect(byId.get('cage0')?.replacementUnitIds).toEqual(['cage0', 'cage1']);
    expect(byId.get('cage0')?.access).toBe('board-rework');
  });

  it('log scale: 0 at the low anchor, 1 at the high one, 0.5 at their geometric mean', () => {
    expect(logFraction(0.001, 0.001, 0.1)).toBe(0);
    expect(logFraction(0.1, 0.001, 0.1)).toBe(1);
    expect(logFraction(0.01, 0.001, 0.1)).toBeCloseTo(0.5, 12);
    expect(logFraction(0, 0.001, 0.1)).toBe(0);
    expect(logFraction(5, 0.001, 0.1)).toBe(1);
  });

  it('a design without failure rates scores 100', () => {
    const doc = design('npo', [board], [], []);
    const result = analyzeServiceability(doc, library);
    expect(result.score).toBe(100);
    expect(result.breakdown.every((d) => d.points === 0)).toBe(true);
  });
});

describe('serviceability: invariants', () => {
  const designs = Object.values(sixArchitectures());
  const withRates = (doc: Design, rates: readonly [number, number][]): Design => ({
    ...doc,
    components: doc.components.map((c, i) => ({
      ...c,
      overrides: {
        failureRateFit: rates[i % rates.length]![0],
        costUsd: rates[i % rates.length]![1],
      },
    })),
  });

  it('the breakdown sums exactly to 100 − score, each deduction within its weight', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: designs.length - 1 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e5 })), {
          minLength: 1,
          maxLength: 20,
        }),
        (which, rates) => {
          const result = analyzeServiceability(withRates(designs[which]!, rates), library);
          const sum = result.breakdown.reduce((acc, d) => acc + d.points, 0);
          expect(result.score).toBe(100 - sum);
          expect(result.score).toBeGreaterThanOrEqual(0);
          for (const d of result.breakdown) {
            expect(Number.isInteger(d.points)).toBe(true);
            expect(d.points).toBeGreaterThanOrEqual(0);
            expect(d.points).toBeLessThanOrEqual(d.maxPoints);
            expect(d.explanation.length).toBeGreaterThan(10);
          }
          expect(result.breakdown.reduce((acc, d) => acc + d.maxPoints, 0)).toBe(100);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is deterministic: the same document gives an identical result', () => {
    for (const doc of designs) {
      const copy = JSON.parse(JSON.stringify(doc)) as Design;
      expect(analyzeServiceability(copy, library)).toEqual(analyzeServiceability(doc, library));
    }
  });

  it('a higher engine failure rate never raises the CPO score', () => {
    const base = sixArchitectures()['cpo-a'];
    let previous = 101;
    for (const fit of [10, 100, 1000, 10000, 100000]) {
      const doc = {
        ...base,
        components: base.components.map((c) =>
          c.partId === 'oe-800g' ? { ...c, overrides: { failureRateFit: fit } } : c,
        ),
      };
      const score = analyzeServiceability(doc, library).score;
      expect(score).toBeLessThanOrEqual(previous);
      previous = score;
    }
    expect(previous).toBeLessThan(50);
  });
});
