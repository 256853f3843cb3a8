import { describe, expect, it } from 'vitest';
import type { Part, PartLibrary } from '../../../renderer/src/model/partSchema';
import { planCrossSection } from '../../../renderer/src/ui/stackup/crossSectionGeometry';
import { embedded, substrate } from '../model/stackDesign';

const PLOT = { left: 0, top: 0, widthPx: 600, heightPx: 130 };
const none: PartLibrary = new Map();

describe('planCrossSection', () => {
  it('draws bands to one vertical scale, bottom layer lowest', () => {
    const plan = planCrossSection(substrate(), [], none, PLOT);
    // 0.8 + 0.5 = 1.3 mm over 130 px: 100 px/mm.
    expect(plan.pxPerMmZ).toBeCloseTo(100, 9);
    expect(plan.bands.map((b) => [b.y, b.height])).toEqual([
      [50, 80],
      [0, 50],
    ]);
    expect(plan.pxPerMmX).toBeCloseTo(10, 9); // 600 px over 60 mm
  });

  it('puts a region in its band at its x extent', () => {
    const plan = planCrossSection(substrate(), [], none, PLOT);
    expect(plan.regions).toEqual([
      { id: 'die-1', kind: 'die', layer: 1, x: 100, width: 200, y: 0, height: 50 },
    ]);
  });

  it('scale bars are nice lengths at the plot scale', () => {
    const plan = planCrossSection(substrate(), [], none, PLOT);
    expect(plan.zBar).toEqual({ px: 20, label: '200 µm' }); // largest nice ≤ 1.3 mm / 3
    expect(plan.xBar).toEqual({ px: 100, label: '10 mm' }); // largest nice ≤ 60 mm / 4
  });

  it('draws an embedded part from its layer bottom and makes room for parts on top', () => {
    const part = { id: 'test-gpu', sizeMm: { x: 20, y: 20, z: 0.4 } } as Part;
    const parts: PartLibrary = new Map([[part.id, part]]);
    const onTop = { ...embedded(), id: 'u2', mount: { carrierId: 'pkg', side: 'top' as const } };
    const plan = planCrossSection(substrate(), [embedded(), onTop], parts, {
      ...PLOT,
      heightPx: 170,
    });
    // 1.3 mm of layers + 0.4 mm part on top = 1.7 mm over 170 px.
    expect(plan.pxPerMmZ).toBeCloseTo(100, 9);
    const [inMould, above] = plan.parts;
    // centre x 80 on a carrier at x 50: local 30 − 10 … 30 + 10 mm.
    expect(inMould).toMatchObject({ id: 'u1', isEmbedded: true, x: 200, width: 200, height: 40 });
    expect(inMould!.y).toBeCloseTo(170 - (0.8 + 0.4) * 100, 9);
    expect(above).toMatchObject({ id: 'u2', isEmbedded: false, y: 0, height: 40 });
  });
});
