import { describe, expect, it } from 'vitest';
import { newDocument } from '../../../renderer/src/model/newDocument';
import type { Design } from '../../../renderer/src/model/schema';
import { fiberSegments, keepOutRects } from '../../../renderer/src/scene/overlayGeometry';

function design(): Design {
  const doc = newDocument();
  return {
    ...doc,
    fibers: [
      {
        id: 'f1',
        from: { componentId: 'oe1', port: 'fiber' },
        fiberType: 'G.657.A2',
        count: 16,
        pathMm: [
          { x: 10, y: 20, z: 2 },
          { x: 30, y: 20, z: 2 },
          { x: 30, y: 50, z: 4 },
        ],
        bendRadiusMm: 7.5,
        externalLengthM: 0,
      },
    ],
    keepOuts: [
      {
        id: 'k1',
        name: 'VRM',
        carrierId: 'board',
        kind: 'both',
        rectMm: { x: 100, y: 40, width: 60, depth: 20 },
      },
    ],
  };
}

describe('overlay geometry', () => {
  it('turns a fiber polyline into segment pairs in scene coordinates', () => {
    expect([...fiberSegments(design(), 2)]).toEqual([
      10, 4, -20, 30, 4, -20, 30, 4, -20, 30, 8, -50,
    ]);
  });

  it('puts a keep-out on its carrier top, centred on its rectangle', () => {
    expect(keepOutRects(design())).toEqual([
      { id: 'k1', name: 'VRM', kind: 'both', x: 130, y: 50, z: 1.6, width: 60, depth: 20 },
    ]);
  });
});
