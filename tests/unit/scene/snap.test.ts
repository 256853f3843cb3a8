import { describe, expect, it } from 'vitest';
import { snapCentre, type SnapFeatures } from '../../../renderer/src/scene/snap';
import { findCollisions } from '../../../renderer/src/scene/collisions';
import { linkBetween } from '../../../renderer/src/scene/portMarkers';
import type { PlacedFeatures } from '../../../renderer/src/scene/snapFeatures';
import type { Port } from '../../../renderer/src/model/partSchema';

const box = (
  x: number,
  y: number,
  halfX: number,
  halfY: number,
  ports: SnapFeatures['portOffsets'] = [],
): SnapFeatures => ({
  x,
  y,
  halfX,
  halfY,
  portOffsets: ports,
});

describe('snapCentre', () => {
  it('snaps to the grid when no feature is within tolerance', () => {
    const s = snapCentre(box(0, 0, 5, 5), { x: 12.3, y: -7.8 }, [], 0.5, 1);
    expect([s.x, s.y, s.kindX, s.kindY]).toEqual([12.5, -8, 'grid', 'grid']);
  });

  it('lines an edge up with a neighbour edge within tolerance, else keeps the grid', () => {
    // Neighbour's right edge at x = 20; moving part half width 5: its left edge at 20 means x = 25.
    const other = box(10, 50, 10, 10);
    const s = snapCentre(box(0, 0, 5, 5), { x: 25.6, y: 0.2 }, [other], 1, 1);
    expect([s.x, s.kindX, s.lineX]).toEqual([25, 'edge', 20]);
    expect([s.y, s.kindY]).toEqual([0, 'grid']);
    const far = snapCentre(box(0, 0, 5, 5), { x: 27.6, y: 0 }, [other], 1, 1);
    expect([far.x, far.kindX]).toEqual([28, 'grid']);
  });

  it('centres align with centres and ports with ports', () => {
    const other = box(100, 40, 20, 20, [{ x: 20, y: 7 }]);
    const centre = snapCentre(box(0, 0, 3, 3), { x: 0, y: 40.4 }, [other], 5, 1);
    expect([centre.y, centre.kindY]).toEqual([40, 'centre']);
    const port = snapCentre(box(0, 0, 3, 3, [{ x: -3, y: 0 }]), { x: 0, y: 46.6 }, [other], 5, 1);
    expect([port.y, port.kindY]).toEqual([47, 'port']);
  });
});

describe('findCollisions', () => {
  const placed = (id: string, x: number, z = 0): PlacedFeatures => ({
    id,
    x,
    y: 0,
    halfX: 5,
    halfY: 5,
    portOffsets: [],
    zMm: z,
    heightMm: 1,
  });
  it('reports overlap in plan and height, not touching or stacked parts', () => {
    expect(findCollisions([placed('a', 0)], [placed('b', 20)], { x: 12, y: 0 })).toEqual([
      'a',
      'b',
    ]);
    expect(findCollisions([placed('a', 0)], [placed('b', 20)], { x: 10, y: 0 })).toEqual([]);
    expect(findCollisions([placed('a', 0)], [placed('b', 0, 1)], { x: 0, y: 0 })).toEqual([]);
  });
});

describe('linkBetween', () => {
  const port = (p: Partial<Port>): Port => ({
    id: 'p',
    kind: 'electrical',
    lanes: 8,
    laneRateGbps: 112,
    modulation: 'PAM4',
    edge: 'east',
    offsetMm: 0,
    ...p,
  });
  it('takes the smaller lanes and rate and the electrical end’s class', () => {
    const link = linkBetween(
      {
        componentId: 'oe',
        port: port({
          id: 'host',
          kind: 'optical',
          lanes: 16,
          laneRateGbps: 224,
          serdesClass: undefined,
        }),
      },
      {
        componentId: 'u1',
        port: port({ id: 'eth0', lanes: 8, laneRateGbps: 112, serdesClass: 'XSR' }),
      },
    );
    expect(link).toEqual({
      from: { componentId: 'oe', port: 'host' },
      to: { componentId: 'u1', port: 'eth0' },
      lanes: 8,
      laneRateGbps: 112,
      modulation: 'PAM4',
      serdesClass: 'XSR',
    });
  });
});
