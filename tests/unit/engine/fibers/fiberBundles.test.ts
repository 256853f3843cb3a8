/**
 * Fiber lengths per fiber and bundle with skew (engine/latency/fiberBundles.ts), in the
 * electrical result and in the report's fibers section.
 */
import { describe, expect, it } from 'vitest';
import { analyzeElectrical } from '../../../../renderer/src/engine/analyze';
import { buildLayout } from '../../../../renderer/src/engine/geometry/layout';
import {
  fiberBundles,
  FIBER_PS_PER_MM,
} from '../../../../renderer/src/engine/latency/fiberBundles';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import type { Fiber } from '../../../../renderer/src/model/schema';
import { fibersSection } from '../../../../renderer/src/report/sections/fibers';
import { carrier, design, part } from '../service/designBuilders';

const library = defaultPartLibrary();
const board = carrier('board', 'pcb', { x: 0, y: 0, w: 300, d: 200 });
const Z = 1.6 + 0.75;

/** A straight fiber from the east port of engine `from` (at x0 + 5) to (x1, y, Z). */
function straight(
  id: string,
  from: string,
  x1: number,
  y: number,
  extra: Partial<Fiber> = {},
): Fiber {
  return {
    id,
    from: { componentId: from, port: 'fiber' },
    fiberType: 'G.657.A2',
    count: 8,
    waypointsMm: [],
    endMm: { x: x1, y, z: Z },
    externalLengthM: 0,
    ...extra,
  };
}

const doc = design(
  'cpo-a',
  [board],
  [
    part('a', 'oe-800g', 50, 100, 'board'),
    part('b', 'oe-800g', 50, 150, 'board'),
    part('c', 'oe-800g', 50, 40, 'board'),
  ],
  [],
  {
    fibers: [
      straight('f1', 'a', 250, 100, { bundle: 'east' }),
      straight('f2', 'b', 200, 150, { bundle: 'east', count: 16 }),
      straight('f3', 'c', 100, 40, { externalLengthM: 1.5 }),
    ],
  },
);

describe('fiber bundles', () => {
  it('gives each fiber its route plus external length, each bundle its min, max and skew', () => {
    const r = fiberBundles(doc, buildLayout(doc, library));
    expect(r.fibers.map((f) => [f.id, f.bundle])).toEqual([
      ['f1', 'east'],
      ['f2', 'east'],
      ['f3', 'f3'],
    ]);
    expect(r.fibers[0]!.lengthMm).toBeCloseTo(195, 9);
    expect(r.fibers[1]!.lengthMm).toBeCloseTo(145, 9);
    expect(r.fibers[2]!.routeMm).toBeCloseTo(45, 9);
    expect(r.fibers[2]!.lengthMm).toBeCloseTo(1545, 9);
    const [east, alone] = r.bundles;
    expect(east).toMatchObject({ bundle: 'east', fiberIds: ['f1', 'f2'], fiberCount: 24 });
    expect(east!.minMm).toBeCloseTo(145, 9);
    expect(east!.maxMm).toBeCloseTo(195, 9);
    expect(east!.skewMm).toBeCloseTo(50, 9);
    // n_g 1.4677 / c (0.299792458 mm/ps) = 4.8957 ps/mm → 244.8 ps.
    expect(FIBER_PS_PER_MM).toBeCloseTo(4.8957, 4);
    expect(east!.skewPs).toBeCloseTo(50 * 4.89572, 2);
    expect(alone).toMatchObject({ bundle: 'f3', skewMm: 0, skewPs: 0 });
  });

  it('is part of the electrical result and of the report', () => {
    const result = analyzeElectrical(doc, library);
    expect(result.fibers.bundles.map((b) => b.bundle)).toEqual(['east', 'f3']);
    const html = fibersSection(doc, result).html;
    expect(html).toMatch(
      /east<\/td><td[^>]*>2<\/td><td[^>]*>24<\/td><td[^>]*>145\.0<\/td><td[^>]*>195\.0<\/td><td[^>]*>50\.0<\/td><td[^>]*>244\.8<\/td>/,
    );
  });
});
