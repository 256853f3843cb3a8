import { describe, expect, it } from 'vitest';
import { newDocument } from '../../../renderer/src/model/newDocument';
import type { Design } from '../../../renderer/src/model/schema';
import { bendPath, fiberBuffers } from '../../../renderer/src/scene/fiberGeometry';
import { keepOutRects } from '../../../renderer/src/scene/overlayGeometry';

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
        waypointsMm: [{ x: 30, y: 20, z: 2 }],
        endMm: { x: 30, y: 50, z: 4 },
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
  it('bends a right-angle corner on an arc of the bend radius, tangent to both legs', () => {
    const { points, isTight } = bendPath(
      [
        { x: 0, y: 0, z: 0 },
        { x: 50, y: 0, z: 0 },
        { x: 50, y: 50, z: 0 },
      ],
      10,
    );
    expect(points[0]).toEqual({ x: 0, y: 0, z: 0 });
    expect(points[1]).toEqual({ x: 40, y: 0, z: 0 });
    const end = points.at(-2)!;
    expect(end.x).toBeCloseTo(50, 9);
    expect(end.y).toBeCloseTo(10, 9);
    expect(points.at(-1)).toEqual({ x: 50, y: 50, z: 0 });
    // Every arc point lies on the circle of radius 10 about (40, 10).
    for (const p of points.slice(1, -1)) expect(Math.hypot(p.x - 40, p.y - 10)).toBeCloseTo(10, 9);
    // 90° in pieces of at most 10°, plus the two straight legs.
    expect(points).toHaveLength(2 + 9 + 1);
    expect(isTight.every((t) => !t)).toBe(true);
    const length = points
      .slice(1)
      .reduce((sum, p, i) => sum + Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y), 0);
    // Chords of the arc are a little shorter than the arc: 2·40 + (π/2)·10 = 95.71 mm.
    expect(length).toBeGreaterThan(95.6);
    expect(length).toBeLessThan(80 + (Math.PI / 2) * 10);
  });

  it('flags the arc of a corner whose legs are too short for the radius, drawn as tight as they allow', () => {
    const { points, isTight } = bendPath(
      [
        { x: 0, y: 0, z: 0 },
        { x: 4, y: 0, z: 0 },
        { x: 4, y: 30, z: 0 },
      ],
      10,
    );
    // The first leg (4 mm) allows t = 4 mm: an arc of radius 4 about (0, 4), starting at the start.
    expect(points[1]).toEqual({ x: 0, y: 0, z: 0 });
    for (const p of points.slice(1, -1)) expect(Math.hypot(p.x - 0, p.y - 4)).toBeCloseTo(4, 9);
    expect(isTight.filter((t) => t)).toHaveLength(9);
    expect(isTight.at(-1)).toBe(false);
  });

  it('draws every fiber as segment pairs in scene coordinates', () => {
    const route = {
      fiberId: 'f1',
      pathMm: [
        { x: 10, y: 20, z: 2 },
        { x: 30, y: 20, z: 2 },
        { x: 30, y: 50, z: 4 },
      ],
      bendRadiusMm: 7.5,
    };
    const { positions, tight } = fiberBuffers([route], 2);
    expect(positions.length).toBe(tight.length * 6);
    // Starts at the first point (x, z·zScale, −y) and ends at the last.
    expect([...positions.slice(0, 3)]).toEqual([10, 4, -20]);
    expect([...positions.slice(-3)]).toEqual([30, 8, -50]);
  });

  it('puts a keep-out on its carrier top, centred on its rectangle', () => {
    expect(keepOutRects(design())).toEqual([
      { id: 'k1', name: 'VRM', kind: 'both', x: 130, y: 50, z: 1.6, width: 60, depth: 20 },
    ]);
  });
});
