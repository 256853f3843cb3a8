import { describe, expect, it } from 'vitest';
import { layerSlabs } from '../../../renderer/src/scene/layout';
import { regionBoxes } from '../../../renderer/src/scene/regionBoxes';
import { stackDesign } from '../model/stackDesign';

describe('regionBoxes', () => {
  it('places a region in its layer slab at its carrier-local rectangle', () => {
    const doc = stackDesign();
    const slabs = layerSlabs(doc);
    const boxes = regionBoxes(doc.carriers, slabs);
    // Board 1.6 mm, stand-off 0.4 mm, core 0.8 mm: the mould starts at z 2.8 mm.
    expect(boxes).toHaveLength(1);
    const box = boxes[0]!;
    expect(box).toMatchObject({ id: 'die-1', carrierId: 'pkg', kind: 'die', x: 70, y: 57.5 });
    expect(box).toMatchObject({ sizeX: 20, sizeY: 15, sizeZ: 0.5 });
    expect(box.z).toBeCloseTo(2.8, 9);
  });

  it('draws no region of a carrier whose slabs are not drawn (hidden)', () => {
    const doc = stackDesign();
    const shown = layerSlabs(doc).filter((s) => s.carrierId !== 'pkg');
    expect(regionBoxes(doc.carriers, shown)).toEqual([]);
  });
});
